import { describe, expect, it } from 'vitest';
import { ruleIdsFor } from './lintRuleIds.js';

// shared/ (the rules and the catalogues included) sits under every part; it reaches into none.
describe('shared/ imports no other part', () => {
  it.each([
    ['shared/i18n/vi/x.ts', "import type { ClientError } from '../../../renderer/src/bridge/kioskClient';\n"],
    ['shared/i18n/x.ts', "import { LanguageProvider } from '../../renderer/src/i18n/LanguageProvider';\n"],
    ['shared/x.ts', "import { x } from '../renderer/src/x';\n"],
    ['shared/rules/x.ts', "import { createKioskCore } from '../../electron/core/createKioskCore.js';\n"],
    ['shared/i18n/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['shared/i18n/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n"],
  ])('%s may not contain %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    [
      'shared/i18n/vi/x.ts',
      "import { HOTLINE } from '../../domain/contacts.js';\nexport const x = HOTLINE;\n",
    ],
    [
      'shared/rules/x.ts',
      "import { ChangeResultCode } from '../upstream/api.js';\nexport const x = ChangeResultCode;\n",
    ],
  ])('lets %s import shared/: %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toEqual([]);
  });
});
