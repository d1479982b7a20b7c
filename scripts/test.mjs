// `npm test`: type-checks each layer, lints, runs vitest and Playwright, then prints one closing
// tally `N passed, N failed` alone on a line (read from the runners' JSON reports) and exits
// non-zero on any failure. Type-checks and lint count as one check each.
import './lib/node-guard.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { endToEndNeedsMessage, INSTALL_LINE, missingForEndToEnd } from './lib/e2e-needs.mjs';

const results = { passed: 0, failed: 0, skipped: [] };
const failures = [];

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (error?.code === 'ENOENT') console.error(`${command} was not found: run the checks with npm test, after npm install (npm puts node_modules/.bin on PATH).`);
  else if (error) console.error(error.message);
  return status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

mkdirSync('test-results', { recursive: true });

// Said first, so that a fresh machine learns what to install before the long checks, not after.
const missing = missingForEndToEnd();
if (missing.length > 0) console.error(`${endToEndNeedsMessage(missing)}\nThe other checks run now; the end-to-end tests will count as failed.`);

for (const layer of ['shared', 'main', 'renderer', 'test']) check(`typecheck ${layer}`, 'tsc', ['-p', layer]);
check('lint', 'eslint', ['--max-warnings', '0', '.']);

// vitest: unit, integration, property and renderer tests.
rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('vitest', 'vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  results.passed += vitest.numPassedTests;
  results.failed += vitest.numFailedTests;
  if (vitest.numFailedTests > 0) failures.push(`vitest (${vitest.numFailedTests} failed)`);
  for (const file of vitest.testResults ?? []) {
    for (const t of file.assertionResults ?? []) if (t.status === 'skipped' || t.status === 'pending') results.skipped.push(`vitest: ${t.fullName}`);
  }
  if (!vitestOk && vitest.numFailedTests === 0) {
    results.failed += 1;
    failures.push('vitest (a suite failed to run)');
  }
} else {
  results.failed += 1;
  failures.push('vitest (no report)');
}

// Playwright: end-to-end in Chromium, and the Electron spec where the binary exists. A machine
// without Chromium or poppler is told what to install (first, here and in the closing lines), and the
// end-to-end tests count as one failure.
rmSync('test-results/playwright.json', { force: true });
if (missing.length > 0) {
  console.error(`\n── playwright: not run\n${endToEndNeedsMessage(missing)}`);
  results.failed += 1;
  failures.push(`playwright (not run: ${missing.join('; ')}; on Debian or Ubuntu: ${INSTALL_LINE})`);
} else {
  countPlaywright(run('playwright', 'playwright', ['test']), readJson('test-results/playwright.json'));
}

function countPlaywright(playwrightOk, playwright) {
  if (!playwright) {
    results.failed += 1;
    failures.push('playwright (no report)');
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0 } = playwright.stats ?? {};
  results.passed += expected;
  results.failed += unexpected + flaky;
  if (unexpected + flaky > 0) failures.push(`playwright (${unexpected + flaky} failed)`);
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        results.skipped.push(`playwright: ${spec.title} (${reason})`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of playwright.suites ?? []) visit(suite);
  for (const error of playwright.errors ?? []) console.error(error.message ?? error);
  if (!playwrightOk && unexpected + flaky === 0) {
    results.failed += 1;
    failures.push('playwright (the run failed; see above)');
  }
}

console.log('');
for (const skipped of results.skipped) console.log(`skipped: ${skipped}`);
if (failures.length > 0) console.log(`failed: ${failures.join('; ')}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
