// `npm run soak [kills] [--seed n]`: kill -9 at random moments, 50 times by default. Each round a desk
// in its own process runs fulfillment over every order or posts a stream of receipts (alternately) on
// a copy of the same books and is SIGKILLed; then the file is opened as after a crash and checked:
// PRAGMA integrity_check, inventory:verify, every answered receipt in the ledger exactly once, the
// run wholly there or wholly absent (test/helpers/kill-rounds.ts, which test/integration/kill-9.test.ts
// plays a few rounds of). Prints each round, then kills survived, integrity and verify results; exits
// non-zero on any failure. Not a test: it prints figures.
import './lib/node-guard.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRound, killRound, prepareBooks, seeded, type RoundResult } from '../test/helpers/kill-rounds';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Math.floor(Math.random() * 2 ** 31);
const kills = Number(args.find((a, i) => i !== seedAt && (seedAt < 0 || i !== seedAt + 1)) ?? 50);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run soak [kills, default 50] [--seed n]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'stockdesk-soak-'));
const results: RoundResult[] = [];
try {
  console.log(`soak: ${kills} kills, seed ${seed} (npm run soak -- ${kills} --seed ${seed} plays them again)`);
  const random = seeded(seed);
  const started = performance.now();
  const books = await prepareBooks(dir, 2_000, random);
  console.log(`books: ${books.orders} orders, a run over every order makes ${books.runDocuments} documents in ${Math.round(books.runMs)} ms here`);
  for (let round = 0; round < kills; round++) {
    const result = await killRound(books, dir, round, round % 2 === 0 ? 'run' : 'receipts', random);
    results.push(result);
    console.log(describeRound(result));
    rmSync(join(dir, `round-${round}.db`), { force: true });
  }
  const count = (keep: (r: RoundResult) => boolean) => results.filter(keep).length;
  const runs = results.filter((r) => r.kind === 'run');
  const streams = results.filter((r) => r.kind === 'receipts');
  console.log('');
  console.log(`kills survived: ${count((r) => r.failures.length === 0)} of ${kills}`);
  console.log(`integrity_check ok: ${count((r) => r.integrity === 'ok')} of ${kills}`);
  console.log(`inventory:verify ok: ${count((r) => r.verifyProblems.length === 0)} of ${kills}`);
  const runsThat = (state: RoundResult['run']) => runs.filter((r) => r.run === state).length;
  console.log(`runs killed: ${runs.length}: ${runsThat('wholly there')} wholly there, ${runsThat('wholly absent')} wholly absent, ${runsThat('in part')} in part`);
  console.log(`receipt streams killed: ${streams.length}; ${streams.reduce((n, r) => n + r.answered, 0)} answered receipts, each in the ledger exactly once: ${streams.every((r) => r.failures.length === 0) ? 'yes' : 'NO'}`);
  console.log(`took ${Math.round((performance.now() - started) / 1000)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(results.length === kills && results.every((r) => r.failures.length === 0) ? 0 : 1);
