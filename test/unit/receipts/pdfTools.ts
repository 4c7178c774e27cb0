import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** poppler-utils (Debian) reads the PDF the way a viewer does; .ci/run installs it. */
async function poppler(tool: string, args: string[]): Promise<string> {
  try {
    return (await run(tool, args, { encoding: 'utf8' })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: apt-get install poppler-utils`);
    }
    throw error;
  }
}

async function withFile<T>(pdf: Buffer, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'receipt-'));
  try {
    const path = join(dir, 'receipt.pdf');
    await writeFile(path, pdf);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text a reader gets out of the PDF, in reading order; whitespace runs folded to one space. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (path) => (await poppler('pdftotext', [path, '-'])).replace(/\s+/g, ' ').trim());
}

export interface PdfFont {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  return withFile(pdf, async (path) => {
    const lines = (await poppler('pdffonts', [path])).trim().split('\n').slice(2);
    return lines.map((line) => {
      const columns = line.trim().split(/\s+/);
      // name … emb sub uni object ID: the yes/no columns are the fourth to second from the end.
      const [emb, sub] = columns.slice(-5, -3);
      return { name: columns[0] ?? '', embedded: emb === 'yes', subset: sub === 'yes' };
    });
  });
}

export function pdfPages(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (path) => Number(/Pages:\s+(\d+)/.exec(await poppler('pdfinfo', [path]))?.[1]));
}

/** Renders page 1 to PNG (for a person to look at, and to prove the file draws). */
export function pdfToPng(pdf: Buffer, resolution = 110): Promise<Buffer> {
  return withFile(pdf, async (path, dir) => {
    await poppler('pdftoppm', [
      '-png',
      '-r',
      String(resolution),
      '-f',
      '1',
      '-l',
      '1',
      path,
      join(dir, 'page'),
    ]);
    const page = (await readdir(dir)).find((name) => name.startsWith('page') && name.endsWith('.png'));
    if (page === undefined) throw new Error('pdftoppm drew nothing');
    return readFile(join(dir, page));
  });
}
