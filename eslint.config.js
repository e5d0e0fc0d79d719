import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundariesConfig, FIXTURE_FOLDER } from './eslint/boundaries.js';

// Each folder names its runtime; eslint/boundaries.js holds the allow-lists of what each may import.
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'build/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', `**/${FIXTURE_FOLDER}*/**`] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...boundariesConfig,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // The tests and scripts outside tests/electron: never the electron module, the preload or the renderer.
    files: ['tests/unit/**/*.ts', 'tests/integration/**/*.ts', 'tests/e2e/**/*.ts', 'tests/bench/**/*.ts', 'tests/support/**/*.ts', 'scripts/**/*'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [{ group: ['**/electron/main/main', '**/electron/preload/**', '**/renderer/**'], message: 'Tests and scripts drive the app through core, the adapters and the CLI.' }] }],
    },
  },
);
