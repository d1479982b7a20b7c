// Resolving an operation's references (operations.ts) against what exists at this step: the items,
// bins and orders the model knows, the documents last observed.
import { skuKey } from '../../shared/domain/items';
import { isPick } from './observation';
import { BINS, GHOST_BIN, GHOST_SKU, ORDER_POOL, type BinRef, type DocRef, type OrderLineSpec, type OrderRef, type ReceiptLineSpec, type SkuRef } from './operations';
import type { Run } from './run';
import { show, sum } from './util';

export class References {
  constructor(private readonly run: Run) {}

  sku(ref: SkuRef): string {
    const { itemOrder } = this.run.model;
    if (ref.k === 'ghost' || itemOrder.length === 0) return GHOST_SKU;
    if (ref.k === 'wanted') {
      const wanted = [...new Set([...this.run.obs.backorders.values()].flatMap((lines) => lines.filter((l) => l.qty > 0).map((l) => l.sku)))];
      const from = wanted.length > 0 ? wanted : itemOrder;
      return from[ref.i % from.length]!;
    }
    const sku = itemOrder[ref.i % itemOrder.length]!;
    return ref.lower ? sku.toLowerCase() : sku;
  }

  bin(ref: BinRef, sku?: string): string {
    const { bins } = this.run.model;
    if (ref.k === 'ghost') return GHOST_BIN;
    if (ref.k === 'held') {
      const held = sku === undefined ? [] : (this.run.obs.stock.get(skuKey(sku))?.bins ?? []).map((b) => b.bin);
      const from = held.length > 0 ? held : bins;
      if (from.length === 0) return BINS[0]!;
      return from[ref.i % from.length]!;
    }
    if (ref.k === 'pool' || bins.length === 0) return BINS[ref.k === 'pool' ? ref.i : 0]!;
    const code = bins[ref.i % bins.length]!;
    return ref.lower ? code.toLowerCase() : code;
  }

  order(ref: OrderRef): string {
    const { orders } = this.run.model;
    if (ref.k === 'pool' || orders.length === 0) return ORDER_POOL[ref.k === 'pool' ? ref.i : 0]!;
    return orders[ref.i % orders.length]!;
  }

  /** `fillable`: a backorder free stock could fill now (the Fulfillable Backorders filter), else any backorder. */
  doc(ref: DocRef, kind: 'backorder' | 'pick' | 'fillable'): string {
    const all = [...this.run.obs.docs.entries()];
    let wanted = all.filter(([, d]) => (kind === 'pick' ? isPick(d.status) : d.status === 'Back Order')).map(([n]) => n);
    if (kind === 'fillable' && ref.k === 'kind') {
      const fillable = this.fulfillableBackorders();
      if (fillable.length > 0) wanted = fillable;
    }
    if (ref.k === 'kind' && wanted.length > 0) return wanted[ref.i % wanted.length]!;
    // None of the kind wanted: any document (a refusal for its status), else a guess.
    if (ref.k !== 'guess' && all.length > 0) return all[ref.i % all.length]![0];
    const order = ref.k === 'guess' ? this.order(ref.order) : this.order({ k: 'known', i: ref.i });
    const suffix = ref.k === 'guess' ? ref.suffix : 1;
    return `${order}.${String(suffix).padStart(3, '0')}`;
  }

  orderLine(spec: OrderLineSpec) {
    return { sku: this.sku(spec.sku), qty: spec.qty, status: spec.status };
  }

  receiptLines(lines: ReceiptLineSpec[]) {
    return lines.map((l) => {
      const sku = this.sku(l.sku);
      return l.bin === null ? { sku, qty: l.qty } : { sku, bin: this.bin(l.bin, sku), qty: l.qty };
    });
  }

  /**
   * The Fulfillable Backorders filter, checked against Release Back Order: exactly the backorders a
   * release of every backorder would allocate to, each with what it would allocate (precedence first).
   */
  private fulfillableBackorders(): string[] {
    const run = this.run;
    const all = run.look('backorders:list', { filter: 'all', limit: 1000 });
    const fillable = run.look('backorders:list', { filter: 'fulfillable', limit: 1000 });
    const backorders = [...run.obs.docs].filter(([, d]) => d.status === 'Back Order').map(([n]) => n);
    run.check(show(all.rows.map((r) => r.number).sort()) === show([...backorders].sort()), () => `the Backorders filter lists ${show(all.rows.map((r) => r.number))}, not ${show(backorders)}`);
    const review = all.rows.length > 0 ? run.look('backorders:review', { backorders: all.rows.map((r) => r.number) }) : [];
    const expected = review.filter((r) => r.verdict !== 'blocked').map((r) => `${r.backorder} ${sum(r.lines, (l) => l.allocatable)}`);
    const listed = fillable.rows.map((r) => `${r.number} ${r.fillableNow}`);
    run.check(show(listed) === show(expected), () => `the Fulfillable Backorders filter lists ${show(listed)}, expected ${show(expected)}`);
    return fillable.rows.map((r) => r.number);
  }
}
