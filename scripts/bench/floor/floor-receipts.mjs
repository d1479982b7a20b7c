// Vendored from the benchmark kit Stockdesk was specified with (/work/shared/bench/floor/floor-receipts.mjs; only this
// comment and the p95_ms figure differ). It builds its own minimal tables in its own file: `npm run bench` runs it on
// the same data set as the engine and prints it beside the engine's figures.
// The receipt floor (beside floor.mjs, which is the run's): the least that posting one receipt row with
// auto-release must do, on the database floor.mjs leaves behind (run floor.mjs DATA_DIR DB_FILE first).
// Per receipt row, ONE transaction: append a ledger row, add to the item's balance, read the backorder
// lines waiting for that item in precedence order (index on item, precedence), allocate them in turn
// (one alloc row per line, shrink or delete the waiting row), record one pick row per backorder line
// released, and bump the balance's allocated. Usage: node floor-receipts.mjs DATA_DIR DB_FILE
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const [dir, file] = process.argv.slice(2);
const csv = (f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
if (process.env.WALSTAT) db.pragma('wal_autocheckpoint = 0');
// Setup (untimed): the waiting backorder lines keyed by item and precedence, a ledger, a pick table.
db.exec(`drop table if exists wait; drop table if exists ledger; drop table if exists pick;
create table wait(item int, prec int, line int, qty int, primary key(item, prec, line)) strict, without rowid;
insert into wait select l.item, l.id, l.id, b.qty from bo b join line l on l.id = b.line;
create table ledger(id integer primary key, item int, bin text, qty int, ref text) strict;
create table pick(id integer primary key, line int, qty int, ref text) strict;`);
const skuId = new Map(db.prepare('select sku, id from item').raw().all());
const firstBin = db.prepare('select bin from bal where item = ? order by bin limit 1').pluck();
const insLedger = db.prepare('insert into ledger(item, bin, qty, ref) values (?, ?, ?, ?)');
const addBal = db.prepare('insert into bal values (?, ?, ?, 0) on conflict do update set qty = qty + excluded.qty');
const waiting = db.prepare('select prec, line, qty from wait where item = ? order by prec').raw();
const shrink = db.prepare('update wait set qty = qty - ? where item = ? and prec = ? and line = ?');
const drop = db.prepare('delete from wait where item = ? and prec = ? and line = ?');
const insAlloc = db.prepare('insert into alloc values (?, ?, ?, ?)');
const insPick = db.prepare('insert into pick(line, qty, ref) values (?, ?, ?)');
const reserve = db.prepare('update bal set alloc = alloc + ? where item = ? and bin = ?');
const rows = csv('receipts.csv');
let released = 0;
const post = db.transaction((item, qty, ref) => {
  const bin = firstBin.get(item) ?? 'RECEIVING';
  insLedger.run(item, bin, qty, ref);
  addBal.run(item, bin, qty);
  let left = qty, used = 0;
  for (const [prec, line, need] of waiting.all(item)) {
    if (!left) break;
    const take = Math.min(left, need);
    insAlloc.run(line, item, bin, take);
    insPick.run(line, take, ref);
    if (take === need) drop.run(item, prec, line); else shrink.run(take, item, prec, line);
    left -= take; used += take; released++;
  }
  if (used) reserve.run(used, item, bin);
});
const per = [];
const t0 = process.hrtime.bigint();
rows.forEach(([sku, q], i) => {
  const t = process.hrtime.bigint();
  post.immediate(skuId.get(sku), Number(q), `R-${i + 1}`);
  per.push(Number(process.hrtime.bigint() - t) / 1e6);
});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const n = per.length, mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const walBytes = (await import('node:fs')).statSync(file + '-wal').size;
console.log(`floor-receipts wal_bytes=${walBytes} receipts=${n} lines_released=${released} ms=${ms.toFixed(1)} per_receipt_ms=${(ms / n).toFixed(3)} p95_ms=${[...per].sort((a, b) => a - b)[Math.floor(0.95 * n)].toFixed(3)} first_decile_ms=${mean(per.slice(0, Math.floor(n / 10))).toFixed(3)} last_decile_ms=${mean(per.slice(Math.floor(9 * n / 10))).toFixed(3)}`);
db.close();
