import { describe, expect, it } from 'vitest';
import { typeAwareRuleIdsFor } from './lintRuleIds.js';

// A real file of each type-checked project, so the linter has its types.
const coreFile = 'electron/core/timers.ts';
const rendererFile = 'renderer/src/state/useInvoke.ts';
const save = 'const save = async (): Promise<void> => {};\n';

describe('a promise nobody awaits fails lint', () => {
  it.each([
    [coreFile, `${save}export function run(): void {\n  save();\n}\n`],
    [rendererFile, `${save}export function run(): void {\n  save().then(() => undefined);\n}\n`],
  ])('%s: a floating promise', async (filePath, code) => {
    expect(await typeAwareRuleIdsFor(filePath, code)).toContain('@typescript-eslint/no-floating-promises');
  });

  it('an async function where a plain callback is expected', async () => {
    const code = `${save}export function run(every: (done: () => void) => void): void {\n  every(async () => save());\n}\n`;
    expect(await typeAwareRuleIdsFor(coreFile, code)).toContain('@typescript-eslint/no-misused-promises');
  });

  it('passes a promise awaited, or marked as let go on purpose', async () => {
    const code = `${save}export async function run(): Promise<void> {\n  await save();\n  // Let go on purpose.\n  void save();\n}\n`;
    expect(await typeAwareRuleIdsFor(coreFile, code)).toEqual([]);
  });
});
