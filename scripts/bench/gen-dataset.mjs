#!/usr/bin/env node
// Vendored from the benchmark kit Stockdesk was specified with (only this comment differs): this copy is
// the one `npm run bench` uses, and the bench needs nothing from outside the repository.
// Deterministic benchmark data set for backorder fulfillment.
// Usage: node gen-dataset.mjs OUT_DIR [--items N] [--orders N] [--lines N] [--seed N]
// Writes items.csv, stock.csv, orders.csv, receipts.csv (header row first, comma-separated, no quoting needed).
//   items.csv    sku,description,allow_backorder          allow_backorder: 1 or 0 (about 90% are 1)
//   stock.csv    sku,location,status,qty                  status: available or frozen; one bin per row
//   orders.csv   order_no,order_date,customer,line_no,sku,qty   orders in date order; lines per order vary 1..2*avg-1
//   receipts.csv sku,qty                                  a later receipt: enough for every short item
// Stock is sized so that about a third of order lines cannot be filled in full at the first fulfillment run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) { console.error('usage: gen-dataset.mjs OUT_DIR [--items N] [--orders N] [--lines N] [--seed N]'); process.exit(2); }
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i > 0 ? Number(args[i + 1]) : dflt; };
const nItems = opt('items', 1000), nOrders = opt('orders', 2000), avgLines = opt('lines', 5), seed = opt('seed', 42);

let s = seed >>> 0 || 1; // xorshift32
const rnd = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

const sku = (i) => `SKU-${String(i).padStart(6, '0')}`;
const items = [], demand = new Array(nItems).fill(0), orders = [];
for (let i = 0; i < nItems; i++) items.push(`${sku(i)},Part ${i},${rnd() < 0.9 ? 1 : 0}`);
const start = Date.UTC(2026, 0, 1);
for (let o = 0; o < nOrders; o++) {
  const date = new Date(start + Math.floor((o / nOrders) * 90 * 86400000)).toISOString().slice(0, 10);
  const n = int(1, 2 * avgLines - 1), used = new Set(), cust = `CUST-${int(1, 300)}`;
  for (let l = 1; l <= n; l++) {
    let it; do { it = Math.min(nItems - 1, Math.floor(Math.pow(rnd(), 1.5) * nItems)); } while (used.has(it));
    used.add(it);
    const qty = int(1, 20); demand[it] += qty;
    orders.push(`SO-${String(o + 1).padStart(6, '0')},${date},${cust},${l},${sku(it)},${qty}`);
  }
}
const stock = [], receipts = [];
for (let i = 0; i < nItems; i++) {
  const onHand = Math.floor(demand[i] * (0.4 + rnd() * 0.7)); // 40%..110% of demand
  const frozen = rnd() < 0.1 ? int(1, 10) : 0;
  const bins = int(1, 3); let left = onHand;
  for (let b = 0; b < bins; b++) {
    const q = b === bins - 1 ? left : Math.floor(left / (bins - b));
    if (q > 0) stock.push(`${sku(i)},A-${String(int(1, 40)).padStart(2, '0')}-${String(int(1, 12)).padStart(2, '0')}-${b + 1},available,${q}`);
    left -= q;
  }
  if (frozen) stock.push(`${sku(i)},Q-01-01-1,frozen,${frozen}`);
  if (demand[i] > onHand) receipts.push(`${sku(i)},${demand[i] - onHand}`);
}
mkdirSync(out, { recursive: true });
const write = (f, head, rows) => writeFileSync(join(out, f), [head, ...rows].join('\n') + '\n');
write('items.csv', 'sku,description,allow_backorder', items);
write('stock.csv', 'sku,location,status,qty', stock);
write('orders.csv', 'order_no,order_date,customer,line_no,sku,qty', orders);
write('receipts.csv', 'sku,qty', receipts);
console.log(`items ${items.length}, stock rows ${stock.length}, orders ${nOrders}, order lines ${orders.length}, receipt rows ${receipts.length} -> ${out}`);
