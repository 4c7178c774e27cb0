import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  electronInstallerEngines,
  nodeTooOldLine,
  unmetNodeEngine,
} from '../../../scripts/electronNodeVersion.mjs';

const declared = [
  { name: 'electron', range: '>= 22.12.0' },
  { name: '@electron/get', range: '>=22.12.0' },
];

describe('why npm start could not fetch Electron: the Node version (issue 10)', () => {
  it.each(['20.19.0', '20.20.2', '22.11.9', 'v22.0.0'])(
    'names Node %s as too old for the installer',
    (version) => {
      expect(unmetNodeEngine(version, declared)).toEqual({
        name: 'electron',
        range: '>= 22.12.0',
        needed: '22.12.0',
        have: version.replace(/^v/, ''),
      });
    },
  );

  it.each(['22.12.0', '22.13.1', '24.0.0', '100.0.0'])('lets Node %s try the download', (version) => {
    expect(unmetNodeEngine(version, declared)).toBeUndefined();
  });

  it('judges each package by its own range', () => {
    expect(
      unmetNodeEngine('22.12.0', [
        { name: 'electron', range: '>=20' },
        { name: '@electron/get', range: '>=23.1.0' },
      ]),
    ).toMatchObject({ name: '@electron/get', needed: '23.1.0' });
  });

  it('never blames the Node version for a range it does not understand', () => {
    expect(unmetNodeEngine('20.19.0', [{ name: 'electron', range: '^22 || ^24' }])).toBeUndefined();
    expect(unmetNodeEngine('not a version', declared)).toBeUndefined();
  });

  it('says it is the Node version, not the network, and what to use', () => {
    const line = nodeTooOldLine({
      name: 'electron',
      range: '>= 22.12.0',
      needed: '22.12.0',
      have: '20.20.2',
    });
    expect(line).toContain('Node 20.20.2');
    expect(line).toContain('Node 22.12.0 or newer');
    expect(line).toContain('not the network');
  });

  it('reads the ranges the installed electron and @electron/get declare', () => {
    const engines = electronInstallerEngines(process.cwd());
    const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
      engines: { node: string };
    };
    expect(engines.map((engine) => engine.name)).toEqual(['electron', '@electron/get']);
    expect(engines[0]?.range).toBe(electron.engines.node);
  });
});
