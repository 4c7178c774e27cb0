import { describe, expect, it } from 'vitest';
import { ruleIdsFor } from './lintRuleIds.js';

// Screens choose their words from an error's code and details (DESIGN §3); a lint rule keeps
// every renderer file from reading `error.message` other than to log it. This proves it fires.
const declared = 'declare const result: { error: { code: string; message: string } };\n';

describe('renderer words come from codes, not messages', () => {
  it.each([
    ['renderer/src/screens/x.tsx', `${declared}export const x = result.error.message;\n`],
    ['renderer/src/components/x.tsx', 'export const x = (error: Error) => error.message;\n'],
    ['renderer/src/format/x.ts', `${declared}const { message } = result.error;\nexport const x = message;\n`],
    ['renderer/src/state/x.ts', 'export const x = (e: Error) => /\\d+/.exec(e.message);\n'],
  ])('%s may not read %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-syntax');
  });

  it.each([
    ['renderer/src/screens/x.tsx', 'export const x = (error: Error) => console.error(error.message);\n'],
    ['renderer/src/screens/x.tsx', `${declared}export const x = result.error.code;\n`],
    ['renderer/src/i18n/x.ts', 'declare const t: { message: string };\nexport const x = t.message;\n'],
  ])('%s may contain %j', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).not.toContain('no-restricted-syntax');
  });
});
