// Shared setup for the fulfillment, order and cancel tests: items, bins, stock and orders in a line each.
import { expect } from 'vitest';
import type { Input } from '../../shared/contract';
import type { OrderLine } from '../../shared/domain/orders';
import { verify } from '../../main/engine/verify';
import type { Harness } from './harness';

/** Creates items by sku; `allowBackorder: false` or `active: false` where a test needs it. */
export function items(h: Harness, ...specs: (string | Input<'items:create'>)[]): void {
  for (const spec of specs) h.call('items:create', typeof spec === 'string' ? { sku: spec, description: `${spec} part` } : spec);
}

/** Creates a bin unless it exists; `sequence` sets an explicit pick sequence. */
export function bin(h: Harness, code: string, sequence: number | null = null): void {
  if (!h.call('bins:list', {}).some((b) => b.code === code)) h.call('bins:create', { code, sequence });
}

/** Receives `qty` of `sku` into `binCode` as available stock (creating the bin). */
export function stock(h: Harness, sku: string, binCode: string, qty: number): void {
  bin(h, binCode);
  h.call('inventory:receive', { reference: 'PO-SETUP', lines: [{ sku, bin: binCode, qty }] });
}

/** An order line as `[sku, qty]` or `[sku, qty, status]`. */
export type LineSpec = [string, number] | [string, number, 'Warehouse Pick' | 'Vendor Order' | 'Non-stock'];

/** Enters an order (Draft unless told otherwise) dated 2026-11-20; returns its number. */
export function order(
  h: Harness,
  number: string | undefined,
  lines: LineSpec[],
  extra: Omit<Input<'orders:create'>, 'customer' | 'orderDate' | 'lines' | 'number'> & { customer?: string; orderDate?: string } = {},
): string {
  return h.call('orders:create', {
    ...(number === undefined ? {} : { number }),
    customer: 'Harbour Freight Co',
    orderDate: '2026-11-20',
    ...extra,
    lines: lines.map(([sku, qty, status]) => ({ sku, qty, ...(status ? { status } : {}) })),
  }).number;
}

/** Runs fulfillment on the named orders, in the order given. */
export const run = (h: Harness, ...orders: string[]) => h.call('fulfillment:run', { orders });

/** One BOM line of an order, as the order screen shows it. */
export function line(h: Harness, orderNumber: string, lineNo: number): OrderLine {
  const found = h.call('orders:get', { order: orderNumber }).billOfMaterial.find((l) => l.lineNo === lineNo);
  if (!found) throw new Error(`order ${orderNumber} has no line ${lineNo}`);
  return found;
}

/** A document's status and its lines as `sku: qty` (bins for picks). */
export function doc(h: Harness, number: string) {
  const d = h.call('documents:get', { document: number });
  return { status: d.status, shipCode: d.shipCode, lines: d.lines.map((l) => ({ sku: l.sku, qty: l.qty, bins: l.bins })) };
}

/** Free stock of an item over every bin. */
export const free = (h: Harness, sku: string): number => h.call('inventory:itemStock', { sku }).total.free;

/** Every invariant of DOMAIN.md holds (ledger = balances, allocations, line accounting, numbering). */
export function expectConsistent(h: Harness): void {
  expect(verify(h.db).problems).toEqual([]);
}
