import { describe, expect, it } from 'vitest';
import { ruleIdsFor } from './lintRuleIds.js';

// The folder boundaries of DESIGN §3 are lint rules; this proves each rule really fires.
describe('import boundaries', () => {
  it.each([
    ['shared/domain/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/domain/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    [
      'renderer/src/x.ts',
      "import { ChangeQueue } from '../../electron/core/queue/ChangeQueue.js';\nexport const x = ChangeQueue;\n",
    ],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/web/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['upstream/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('%s may not contain %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports');
  });

  // The kiosk and the reference service are peers (issue 8): resolved paths, not import text, so
  // electron/core/upstream/ and shared/upstream/ stay importable while upstream/ is not.
  it.each([
    [
      'electron/core/bootstrap/x.ts',
      "import { createReferenceUpstream } from '../../../upstream/server.js';",
    ],
    [
      'electron/core/store/journal/x.ts',
      "import { DEMO_KIOSK } from '../../../../upstream/demo/demoAccounts.js';",
    ],
    ['electron/web/x.ts', "export { startDemoUpstream } from '../../upstream/demo/startDemoUpstream.js';"],
    ['electron/main/x.ts', "export * from '../../upstream/server.js';"],
    ['electron/main/x.ts', "export const x = () => import('../../upstream/server.js');"],
    ['upstream/auth/x.ts', "import { ChangeQueue } from '../../electron/core/queue/ChangeQueue.js';"],
    ['upstream/x.ts', "import type { KioskCore } from '../electron/core/createKioskCore.js';"],
    ['storage/x.ts', "import { openKioskStore } from '../electron/core/store/openKioskStore.js';"],
    ['storage/x.ts', "import { SnapshotWriter } from '../upstream/persistence/SnapshotWriter.js';"],
    ['shared/upstream/x.ts', "import { DurableJsonFile } from '../../storage/durableFileAdapter.js';"],
    ['shared/domain/x.ts', "import { DEMO_KIOSK } from '../../upstream/demo/demoAccounts.js';"],
    ['renderer/src/x.ts', "import { DEMO_KIOSK } from '../../upstream/demo/demoAccounts.js';"],
    ['renderer/src/x.ts', "import { DurableJsonFile } from '../../storage/durableFileAdapter.js';"],
  ])('%s may not reach across to another peer: %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, `${code}\nexport const y = 1;\n`)).toContain('kiosk/folder-boundaries');
  });

  it.each([
    ['storage/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['storage/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  ])('%s may not contain %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['electron/core/bootstrap/x.ts', "import type { UpstreamClient } from '../upstream/UpstreamClient.js';"],
    ['electron/core/x.ts', "import { signRequest } from '../../shared/upstream/requestSigner.js';"],
    ['electron/core/store/x.ts', "import { DurableJsonFile } from '../../../storage/durableFileAdapter.js';"],
    ['upstream/persistence/x.ts', "import { DurableJsonFile } from '../../storage/durableFileAdapter.js';"],
    ['upstream/auth/x.ts', "import { signatureMatches } from '../../shared/upstream/requestSigner.js';"],
    ['storage/x.ts', "import { open } from 'node:fs/promises';"],
    ['scripts/x.mjs', "import { startDemoUpstream } from '../out/upstream/demo/startDemoUpstream.js';"],
    ['test/support/x.ts', "import { startDemoUpstream } from '../../upstream/demo/startDemoUpstream.js';"],
  ])('%s may contain %j', async (filePath, code) => {
    const rules = await ruleIdsFor(filePath, `${code}\nexport const y = 1;\n`);
    expect(rules).not.toContain('kiosk/folder-boundaries');
    expect(rules).not.toContain('no-restricted-imports');
  });

  it.each([
    ['shared/domain/x.ts', 'export const x = window.location;\n'],
    ['shared/domain/x.ts', 'export const x = process.env;\n'],
  ])('%s may not use host globals: %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n"],
    ['electron/core/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
    [
      'renderer/src/x.ts',
      "import { maskIdNumber } from '../../shared/domain/masking.js';\nexport const x = maskIdNumber;\n",
    ],
  ])('%s may contain %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).not.toContain('no-restricted-imports');
  });
});
