import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Each folder names its runtime; these rules keep imports across them honest.
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeOnly = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'typeorm', 'exceljs'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'build/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: nodeOnly, message: 'shared/ runs in the renderer too: no Node, database or Excel modules.' }, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of the app.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: nodeOnly, message: 'The renderer reaches main only through the contract client.' }, { group: ['**/electron/**'], message: 'The renderer reaches main only through the contract client (renderer/src/api).' }] }],
    },
  },
  {
    // The electron-free core, the adapters and the tests: never the electron module.
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/adapters/**/*.ts', 'tests/unit/**/*.ts', 'tests/integration/**/*.ts', 'tests/e2e/**/*.ts', 'tests/support/**/*.ts', 'scripts/**/*'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/main/main', '**/electron/preload/**', '**/renderer/**'], message: 'Keep the electron-free core free of the shell and the renderer.' }] }],
    },
  },
);
