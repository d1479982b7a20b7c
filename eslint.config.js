// Lint, and the layer boundaries of docs/architecture.md made mechanical: a wrong-way import fails `npm test`.
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
const notElectron = electron('Only the shell (index, window, security, preload, ipc/, print/electron/) may import electron; the rest runs under plain Node.');

const noFocusedTests = { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: 'No focused tests.' };

// Inside main, a relative import that climbs into one of main's folders: `../../engine/parts/x`.
const intoMain = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const noneOf = (folders, message) => ({ regex: intoMain(folders), message });

// The dispatcher owns every transaction (main/store/transaction.ts); the command line is the one other
// entry point that may open one (the exception is the block for both, below).
const onlyDispatchTransacts = {
  regex: '(^|/)store/transaction$',
  message: 'Only the dispatcher (main/handlers/dispatch.ts) runs channels in transactions: a handler, operation or query runs inside the one it is given.',
};
const noOwnTransaction = {
  selector: "CallExpression[callee.property.name='transaction']",
  message: 'The dispatcher owns the transaction this code runs in: do not open another.',
};

const storeMay = 'The store is the bottom layer: it imports no engine, queries, handlers or anything above them.';
const engineMay = 'The engine imports no handlers, queries, host or ipc: operations work on the store and are called by handlers.';
const mainLayers = [
  { files: ['main/store/**/*.ts'], patterns: [noneOf(['engine', 'queries', 'handlers', 'host', 'ipc', 'print', 'import', 'cli', 'demo', 'core'], storeMay)] },
  {
    // Frozen: a migration never changes, so it never takes code that will.
    files: ['main/store/migrations/**/*.ts'],
    patterns: [
      noneOf(['engine', 'queries', 'handlers', 'host', 'ipc', 'print', 'import', 'cli', 'demo', 'core'], storeMay),
      { regex: '^\\.\\./(?!migrate$)', message: 'A migration is frozen: it imports no live code (it copies what it needs, as it is the day it is written).' },
    ],
  },
  { files: ['main/engine/**/*.ts'], patterns: [noneOf(['handlers', 'queries', 'host', 'ipc', 'print', 'import', 'cli', 'demo', 'core'], engineMay)] },
  {
    files: ['main/engine/parts/**/*.ts'],
    patterns: [
      noneOf(['handlers', 'queries', 'host', 'ipc', 'print', 'import', 'cli', 'demo', 'core'], engineMay),
      noneOf(['operations'], 'A building block (engine/parts/) never calls an operation (engine/operations/): operations are made of parts.'),
    ],
  },
  { files: ['main/queries/**/*.ts'], patterns: [noneOf(['engine', 'handlers', 'host', 'ipc', 'print', 'import', 'cli', 'demo', 'core'], 'Queries read: they import no engine (no operation), handlers, host or ipc.')] },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noFocusedTests],
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
      'no-restricted-imports': rule(notElectron, [noRenderer, onlyDispatchTransacts]),
    },
  },
  // The layers inside main, each importing only the ones below it (README, "The layout of main").
  ...mainLayers.map(({ files, patterns }) => ({
    files,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': rule(notElectron, [noRenderer, onlyDispatchTransacts, ...patterns]) },
  })),
  {
    // The two entry points that run calls in transactions.
    files: ['main/handlers/dispatch.ts', 'main/cli/**/*.ts'],
    rules: { 'no-restricted-imports': rule(notElectron, [noRenderer]) },
  },
  {
    // A transaction is the dispatcher's: nothing below it opens one (tests and the store's own files aside).
    files: ['main/engine/**/*.ts', 'main/queries/**/*.ts', 'main/handlers/**/*.ts', 'main/store/repos/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noFocusedTests, noOwnTransaction] },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-empty-pattern': 'off' }, // Playwright fixtures declare `async ({}, use)`.
  },
);
