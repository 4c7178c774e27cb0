import { describe, expect, it } from 'vitest';
import { ruleIdsFor } from './lintRuleIds.js';

// shared/ (the rules and the catalogues included) sits under every part; it reaches into none.
describe('shared/ imports no other part', () => {
  it.each([
    [
      'shared/i18n/vi/x.ts',
      "import type { ClientError } from '../../../renderer/src/bridge/kioskClient';\n",
      'kiosk/folder-boundaries',
    ],
    [
      'shared/i18n/x.ts',
      "import { LanguageProvider } from '../../renderer/src/i18n/LanguageProvider';\n",
      'kiosk/folder-boundaries',
    ],
    ['shared/x.ts', "import { x } from '../renderer/src/x';\n", 'kiosk/folder-boundaries'],
    [
      'shared/rules/x.ts',
      "import { createKioskCore } from '../../electron/core/createKioskCore.js';\n",
      'kiosk/folder-boundaries',
    ],
    [
      'shared/i18n/x.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      'no-restricted-imports',
    ],
    [
      'shared/i18n/x.ts',
      "import { readFile } from 'node:fs';\nexport const x = readFile;\n",
      'no-restricted-imports',
    ],
  ])('%s may not contain %j (%s)', async (filePath, code, rule) => {
    expect(await ruleIdsFor(filePath, code)).toContain(rule);
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
