import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ run in every host: no Node built-ins here.',
};
const electronModule = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron'.",
};
const electronFolder = {
  group: ['**/electron/**', '../electron/*', '../../electron/*'],
  message: 'The renderer talks to the core only through window.kiosk (renderer/src/bridge).',
};
// shared/ has a folder of its own named upstream/, so only these two can be told apart by name.
const screensOrCore = {
  group: ['**/renderer/**', '**/electron/**'],
  message:
    'Every part imports shared/, so shared/ imports none of them: what both sides need lives in shared/.',
};
const reactOrDom = {
  group: ['react', 'react-dom', 'react-dom/*'],
  message: 'shared/ has no UI: it must run unchanged in Node and the browser.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], patterns: [nodeBuiltins, reactOrDom, screensOrCore] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node.' },
        { name: 'Buffer', message: 'shared/ has no Node.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], patterns: [nodeBuiltins, electronFolder] },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/web/**/*.ts', 'upstream/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
