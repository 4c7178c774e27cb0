import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { folderBoundaries } from './scripts/lint/folderBoundaries.mjs';

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
const reactOrDom = {
  group: ['react', 'react-dom', 'react-dom/*'],
  message: 'shared/ has no UI: it must run unchanged in Node and the browser.',
};

// Top-level folders a folder may not import from (DESIGN §3): the kiosk and the reference
// service are peers over HTTP, and what both need lives in shared/ (pure) or storage/ (Node).
const peers = 'The kiosk and the reference service are peers over HTTP: neither imports the other.';
const stayOut = {
  electron: { folder: 'electron', message: peers },
  upstream: {
    folder: 'upstream',
    message: `${peers} Shared code goes to shared/ or storage/; demo wiring to scripts/ and the tests.`,
  },
  renderer: { folder: 'renderer', message: 'The renderer is a browser page; nothing else imports it.' },
  storage: {
    folder: 'storage',
    message: 'storage/ is Node-only; shared/ and renderer/ run in browsers too.',
  },
};
const boundaries = { plugins: { kiosk: { rules: { 'folder-boundaries': folderBoundaries } } } };

const errorNames = '/^(error|err|e|failure|problem|refusal)$/';
const logArgument = "CallExpression[callee.object.name='console'] > MemberExpression";
const errorMessageRule =
  "Choose the words from the error's code and details; its message is English for logs (console.*) only.";

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    // Type-aware rules: a promise nobody awaits is a failure nobody hears of.
    languageOptions: {
      parserOptions: {
        project: [
          './tsconfig.shared.json',
          './tsconfig.node.json',
          './tsconfig.web.json',
          './tsconfig.preload.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
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
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: [nodeBuiltins, reactOrDom] }],
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
    // Screens choose their words from an error's `code` and `details`, never from its English
    // `message`, which is for logs only. The bridge carries messages; it never picks words.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/bridge/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: `MemberExpression[property.name='message'][object.name=${errorNames}]:not(${logArgument})`,
          message: errorMessageRule,
        },
        {
          selector: `MemberExpression[property.name='message'][object.property.name=${errorNames}]:not(${logArgument})`,
          message: errorMessageRule,
        },
        {
          selector: `VariableDeclarator[init.name=${errorNames}] > ObjectPattern > Property[key.name='message']`,
          message: errorMessageRule,
        },
        {
          selector: `VariableDeclarator[init.property.name=${errorNames}] > ObjectPattern > Property[key.name='message']`,
          message: errorMessageRule,
        },
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
    // The durable file helpers the kiosk's store and the reference service's persistence share.
    files: ['storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: [reactOrDom] }],
    },
  },
  {
    ...boundaries,
    files: ['electron/**/*.{ts,tsx}'],
    rules: { 'kiosk/folder-boundaries': ['error', [stayOut.upstream, stayOut.renderer]] },
  },
  {
    ...boundaries,
    files: ['upstream/**/*.ts'],
    rules: { 'kiosk/folder-boundaries': ['error', [stayOut.electron, stayOut.renderer]] },
  },
  {
    ...boundaries,
    files: ['storage/**/*.ts'],
    rules: { 'kiosk/folder-boundaries': ['error', [stayOut.electron, stayOut.upstream, stayOut.renderer]] },
  },
  {
    ...boundaries,
    files: ['shared/**/*.ts'],
    rules: {
      'kiosk/folder-boundaries': [
        'error',
        [stayOut.electron, stayOut.upstream, stayOut.storage, stayOut.renderer],
      ],
    },
  },
  {
    ...boundaries,
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'kiosk/folder-boundaries': ['error', [stayOut.upstream, stayOut.storage]] },
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
