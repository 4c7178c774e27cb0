import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/load.js';
import { beforeAll, describe, expect, it } from 'vitest';

// Electron cannot be packed here (electron-builder downloads Electron), so the fuses are checked
// where electron-builder reads them: its own config loader over build/electron-builder.yml.
const root = process.cwd();
let config: Configuration;

beforeAll(async () => {
  const read = await getConfig<Configuration>(
    { packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null },
    'build/electron-builder.yml',
  );
  if (read?.result === undefined) throw new Error('build/electron-builder.yml was not read');
  config = read.result;
});

const expectedFuses: Required<
  Omit<FuseOptionsV1, 'loadBrowserProcessSpecificV8Snapshot' | 'resetAdHocDarwinSignature'>
> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

/** Every text file under a folder (the repository's own, not its dependencies or builds). */
function ownFiles(dir: string): string[] {
  const skip = new Set([
    'node_modules',
    'out',
    'release',
    'dist',
    '.git',
    'test-results',
    'playwright-report',
  ]);
  return readdirSync(dir).flatMap((name) => {
    if (skip.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ownFiles(path);
    return /\.(m?[jt]s|cjs|ya?ml|json|nsh)$/.test(name) ? [path] : [];
  });
}

describe('Electron fuses (build/electron-builder.yml)', () => {
  it.each(Object.entries(expectedFuses))('sets %s to %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse as keyof FuseOptionsV1]).toBe(value);
  });

  it('packs into an asar, which the asar fuses need', () => {
    expect(config.asar).not.toBe(false);
  });

  it('flips the fuses through electron-builder alone: no hook and no @electron/fuses of our own', () => {
    for (const hook of [
      'afterPack',
      'afterSign',
      'afterExtract',
      'beforePack',
      'afterAllArtifactBuild',
    ] as const)
      expect(config[hook], hook).toBeUndefined();
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain(
      '@electron/fuses',
    );
    const flippers = ownFiles(root)
      .filter((file) => !file.endsWith('electronFuses.test.ts') && !file.endsWith('package-lock.json'))
      .filter((file) => /['"]@electron\/fuses['"]|flipFuses\(/.test(readFileSync(file, 'utf8')));
    expect(flippers).toEqual([]);
  });
});
