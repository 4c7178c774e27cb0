import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Compiled to out/bench/; the repository root is two folders up.
const root = join(import.meta.dirname, '..', '..');

/** Gzipped size of the built renderer's JavaScript (DESIGN §8: ≤ 200 KB). */
export async function rendererJsGzipKB(): Promise<number> {
  const assets = join(root, 'out', 'renderer', 'assets');
  let bytes = 0;
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js')) bytes += gzipSync(await readFile(join(assets, name)), { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Screen change after a tap, measured in Chromium by the Playwright perf run (it prints one JSON object). */
export function screenChangeAfterTap(): unknown {
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'test/e2e/perf/playwright.perf.config.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const text = run.stdout ?? '';
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (run.status !== 0 || start === -1)
    return { error: `perf run failed (exit ${run.status}): ${run.stderr?.slice(0, 300)}` };
  return JSON.parse(text.slice(start, end + 1)) as unknown;
}
