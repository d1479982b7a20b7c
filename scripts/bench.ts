// `npm run bench`: prints figures for the benchmark data set (scripts/bench/gen-dataset.mjs):
// a fulfillment run over every order, then posting every row of receipts.csv with auto-release,
// on a database file like the app's (WAL). Arguments after `--` go to the generator
// (e.g. `npm run bench -- --orders 20000 --items 5000`). Not a test: it prints numbers.
import './lib/node-guard.mjs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FulfillmentResults, ReceiveResult } from '../shared/domain/fulfillment';
import { verify } from '../main/queries/verify';
import { createHandlers } from '../main/handlers';
import { createDispatcher } from '../main/handlers/dispatch';
import { openDatabase, type Db } from '../main/store/open';
import { loadDataset, must, readCsv } from './bench/load';

const dir = mkdtempSync(join(tmpdir(), 'stockdesk-bench-'));
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (n: number) => `${n.toFixed(1)} ms`;

function open(file: string) {
  const db = openDatabase(file);
  const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'bench', mode: 'browser', databasePath: file });
  return { db, dispatch };
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, ms(start)];
}

function checkpoint(db: Db) {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

try {
  const data = join(dir, 'data');
  execFileSync(process.execPath, [join(import.meta.dirname, 'bench', 'gen-dataset.mjs'), data, ...process.argv.slice(2)], { stdio: 'inherit' });

  const base = join(dir, 'loaded.db');
  {
    const { db, dispatch } = open(base);
    const [counts, loadMs] = time(() => loadDataset(db, dispatch, data));
    console.log(`loaded ${counts.items} items, ${counts.bins} bins, ${counts.stockRows} stock rows, ${counts.orders} orders, ${counts.lines} lines in ${fmt(loadMs)}`);
    checkpoint(db);
    db.close();
  }

  // 1. Run fulfillment over every open order.
  const afterRun = join(dir, 'after-run.db');
  copyFileSync(base, afterRun);
  {
    const { db, dispatch } = open(afterRun);
    const [results, runMs] = time(() => must<FulfillmentResults>(dispatch, 'fulfillment:run', { all: true }));
    const t = results.totals;
    console.log(`\nfulfillment run over every order: ${fmt(runMs)}`);
    console.log(`  ${t.orders} orders, ${t.linesAllocated} lines allocated (${t.unitsAllocated} units), ${t.backorders} backorders (${t.unitsBackordered} units), ${results.alerts.filter((a) => a.level === 'error').length} error alerts`);
    checkpoint(db);
    db.close();
  }

  // 2. Post every row of receipts.csv with auto-release: one receipt per row, as a clerk posts them.
  const receipts = readCsv(data, 'receipts.csv').map((r) => ({ sku: r.sku!, qty: Number(r.qty) }));
  for (const variant of ['one receipt per row', 'all rows in one receipt'] as const) {
    const file = join(dir, `receipts-${variant.length}.db`);
    copyFileSync(afterRun, file);
    const { db, dispatch } = open(file);
    const [released, postMs] = time(() =>
      variant === 'one receipt per row'
        ? receipts.flatMap((line, i) => must<ReceiveResult>(dispatch, 'inventory:receive', { reference: `R-${i + 1}`, lines: [line] }).released)
        : must<ReceiveResult>(dispatch, 'inventory:receive', { reference: 'R-ALL', lines: receipts }).released,
    );
    const inPlace = released.filter((r) => r.outcome === 'released').length;
    const split = released.filter((r) => r.outcome === 'split').length;
    console.log(`\nreceipts.csv, ${variant} (${receipts.length} rows, auto-release on): ${fmt(postMs)} in total (${fmt(postMs / (variant === 'one receipt per row' ? receipts.length : 1))} per receipt)`);
    console.log(`  released ${inPlace} backorders in place, split ${split}`);
    const [report, verifyMs] = time(() => verify(db));
    console.log(`  verify: ${report.ok ? 'ok' : `${report.problems.length} problems`} (${report.checked.ledgerEntries} ledger entries, ${report.checked.documents} documents) in ${fmt(verifyMs)}`);
    if (!report.ok) {
      console.error(report.problems.slice(0, 10).join('\n'));
      process.exitCode = 1;
    }
    db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
