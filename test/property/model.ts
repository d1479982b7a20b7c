// The model: what the engine should hold, kept only from the calls a run made and their answers
// (never read back from the database). The invariants compare it with what the engine reports.
import type { Output } from '../../shared/contract';
import type { StockStatus } from '../../shared/domain/inventory';
import { skuKey } from '../../shared/domain/items';
import type { LineStatus, OrderDetail } from '../../shared/domain/orders';

interface ModelItem {
  sku: string;
  id: number;
  allowBackorder: boolean;
  active: boolean;
}

interface ModelLine {
  sku: string;
  qty: number;
  status: LineStatus;
}

/** Ledger kinds the model sums quantities of, per item. */
type LedgerKind = 'receipt' | 'adjustment' | 'status change' | 'pick issue';

export const PRIORITY_RANK = { high: 0, normal: 1, low: 2 } as const;

const zeroStock = (): Record<StockStatus, number> => ({ available: 0, frozen: 0, damaged: 0, quarantine: 0 });

export class Model {
  readonly items = new Map<string, ModelItem>(); // by skuKey
  readonly itemOrder: string[] = []; // canonical skus, in creation order
  readonly bins: string[] = [];
  /** Explicit pick sequence per bin code (null: natural order of the code). */
  readonly sequences = new Map<string, number | null>();
  /** Order numbers, in entry order. */
  readonly orders: string[] = [];
  readonly kits = new Map<string, { sku: string; qty: number }[]>(); // by skuKey of the kit
  /** The bill of material of every order, by line number. */
  readonly lines = new Map<string, Map<number, ModelLine>>();
  readonly stock = new Map<string, Record<StockStatus, number>>(); // by skuKey
  /** Units issued by completed picks, by skuKey. */
  readonly picked = new Map<string, number>();
  /** Net ledger quantity per sku and kind. */
  readonly byKind = new Map<string, Record<LedgerKind, number>>();
  autoRelease = true;

  item(sku: string): ModelItem | undefined {
    return this.items.get(skuKey(sku));
  }

  addItem(item: Output<'items:create'>): void {
    this.items.set(skuKey(item.sku), { sku: item.sku, id: item.id, allowBackorder: item.allowBackorder, active: item.active });
    this.itemOrder.push(item.sku);
    this.stock.set(skuKey(item.sku), zeroStock());
    this.picked.set(skuKey(item.sku), 0);
    this.byKind.set(skuKey(item.sku), { receipt: 0, adjustment: 0, 'status change': 0, 'pick issue': 0 });
  }

  addBin(code: string, sequence: number | null): void {
    this.bins.push(code);
    this.sequences.set(code, sequence);
  }

  /** A receipt line posted `qty` of `sku` into `bin` (a bin the receipt may have created). */
  received(sku: string, bin: string, qty: number): void {
    this.stock.get(skuKey(sku))!.available += qty;
    this.byKind.get(skuKey(sku))!.receipt += qty;
    if (!this.bins.includes(bin)) this.addBin(bin, null);
  }

  /** What an order line of `sku` x `qty` becomes: one line, or one per kit component. */
  expand(sku: string, qty: number, status: LineStatus): ModelLine[] {
    const item = this.item(sku)!;
    const components = this.kits.get(skuKey(sku));
    if (!components || components.length === 0) return [{ sku: item.sku, qty, status }];
    return components.map((c) => ({ sku: c.sku, qty: qty * c.qty, status }));
  }

  hasInactiveComponent(sku: string): boolean {
    return (this.kits.get(skuKey(sku)) ?? []).some((c) => !this.item(c.sku)?.active);
  }

  /** An order's place in the queue: priority, order date, entry order. */
  precedence(order: OrderDetail): [number, string, number] {
    return [PRIORITY_RANK[order.priority], order.orderDate, this.orders.indexOf(order.number)];
  }
}
