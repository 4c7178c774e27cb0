import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The folder boundaries of DESIGN §3 are lint rules; this proves each rule really fires.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

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
