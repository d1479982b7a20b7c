// Shared setup for the receive/release, fill, pick and inventory tests: items, bins, stock and
// orders in a line each, and the views a clerk reads (line accounting, documents, stock totals).
import { expect } from 'vitest';
import type { Channel, Input } from '../../shared/contract';
import type { LineAccounting } from '../../shared/domain/orders';
import type { ContractError } from '../../shared/result';
import { verify } from '../../main/engine/verify';
import { snapshot, type Harness } from './harness';

/** The catalogue the tests draw from: sku -> description. */
export const CATALOGUE: Record<string, string> = {
  'TR-GR': 'Trailer grease',
  'BRG-1': 'Wheel bearing',
  'HX-5': 'Hex key 5 mm',
  'PAD-F': 'Brake pad, front',
};

/** Creates items (description from the catalogue); pass an object for `allowBackorder: false` and the like. */
export function items(h: Harness, ...specs: (string | Input<'items:create'>)[]): void {
  for (const spec of specs) {
    const input = typeof spec === 'string' ? { sku: spec } : spec;
    h.call('items:create', { description: CATALOGUE[input.sku] ?? `${input.sku} part`, ...input });
  }
}

/** Creates bins: a code, or `[code, sequence]` for an explicit pick sequence. */
export function bins(h: Harness, ...specs: (string | [string, number])[]): void {
  for (const spec of specs) {
    const [code, sequence] = typeof spec === 'string' ? [spec, null] : spec;
    h.call('bins:create', { code, sequence });
  }
}

/** Receives `qty` of `sku` into `bin` (the bin must exist); returns the receipt result. */
export const receive = (h: Harness, sku: string, bin: string, qty: number, reference = 'PO-4471') =>
  h.call('inventory:receive', { reference, lines: [{ sku, bin, qty }] });

/** Enters an order (Draft) for `Customer <number>` dated 2026-11-20 unless told otherwise; lines as `[sku, qty]`. */
export function order(
  h: Harness,
  number: string,
  lines: [string, number][],
  extra: { customer?: string; orderDate?: string; priority?: 'high' | 'normal' | 'low'; policy?: 'partial' | 'complete' } = {},
): string {
  return h.call('orders:create', {
    number,
    customer: `Customer ${number}`,
    orderDate: '2026-11-20',
    ...extra,
    lines: lines.map(([sku, qty]) => ({ sku, qty })),
  }).number;
}

/** Run Fulfillment on the named orders. */
export const fulfil = (h: Harness, ...orders: string[]) => h.call('fulfillment:run', { orders });

/** Where every unit of an order line is, as `orders:get` shows it. */
export function accounting(h: Harness, orderNumber: string, lineNo = 1): LineAccounting {
  const line = h.call('orders:get', { order: orderNumber }).billOfMaterial.find((l) => l.lineNo === lineNo);
  if (!line) throw new Error(`order ${orderNumber} has no line ${lineNo}`);
  return line.accounting;
}

/** A document as the clerk reads it: status, ship code and `sku: qty` per line with quantity. */
export function docView(h: Harness, number: string) {
  const d = h.call('documents:get', { document: number });
  return { status: d.status, shipCode: d.shipCode, lines: d.lines.filter((l) => l.qty > 0).map((l) => ({ sku: l.sku, qty: l.qty })) };
}

/** The Attachments tab of an order: `number status qty`. */
export const attachments = (h: Harness, orderNumber: string): string[] =>
  h.call('orders:get', { order: orderNumber }).attachments.map((d) => `${d.number} ${d.status} ${d.qty}`);

/** An item's stock over every bin. */
export const stockOf = (h: Harness, sku: string) => h.call('inventory:itemStock', { sku }).total;

/** Every invariant of DOMAIN.md holds (ledger = balances, allocations, line accounting, numbering). */
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
