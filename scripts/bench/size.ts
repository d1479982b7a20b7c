// One size of `npm run bench` (scripts/bench.ts runs it once per size, each in a process of its own):
// times the engine on the benchmark data set (scripts/bench/gen-dataset.mjs, which takes this
// script's arguments, e.g. `--orders 20000 --items 5000`), each figure
// beside its floor - the least the same work does in direct SQL (scripts/bench/floor/ for the run and
// the receipts, direct statements on the same database for pages) - and the ratio. The data set is
// imported first in a process of its own (untimed), so the peak memory printed is the engine's. Prints
// a table, then the same figures as one line of JSON. Not a test: it prints numbers.
import '../lib/node-guard.mjs';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FulfillmentResults } from '../../shared/domain/fulfillment';
import type { ReceiptAnswer } from '../../shared/domain/inventory';
import { createHandlers } from '../../main/handlers';
import { createDispatcher, type DispatchOptions } from '../../main/handlers/dispatch';
import { verify } from '../../main/queries/verify';
import { openDatabase, type Db } from '../../main/store/open';
import { startWorkerCore } from '../../main/worker/worker-core';
import { SOURCE_WORKER } from './source-worker';
import { must, readCsv } from './load';
import { pageFloors } from './page-floors';

const dir = mkdtempSync(join(tmpdir(), 'stockdesk-bench-'));
const args = process.argv.slice(2);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const node = (script: string, ...rest: string[]) =>
  execFileSync(process.execPath, [join(import.meta.dirname, script), ...rest], { encoding: 'utf8' });
/** `key=value` pairs of a floor script's output line. */
const figures = (line: string) => Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));

interface Row {
  what: string;
  ms: number;
  floorMs: number | null;
  note?: string;
}
const rows: Row[] = [];
const record = (what: string, msValue: number, floorMs: number | null, note?: string) => rows.push({ what, ms: msValue, floorMs, note });

/** The bench's dispatcher on a connection to `file`, as browser mode's desk would call it. */
const dispatcherOn = (db: Db, file: string, options: DispatchOptions = {}) =>
  createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'bench', mode: 'browser', databasePath: file }, options);

function open(file: string) {
  const db = openDatabase(file);
  return { db, dispatch: dispatcherOn(db, file) };
}

/** A second connection that answers queries only, as the app's read worker reads the pages. */
function openReader(file: string) {
  const db = openDatabase(file, { reader: { readOnly: false } });
  return { db, dispatch: dispatcherOn(db, file, { readsOnly: true }) };
}

/** The median of five timed calls after one untimed call (a page is read many times a day, warm). */
function median(fn: () => unknown): number {
  fn();
  const times = Array.from({ length: 5 }, () => {
    const start = process.hrtime.bigint();
    fn();
    return ms(start);
  });
  return times.sort((a, b) => a - b)[2]!;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * A run over every order, and its floor, are each timed this many times on fresh copies of the same
 * database, and the median printed: on a shared 2-core machine one run moves by ±30-40%.
 */
const RUNS = 3;

try {
  const data = join(dir, 'data');
  node('gen-dataset.mjs', data, ...args);
  const base = join(dir, 'loaded.db');
  const counts = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'load-db.ts'), data, base], { encoding: 'utf8' }).trim().split('\n').pop()!) as Record<string, number>;

  // The floors, each on a file of its own built from the same CSVs; the receipts' on the last run's.
  const floorDbs = Array.from({ length: RUNS }, (_, i) => join(dir, `floor-${i}.db`));
  const runFloorMs = middle(floorDbs.map((floorDb) => figures(node(join('floor', 'floor.mjs'), data, floorDb)).ms!));
  const receiptFloor = figures(node(join('floor', 'floor-receipts.mjs'), data, floorDbs.at(-1)!));

  // 1. A fulfillment run over every open order, RUNS times on fresh copies; the last copy is kept.
  const rssBefore = peakMb();
  // The peak of one run: the process's peak after the first (later runs add the garbage of the ones before).
  let runPeak = 0;
  const runs = Array.from({ length: RUNS }, (_, i) => {
    const file = join(dir, `bench-${i}.db`);
    copyFileSync(base, file);
    const opened = open(file);
    const start = process.hrtime.bigint();
    const run = must<FulfillmentResults>(opened.dispatch, 'fulfillment:run', { all: true });
    const runMs = ms(start);
    if (i === 0) runPeak = peakMb();
    if (i < RUNS - 1) opened.db.close();
    return { file, ...opened, run, runMs };
  });
  const { file, db, dispatch, run } = runs.at(-1)!;
  const t = run.totals;
  record('run over every order', middle(runs.map((r) => r.runMs)), runFloorMs, `${t.orders} orders, ${t.linesAllocated} lines allocated, ${t.backorders} backorders; the median of ${RUNS} runs`);

  // 2. Pages, on the database as the run left it (backorders waiting, picks open), with a search that
  // matches some rows, read as the app reads them: by a connection of their own (the read worker's).
  const floors = pageFloors(db);
  const reader = openReader(file);
  const sku = (db.prepare('SELECT sku FROM item ORDER BY id LIMIT 1 OFFSET 7').pluck().get() as string);
  const customer = (db.prepare('SELECT customer FROM "order" ORDER BY id LIMIT 1').pluck().get() as string);
  const pages: [string, string, Record<string, unknown>, () => unknown][] = [
    ['orders:list', 'orders', {}, floors.orders('')],
    ['orders:list', 'orders, search', { query: customer }, floors.orders(customer)],
    ['backorders:list', 'backorders all', { filter: 'all' }, floors.docs(['Back Order'], '')],
    ['backorders:list', 'backorders all, search', { filter: 'all', query: sku }, floors.docs(['Back Order'], sku)],
    ['backorders:list', 'backorders fulfillable', { filter: 'fulfillable' }, floors.docs(['Back Order'], '')],
    ['backorders:list', 'backorders fulfillable, search', { filter: 'fulfillable', query: sku }, floors.docs(['Back Order'], sku)],
    ['picks:list', 'picks', {}, floors.docs(['Open', 'Printed'], '')],
    ['picks:list', 'picks, search', { query: sku }, floors.docs(['Open', 'Printed'], sku)],
    ['inventory:list', 'inventory all', { filter: 'all' }, floors.inventory('')],
    ['inventory:list', 'inventory all, search', { filter: 'all', query: sku }, floors.inventory(sku)],
    ['inventory:list', 'inventory low', { filter: 'low' }, floors.inventory('')],
    ['inventory:list', 'inventory frozen', { filter: 'frozen' }, floors.inventory('')],
    ['inventory:ledger', "an item's ledger", { sku }, floors.ledger(sku)],
  ];
  for (const [channel, what, input, floor] of pages) record(`page: ${what}`, median(() => must(reader.dispatch, channel, input)), median(floor));
  const order = db.prepare('SELECT number FROM "order" ORDER BY id DESC LIMIT 1').pluck().get() as string;
  record('order page (orders:get)', median(() => must(reader.dispatch, 'orders:get', { order })), median(floors.order(order)));
  reader.db.close();
  // The Review is a rehearsal (a write transaction, rolled back): the write worker answers it.
  const hundred = db.prepare(`SELECT number FROM doc WHERE status = 'Back Order' ORDER BY id LIMIT 100`).pluck().all() as string[];
  if (hundred.length > 0) {
    record(`Release Review of ${hundred.length} backorders`, median(() => must(dispatch, 'backorders:review', { backorders: hundred })), median(floors.review(hundred)));
  }

  // 3. Every row of receipts.csv with auto-release, one receipt per row, as a clerk posts them: through
  // the app's own store threads (main/worker), whose read worker copies the WAL back into the file
  // between saves (main/store/checkpoint.ts). Each figure is a receipt's round trip from the serving thread.
  db.close();
  const core = await startWorkerCore({ databasePath: file, mode: 'browser', script: SOURCE_WORKER });
  const receipts = readCsv(data, 'receipts.csv').map((r) => ({ sku: r.sku!, qty: Number(r.qty) }));
  const per: number[] = [];
  let released = 0;
  for (const [i, line] of receipts.entries()) {
    const s = process.hrtime.bigint();
    const result = await core.dispatch('inventory:receive', { reference: `R-${i + 1}`, lines: [line] });
    per.push(ms(s));
    if (!result.ok) throw new Error(`inventory:receive failed: ${result.error.message}`);
    // The answer lists the first 200 released; its totals count them all.
    const { releaseTotals } = result.value as ReceiptAnswer;
    released += releaseTotals.inFull + releaseTotals.inPart;
  }
  await core.close();
  const n = per.length;
  const tenth = Math.max(1, Math.floor(n / 10));
  record('receipt with auto-release: mean', mean(per), receiptFloor.per_receipt_ms!, `${n} receipts, ${released} backorders released`);
  record('receipt with auto-release: p95', [...per].sort((a, b) => a - b)[Math.floor(0.95 * n)]!, receiptFloor.p95_ms!);
  record('receipt with auto-release: first tenth', mean(per.slice(0, tenth)), receiptFloor.first_decile_ms!);
  record('receipt with auto-release: last tenth', mean(per.slice(n - tenth)), receiptFloor.last_decile_ms!);

  const after = openDatabase(file);
  const report = verify(after);
  if (!report.ok) {
    console.error(report.problems.slice(0, 10).join('\n'));
    process.exitCode = 1;
  }
  after.close();

  const ratio = (r: Row) => (r.floorMs ? r.ms / r.floorMs : null);
  console.log(`data set ${args.join(' ') || '(generator defaults)'}: ${counts.items} items, ${counts.orders} orders, ${counts.lines} lines, ${n} receipt rows`);
  console.log(`${'what'.padEnd(44)} ${'ms'.padStart(10)} ${'floor ms'.padStart(10)} ${'ratio'.padStart(7)}`);
  for (const r of rows) {
    const x = ratio(r);
    console.log(`${r.what.padEnd(44)} ${r.ms.toFixed(2).padStart(10)} ${(r.floorMs?.toFixed(2) ?? '-').padStart(10)} ${(x ? `${x.toFixed(1)}x` : '-').padStart(7)}${r.note ? `  ${r.note}` : ''}`);
  }
  console.log(`peak memory: ${runPeak} MB after the first run (${rssBefore} MB before it), ${peakMb()} MB at the end; verify ${report.ok ? 'ok' : 'FAILED'}`);
  console.log(JSON.stringify({ args, counts, rows: rows.map((r) => ({ ...r, ratio: ratio(r) })), peakMb: { beforeRun: rssBefore, afterRun: runPeak, end: peakMb() }, verified: report.ok }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
