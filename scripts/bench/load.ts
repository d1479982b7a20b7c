// Loads the benchmark CSVs (see gen-dataset.mjs for the formats) into a Stockdesk database through
// the same dispatcher the app uses, in batches of one transaction each.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dispatch } from '../../main/handlers/dispatch';
import type { Db } from '../../main/store/open';

export const readCsv = (dir: string, file: string): Record<string, string>[] =>
  parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

export function must<T>(dispatch: Dispatch, channel: string, input: unknown): T {
  const result = dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.message}`);
  return result.value as T;
}

export function loadDataset(db: Db, dispatch: Dispatch, dir: string): { items: number; bins: number; stockRows: number; orders: number; lines: number } {
  const items = readCsv(dir, 'items.csv');
  const stock = readCsv(dir, 'stock.csv');
  const orderRows = readCsv(dir, 'orders.csv');

  const batch = (fn: () => void) => db.transaction(fn).immediate();
  batch(() => {
    for (const i of items) must(dispatch, 'items:create', { sku: i.sku, description: i.description, allowBackorder: i.allow_backorder === '1' });
  });
  const bins = [...new Set(stock.map((s) => s.location!))];
  batch(() => {
    for (const code of bins) must(dispatch, 'bins:create', { code });
  });
  // Opening stock arrives as receipts into its bins; frozen stock is then moved to frozen.
  must(dispatch, 'settings:update', { autoRelease: false });
  batch(() => {
    // A receipt holds at most 10,000 lines: larger data sets arrive as several.
    for (let start = 0; start < stock.length; start += 5000) {
      const lines = stock.slice(start, start + 5000).map((s) => ({ sku: s.sku, bin: s.location, qty: Number(s.qty) }));
      must(dispatch, 'inventory:receive', { reference: 'opening stock', lines });
    }
    for (const s of stock.filter((r) => r.status === 'frozen')) {
      must(dispatch, 'inventory:changeStatus', { sku: s.sku, bin: s.location, from: 'available', to: 'frozen', qty: Number(s.qty), reason: 'opening stock' });
    }
  });
  must(dispatch, 'settings:update', { autoRelease: true });

  const orders = new Map<string, { date: string; customer: string; lines: { sku: string; qty: number }[] }>();
  for (const r of orderRows) {
    const order = orders.get(r.order_no!) ?? { date: r.order_date!, customer: r.customer!, lines: [] };
    order.lines.push({ sku: r.sku!, qty: Number(r.qty) });
    orders.set(r.order_no!, order);
  }
  batch(() => {
    for (const [number, o] of orders) must(dispatch, 'orders:create', { number, customer: o.customer, orderDate: o.date, status: 'Open', lines: o.lines });
  });
  return { items: items.length, bins: bins.length, stockRows: stock.length, orders: orders.size, lines: orderRows.length };
}
