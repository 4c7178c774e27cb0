import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rendererJsFigures } from '../../../bench/rendererFigures.js';

// Issue 11: the renderer budget counts what the citizen's first load runs: the entry chunk and
// its static imports, never the office pages' lazy chunks.
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'renderer-size-'));
  await mkdir(join(dir, 'assets'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function chunk(name: string, code: string): Promise<number> {
  await writeFile(join(dir, 'assets', name), code);
  return gzipSync(Buffer.from(code), { level: 9 }).length;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const filler = (seed: string) =>
  Array.from({ length: 400 }, (_, i) => `var ${seed}${i}=${i * 7919};`).join('');

describe('the renderer size figure', () => {
  it('counts the entry and its static imports, and leaves lazy chunks out of the first load', async () => {
    await writeFile(
      join(dir, 'index.html'),
      '<script type="module" crossorigin src="./assets/index-A.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/vendor-B.js">',
    );
    const entry = await chunk(
      'index-A.js',
      `import{a as b}from"./vendor-B.js";import"./shared-C.js";${filler('e')}const p=()=>import(\`./DayReportScreen-D.js\`);const q=()=>import("./AuditLogScreen-E.js");`,
    );
    const vendor = await chunk('vendor-B.js', `import"./shared-C.js";${filler('v')}export const a=1;`);
    const shared = await chunk('shared-C.js', filler('s'));
    const lazy = await chunk('DayReportScreen-D.js', `import{x}from"./index-A.js";${filler('d')}`);
    const other = await chunk('AuditLogScreen-E.js', filler('l'));

    const figures = await rendererJsFigures(dir);
    expect(figures.firstLoadFiles).toEqual(['index-A.js', 'shared-C.js', 'vendor-B.js']);
    expect(figures.lazyFiles).toEqual(['AuditLogScreen-E.js', 'DayReportScreen-D.js']);
    expect(figures.jsGzipKB).toBe(kb(entry + vendor + shared));
    expect(figures.allChunksJsGzipKB).toBe(kb(entry + vendor + shared + lazy + other));
  });
});
