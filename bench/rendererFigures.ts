import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Compiled to out/bench/; the repository root is two folders up.
const root = join(import.meta.dirname, '..', '..');

const gzipKB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

// A static import in an ES module names its file in quotes; a dynamic import() (a lazy chunk)
// has a parenthesis first, which this never matches.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g;
const ENTRY_SCRIPT = /<script[^>]*\btype="module"[^>]*\bsrc="\.\/assets\/([\w.-]+\.js)"/g;
const PRELOAD = /<link[^>]*\brel="modulepreload"[^>]*\bhref="\.\/assets\/([\w.-]+\.js)"/g;

/** The renderer's JavaScript: what the first load runs, and every chunk (gzip level 9). */
export interface RendererJsFigures {
  /** The entry chunk(s) of index.html and what they import statically (DESIGN §8: ≤ 200 KB). */
  jsGzipKB: number;
  /** Every chunk, the lazily loaded office pages included: for comparison only. */
  allChunksJsGzipKB: number;
  firstLoadFiles: string[];
  lazyFiles: string[];
}

/**
 * The first load is the entry script of index.html (and its modulepreloads), followed through
 * their static imports; the office pages' chunks, loaded only when staff open them, are not part
 * of it. `rendererDir` is the built renderer (out/renderer).
 */
export async function rendererJsFigures(
  rendererDir = join(root, 'out', 'renderer'),
): Promise<RendererJsFigures> {
  const assets = join(rendererDir, 'assets');
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(ENTRY_SCRIPT), ...html.matchAll(PRELOAD)].map(
    (match) => match[1] as string,
  );
  const firstLoad = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (firstLoad.has(name)) continue;
    firstLoad.add(name);
    const code = await readFile(join(assets, name), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) pending.push(match[1] as string);
  }
  let firstBytes = 0;
  let allBytes = 0;
  const lazyFiles: string[] = [];
  for (const name of (await readdir(assets)).sort()) {
    if (!name.endsWith('.js')) continue;
    const size = gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
    allBytes += size;
    if (firstLoad.has(name)) firstBytes += size;
    else lazyFiles.push(name);
  }
  return {
    jsGzipKB: gzipKB(firstBytes),
    allChunksJsGzipKB: gzipKB(allBytes),
    firstLoadFiles: [...firstLoad].sort(),
    lazyFiles,
  };
}

/** Screen change after a tap, measured in Chromium by the Playwright perf run (it prints one JSON object). */
export function screenChangeAfterTap(): unknown {
  return perfRun('screenChange.bench.ts');
}

/** Runs one file of the Playwright perf run, which prints one JSON object, and returns that object. */
export function perfRun(file: string): unknown {
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '-c', 'test/e2e/perf/playwright.perf.config.ts', file],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  const text = run.stdout ?? '';
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (run.status !== 0 || start === -1)
    return { error: `perf run failed (exit ${run.status}): ${run.stderr?.slice(0, 300)}` };
  return JSON.parse(text.slice(start, end + 1)) as unknown;
}

/** Issue 13: a wedge scanner's Enter to the card's check on screen (cardScanToConfirmMs). */
export function cardScanToConfirm(): unknown {
  return perfRun('cardScan.bench.ts');
}
