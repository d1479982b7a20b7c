// Vendored from the benchmark kit Stockdesk was specified with (/work/shared/bench/floor/floor.mjs; only this
// comment differs). It builds its own minimal tables in its own file: `npm run bench` runs it on
// the same data set as the engine and prints it beside the engine's figures.
// The physical floor of a fulfillment run on SQLite: load the data set, then in ONE transaction
// do the least a correct run must do - read free stock per bin once, walk the lines in precedence
// order in memory, write one allocation row per (line, bin) used, one backorder row per short line,
// and the changed balances. Usage: node floor.mjs DATA_DIR [DB_FILE] (needs better-sqlite3 resolvable).
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
const csv = (f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const db = new Database(process.argv[3] ?? ':memory:');
db.pragma('journal_mode = WAL');
db.exec(`create table item(id integer primary key, sku text unique, bo int) strict;
create table bal(item int, bin text, qty int, alloc int, primary key(item, bin)) strict;
create table line(id integer primary key, ord text, date text, item int, qty int) strict;
create table alloc(line int, item int, bin text, qty int) strict;
create table bo(line int, qty int) strict;`);
const ids = new Map();
const insItem = db.prepare('insert into item(sku, bo) values (?, ?)');
db.transaction(() => { for (const [sku, , bo] of csv('items.csv')) ids.set(sku, Number(insItem.run(sku, Number(bo)).lastInsertRowid)); })();
const insBal = db.prepare('insert into bal values (?, ?, ?, 0) on conflict do update set qty = qty + excluded.qty');
db.transaction(() => { for (const [sku, bin, st, q] of csv('stock.csv')) if (st === 'available') insBal.run(ids.get(sku), bin, Number(q)); })();
const insLine = db.prepare('insert into line(ord, date, item, qty) values (?, ?, ?, ?)');
db.transaction(() => { for (const [o, d, , , sku, q] of csv('orders.csv')) insLine.run(o, d, ids.get(sku), Number(q)); })();
const lines = db.prepare('select id, item, qty from line order by date, ord, id').raw();
const bals = db.prepare('select item, bin, qty - alloc from bal order by item, bin').raw();
const insAlloc = db.prepare('insert into alloc values (?, ?, ?, ?)');
const insBo = db.prepare('insert into bo values (?, ?)');
const upd = db.prepare('update bal set alloc = alloc + ? where item = ? and bin = ?');
const t0 = process.hrtime.bigint();
let nAlloc = 0, nBo = 0;
db.transaction(() => {
  const free = new Map();
  for (const [item, bin, q] of bals.all()) { let a = free.get(item); if (!a) free.set(item, (a = [])); a.push([bin, q, 0]); }
  for (const [id, item, qty] of lines.all()) {
    let need = qty;
    for (const b of free.get(item) ?? []) { if (!need) break; const take = Math.min(need, b[1]); if (take > 0) { b[1] -= take; b[2] += take; need -= take; insAlloc.run(id, item, b[0], take); nAlloc++; } }
    if (need) { insBo.run(id, need); nBo++; }
  }
  for (const [item, arr] of free) for (const [bin, , used] of arr) if (used) upd.run(used, item, bin);
})();
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`floor lines=${lines.all().length} alloc_rows=${nAlloc} backorder_rows=${nBo} ms=${ms.toFixed(1)}`);
