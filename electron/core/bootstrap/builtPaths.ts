import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Compiled, this file sits at out/electron/core/bootstrap/; the paths below are relative to that.
const outDir = resolve(import.meta.dirname, '../../..');

export const builtPaths = {
  rendererDir: resolve(outDir, 'renderer'),
  rendererIndex: resolve(outDir, 'renderer', 'index.html'),
  preload: resolve(outDir, 'electron', 'preload', 'index.cjs'),
};

export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(outDir, '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}
