// Lint, and the layer boundaries of ARCHITECTURE.md made mechanical: a wrong-way import fails `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const rule = (paths, patterns) => ['error', { paths, patterns }];
const noMain = { group: ['**/main', '**/main/**'], message: 'Only main may import main: go through the contract.' };
const noRenderer = { group: ['**/renderer', '**/renderer/**'], message: 'The renderer is imported by nothing.' };
const noNode = { group: ['node:*'], message: 'This layer runs without Node.' };
const electron = (message) => [{ name: 'electron', message }];
const builtins = (message) => nodeBuiltins.filter((m) => !m.startsWith('node:')).map((name) => ({ name, message }));

// The Electron shell: the only files that may import `electron`.
const shell = ['main/index.ts', 'main/window.ts', 'main/security.ts', 'main/preload.ts', 'main/ipc/**', 'main/print/electron/**'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': rule(
        [...electron('shared runs on both sides: no Electron.'), ...builtins('shared runs on both sides: no Node.'), { name: 'react', message: 'shared has no UI.' }],
        [noMain, noRenderer, noNode],
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': rule(
        [...electron('The renderer reaches main only through the contract (renderer/api.ts).'), ...builtins('The renderer runs without Node.'), { name: 'better-sqlite3', message: 'No SQL in the renderer.' }],
        [noMain, noNode],
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: shell,
    rules: {
      'no-restricted-imports': rule(electron('Only the shell (index, window, security, preload, ipc/, print/electron/) may import electron; the rest runs under plain Node.'), [noRenderer]),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-empty-pattern': 'off' }, // Playwright fixtures declare `async ({}, use)`.
  },
);
