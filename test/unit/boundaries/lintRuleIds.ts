import { ESLint } from 'eslint';

// The boundary tests lint made-up files that no tsconfig includes, so they run without type
// information (and so without the two rules that need it); typeAwareRuleIds lints a real file.
const withoutTypes = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { project: null } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
      },
    },
  ],
});
// Under CI=true typescript-eslint assumes one run over files on disk and types the disk's text,
// not the text given here; this linter must type what it is given.
const withTypes = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } },
    },
  ],
});

async function ruleIds(eslint: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

/** The rules `code` breaks if it stood at `filePath`, a path that need not exist. */
export function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  return ruleIds(withoutTypes, filePath, code);
}

/** The same, with type information: `filePath` must be a file a tsconfig includes. */
export function typeAwareRuleIdsFor(filePath: string, code: string): Promise<string[]> {
  return ruleIds(withTypes, filePath, code);
}
