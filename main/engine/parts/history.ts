import type { OrderEventKind } from '../../../shared/domain/orders';
import type { ReadDb } from '../../store/handles';
import { itemById } from '../../store/repos/items';
import { recordOrderEvent } from '../../store/repos/order-events';
import type { EngineCtx } from '../context';

// The order history (Details tab) is written where the engine learns each fact, inside the
// operation's transaction. These helpers keep each of those places to one short call, and word the
// texts the same way everywhere: `4 × TR-GR`, as the alerts do.

/** Records one event in the order's history, stamped with the operation's clock and clerk. */
export function note(ctx: EngineCtx, orderId: number, kind: OrderEventKind, document: string | null, text: string): void {
  recordOrderEvent(ctx.db, { orderId, at: ctx.now(), user: ctx.user, kind, document, text });
}

/** How many entries a text lists before it says "and N more": a history line stays one line. */
const LISTED = 4;

/** `4 × TR-GR, 2 × BOLT` (zero quantities left out; a long list ends `and 3 more`). */
export function qtyList(entries: { sku: string; qty: number }[]): string {
  const shown = entries.filter((e) => e.qty > 0);
  const listed = shown.slice(0, LISTED).map((e) => `${e.qty} × ${e.sku}`);
  if (shown.length > LISTED) listed.push(`and ${shown.length - LISTED} more`);
  return listed.join(', ');
}

/** The same list for rows that carry an item id rather than a sku. */
export const itemQtyList = (db: ReadDb, entries: { itemId: number; qty: number }[]): string =>
  qtyList(entries.filter((e) => e.qty > 0).map((e) => ({ sku: itemById(db, e.itemId).sku, qty: e.qty })));

/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const sumQty = (entries: { qty: number }[]): number => entries.reduce((n, e) => n + e.qty, 0);
