import { refused } from '../../shared/errors';
import type { InnerCall } from '../import/importer';
import type { ReadDb } from '../store/handles';
import { DEMO_BINS, DEMO_COUNT, DEMO_FROZEN, DEMO_ITEMS, DEMO_KITS, DEMO_ORDERS, DEMO_PICKED_ORDER, DEMO_RECEIPT } from './shop';

/** What the database already holds: the demo goes only into one that holds nothing. */
export function databaseContents(db: ReadDb): { items: number; bins: number; orders: number; total: number } {
  const count = (table: string) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
  const held = { items: count('item'), bins: count('bin'), orders: count('"order"') };
  return { ...held, total: held.items + held.bins + held.orders };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `today` minus `days`, as YYYY-MM-DD. */
const daysBefore = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Loads the demo shop (shop.ts) through the contract's own operations, so that the ledger, the
 * documents and every order's history are what the engine writes. Called inside one transaction:
 * all of it, or nothing. An empty database only: refused, naming what is there, otherwise.
 */
export function loadDemo(call: InnerCall, db: ReadDb, databasePath: string, today: string): string {
  const held = databaseContents(db);
  if (held.total > 0) {
    const what = [plural(held.items, 'item'), plural(held.bins, 'bin'), plural(held.orders, 'order')].join(', ');
    throw refused(
      `The demo shop loads only into an empty database, and ${databasePath} already holds ${what}: nothing was loaded. To try the demo, start Stockdesk with --demo --db and a new file, e.g. --db /tmp/stockdesk-demo.db`,
    );
  }
  for (const item of DEMO_ITEMS) call('items:create', item);
  for (const code of DEMO_BINS) call('bins:create', { code });
  call('inventory:receive', DEMO_RECEIPT);
  for (const hold of DEMO_FROZEN) call('inventory:changeStatus', hold);
  for (const kit of DEMO_KITS) call('items:setKit', kit);
  for (const { daysAgo, ...order } of DEMO_ORDERS) call('orders:create', { status: 'Open', ...order, orderDate: daysBefore(today, daysAgo) });

  const run = call('fulfillment:run', { orders: DEMO_ORDERS.filter((o) => o.status !== 'Draft').map((o) => o.number!) });
  const picked = run.orders.find((o) => o.order === DEMO_PICKED_ORDER)?.picks[0];
  if (picked) call('picks:complete', { pick: picked });
  call('inventory:adjust', DEMO_COUNT);

  const { totals } = run;
  return `Loaded the demo shop: ${plural(DEMO_ITEMS.length, 'item')} in ${plural(DEMO_BINS.length, 'bin')}, ${plural(DEMO_ORDERS.length, 'order')}, ${plural(totals.backorders, 'backorder')} waiting`;
}
