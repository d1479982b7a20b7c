// What the engine reports after a step, read through the contract: every order, document, item's
// stock and bin. The invariants compare one observation with the one before and with the model.
import type { Output } from '../../shared/contract';
import { skuKey } from '../../shared/domain/items';
import type { DocStatus, OrderDetail } from '../../shared/domain/orders';
import type { Sheet } from '../../shared/domain/print';
import type { Run } from './run';
import { sum } from './util';

type ItemStock = Output<'inventory:itemStock'>;

export interface Observation {
  orders: Map<string, OrderDetail>;
  /** Every document: its status and its order. */
  docs: Map<string, { status: DocStatus; order: string; qty: number }>;
  /** Keyed by canonical sku. */
  stock: Map<string, ItemStock>;
  /** What each Back Order document holds, per line. */
  backorders: Map<string, { sku: string; qty: number }[]>;
  /** Every bin code, in pick sequence. */
  binOrder: string[];
  /** What each open or printed pick holds, per sku and bin. */
  picks: Map<string, { sku: string; bin: string; qty: number }[]>;
  /** The step at which each document was first seen: a later step means a newer document. */
  born: Map<string, number>;
}

export const emptyObservation = (): Observation => ({
  orders: new Map(),
  docs: new Map(),
  stock: new Map(),
  backorders: new Map(),
  binOrder: [],
  picks: new Map(),
  born: new Map(),
});

export const isPick = (status: DocStatus | undefined) => status === 'Open' || status === 'Printed';

/** Units a sheet lists: allocated on a pick sheet, outstanding on a backorder sheet. */
export const sheetUnits = (sheet: Sheet): number => (sheet.kind === 'pick' ? sum(sheet.lines, (l) => l.qty) : sum(sheet.lines, (l) => l.outstanding));

/** One bin's stock of an item, as last observed. */
export const binRow = (obs: Observation, sku: string, bin: string) => obs.stock.get(skuKey(sku))?.bins.find((b) => b.bin === bin.toUpperCase());

/** Reads everything the invariants look at, after step `stepNo`. */
export function observe(run: Run, prev: Observation, stepNo: number): Observation {
  const orders = new Map<string, OrderDetail>();
  const docs: Observation['docs'] = new Map();
  for (const number of run.model.orders) {
    const order = run.look('orders:get', { order: number });
    orders.set(number, order);
    for (const d of order.attachments) docs.set(d.number, { status: d.status, order: number, qty: d.qty });
  }
  const stock = new Map<string, ItemStock>();
  for (const sku of run.model.itemOrder) stock.set(skuKey(sku), run.look('inventory:itemStock', { sku }));
  const backorders: Observation['backorders'] = new Map();
  const picks: Observation['picks'] = new Map();
  const born = new Map(prev.born);
  for (const [number, doc] of docs) {
    if (!born.has(number)) born.set(number, stepNo);
    if (doc.status === 'Back Order') backorders.set(number, run.look('documents:get', { document: number }).lines.map((l) => ({ sku: l.sku, qty: l.qty })));
    if (isPick(doc.status)) {
      picks.set(number, run.look('documents:get', { document: number }).lines.flatMap((l) => l.bins.map((b) => ({ sku: l.sku, bin: b.bin, qty: b.qty }))));
    }
  }
  const binOrder = run.look('bins:list', {}).map((b) => b.code);
  return { orders, docs, stock, backorders, binOrder, picks, born };
}
