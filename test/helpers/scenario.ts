// Shared setup for the integration tests: items, bins, stock and orders in a line each, and the
// views a clerk reads (line accounting, documents, the Attachments tab, stock totals).
import { expect } from 'vitest';
import type { Channel, Input } from '../../shared/contract';
import type { LineAccounting, OrderLine } from '../../shared/domain/orders';
import type { ContractError } from '../../shared/result';
import { verify } from '../../main/queries/verify';
import { snapshot, type Harness } from './harness';

/** Descriptions for the skus the tests use most; others are described as `<sku> part`. */
const CATALOGUE: Record<string, string> = {
  'TR-GR': 'Trailer grease',
  'BRG-1': 'Wheel bearing',
  'HX-5': 'Hex key 5 mm',
  'PAD-F': 'Brake pad, front',
};

/** Creates items by sku; pass an object for `allowBackorder: false`, `active: false` and the like. */
export function items(h: Harness, ...specs: (string | Input<'items:create'>)[]): void {
  for (const spec of specs) {
    const input = typeof spec === 'string' ? { sku: spec } : spec;
    h.call('items:create', { description: CATALOGUE[input.sku] ?? `${input.sku} part`, ...input });
  }
}

/** Creates a bin unless it exists; `sequence` sets an explicit pick sequence. */
export function bin(h: Harness, code: string, sequence: number | null = null): void {
  if (!h.call('bins:list', {}).some((b) => b.code === code)) h.call('bins:create', { code, sequence });
}

/** Creates bins: a code, or `[code, sequence]` for an explicit pick sequence. */
export function bins(h: Harness, ...specs: (string | [string, number])[]): void {
  for (const spec of specs) {
    const [code, sequence] = typeof spec === 'string' ? [spec, null] : spec;
    bin(h, code, sequence);
  }
}

/** Receives `qty` of `sku` into `binCode` (the bin must exist); returns the receipt result. */
export const receive = (h: Harness, sku: string, binCode: string, qty: number, reference = 'PO-4471') =>
  h.call('inventory:receive', { reference, lines: [{ sku, bin: binCode, qty }] });

/** Puts `qty` of `sku` into `binCode` as available stock, creating the bin if need be. */
export function stock(h: Harness, sku: string, binCode: string, qty: number): void {
  bin(h, binCode);
  receive(h, sku, binCode, qty, 'PO-SETUP');
}

/** An order line as `[sku, qty]` or `[sku, qty, status]`. */
export type LineSpec = [string, number] | [string, number, 'Warehouse Pick' | 'Vendor Order' | 'Non-stock'];

/**
 * Enters an order (Draft unless told otherwise) for `Customer <number>` dated 2026-11-20; returns its
 * number. `undefined` lets Stockdesk number it.
 */
export function order(
  h: Harness,
  number: string | undefined,
  lines: LineSpec[],
  extra: Omit<Input<'orders:create'>, 'customer' | 'orderDate' | 'lines' | 'number'> & { customer?: string; orderDate?: string } = {},
): string {
  return h.call('orders:create', {
    ...(number === undefined ? {} : { number }),
    customer: `Customer ${number ?? 'walk-in'}`,
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

/** Where every unit of an order line is, as `orders:get` shows it. */
export const accounting = (h: Harness, orderNumber: string, lineNo = 1): LineAccounting => line(h, orderNumber, lineNo).accounting;

/** A document's status and every line as `sku: qty`, with bins for picks. */
export function doc(h: Harness, number: string) {
  const d = h.call('documents:get', { document: number });
  return { status: d.status, shipCode: d.shipCode, lines: d.lines.map((l) => ({ sku: l.sku, qty: l.qty, bins: l.bins })) };
}

/** A document as the clerk reads it: status, ship code and `sku: qty` for the lines still holding quantity. */
export function docView(h: Harness, number: string) {
  const d = h.call('documents:get', { document: number });
  return { status: d.status, shipCode: d.shipCode, lines: d.lines.filter((l) => l.qty > 0).map((l) => ({ sku: l.sku, qty: l.qty })) };
}

/** The Attachments tab of an order: `number status qty`. */
export const attachments = (h: Harness, orderNumber: string): string[] =>
  h.call('orders:get', { order: orderNumber }).attachments.map((d) => `${d.number} ${d.status} ${d.qty}`);

/** An item's stock over every bin. */
export const stockOf = (h: Harness, sku: string) => h.call('inventory:itemStock', { sku }).total;

/** Free stock of an item over every bin. */
export const free = (h: Harness, sku: string): number => stockOf(h, sku).free;

/** Every invariant of docs/rules.md holds (ledger = balances, allocations, line accounting, numbering). */
export function expectConsistent(h: Harness): void {
  expect(verify(h.db).problems).toEqual([]);
}

/** Calls `channel` expecting a refusal, proves nothing changed, and returns the refusal. */
export function refusedUnchanged<C extends Channel>(h: Harness, channel: C, input: Input<C> | Record<string, unknown>): ContractError {
  const before = snapshot(h.db);
  const error = h.refusal(channel, input);
  expect(snapshot(h.db)).toEqual(before);
  return error;
}
