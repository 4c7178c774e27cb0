import { readFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher.js';
import { getConfig } from 'app-builder-lib/out/util/config/load.js';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// What `npm run dist` would pack, decided by electron-builder's own config reader and file
// matcher (electron-builder itself cannot run here: it downloads Electron and its tools).
const root = process.cwd();
let packs: (path: string) => boolean;

beforeAll(async () => {
  const read = await getConfig<Configuration>(
    { packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null },
    'build/electron-builder.yml',
  );
  const config = read?.result;
  if (config === undefined) throw new Error('build/electron-builder.yml was not read');
  const matchers = getFileMatchers(config, 'files', join(root, 'app'), {
    macroExpander: (pattern) => pattern,
    customBuildOptions: {},
    globalOutDir: join(root, 'release'),
    defaultSrc: root,
  });
  const matcher = matchers?.[0];
  if (matcher === undefined) throw new Error('build/electron-builder.yml has no files list');
  const filter = matcher.createFilter();
  const entry = (isDirectory: boolean) => ({ isDirectory: () => isDirectory }) as Stats;
  // The builder walks folders from the top and never enters one its filter refuses.
  packs = (path) => {
    const parts = path.split('/');
    const folders = parts.slice(0, -1).map((_, i) => join(root, ...parts.slice(0, i + 1)));
    return folders.every((folder) => filter(folder, entry(true))) && filter(join(root, path), entry(false));
  };
});

/** The compiled files a kiosk entry point loads: its relative imports, followed from the source. */
function compiledClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(root, entry));
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.')) pending.push(resolve(dirname(file), fileName.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen].map((file) => posix.join('out', relative(root, file).replace(/\.ts$/, '.js')));
}

describe('the packaged app (build/electron-builder.yml)', () => {
  it.each([
    'out/upstream/server.js',
    'out/upstream/main.js',
    'out/upstream/demo/demoAccounts.js',
    'out/upstream/demo/startDemoUpstream.js',
    'out/upstream/auth/verifyKioskSignature.js',
    'out/bench/run.js',
    'out/test/support/webKiosk.js',
    'out/electron/main/index.js.map',
  ])('leaves out %s', (path) => {
    expect(packs(path)).toBe(false);
  });

  it.each([
    'package.json',
    'out/electron/main/index.js',
    'out/electron/preload/index.cjs',
    'out/electron/web/main.js',
    'out/electron/core/upstream/UpstreamClient.js',
    'out/shared/upstream/requestSigner.js',
    'out/storage/durableFileAdapter.js',
    'out/renderer/index.html',
    'out/renderer/assets/index-0a1b2c3d.js',
  ])('packs %s', (path) => {
    expect(packs(path)).toBe(true);
  });

  it('packs every file the Electron and web entries load, and none of them is the reference service', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    const closure = compiledClosure(['electron/main/index.ts', 'electron/web/main.ts']);
    expect(closure).toContain(manifest.main);
    expect(closure.length).toBeGreaterThan(50);
    expect(closure.filter((path) => !packs(path))).toEqual([]);
    expect(closure.filter((path) => path.startsWith('out/upstream/'))).toEqual([]);
  });
});
