// Randomised property test of the fulfillment engine, through the contract handlers.
//
// Each run: a fresh in-memory database, a random catalogue, bins, opening stock and auto-release
// setting, then up to 60 random operations of every kind (many of them refused on purpose). After
// every step:
//   - verify(db) finds no broken invariant;
//   - a refused step (a DomainError) changed nothing, byte for byte; so did every query;
//   - no step failed with an internal error;
//   - a model kept from the calls made agrees with what the engine reports: on hand per item and
//     status = received + adjusted + status moves - picked, picked = completed on order lines, every
//     order line accounted for (ordered = completed + allocated + backordered + unallocated + cancelled,
//     each >= 0), bills of material only change through the BOM operations, statuses only move forward;
//   - operation-specific rules of DOMAIN.md hold: what a run may allocate (precedence, pick
//     sequence, all-or-nothing for non-backorderable items and `complete` orders, one open pick and
//     one new backorder per order, alerts), review = release, preview = receipt, auto-release serves
//     backorders in precedence, adjustments, status changes and cancellations never allocate, the
//     newest picks give back a count's shortfall, cancels move exactly what a document held,
//     fills and picks do what was asked or are refused, sheets, filters, the BOM status bar, the
//     ledger per kind, order numbering, and every refusal names its field.
//
// Environment: STOCKDESK_PROPERTY_RUNS (default 100), STOCKDESK_PROPERTY_STEPS (default 60),
// STOCKDESK_PROPERTY_SEED and STOCKDESK_PROPERTY_PATH (replay a failure fast-check reported).
// A failure message ends with the transcript of the shrunk run: every call made, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verify } from '../../main/engine/verify';
import type { Channel, Output } from '../../shared/contract';
import type { StockStatus } from '../../shared/domain/inventory';
import { STOCK_STATUSES } from '../../shared/domain/inventory';
import { skuKey } from '../../shared/domain/items';
import type { DocStatus, LineAccounting, LineStatus, OrderDetail, OrderStatus } from '../../shared/domain/orders';
import type { Sheet } from '../../shared/domain/print';
import { DomainError } from '../../shared/errors';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import {
  BINS,
  DATES,
  EXTRA_BINS,
  GHOST_BIN,
  GHOST_SKU,
  ORDER_POOL,
  SKUS,
  opsArb,
  setupArb,
  type Amount,
  type BinRef,
  type DocRef,
  type Op,
  type OrderLineSpec,
  type OrderRef,
  type Query,
  type ReceiptLineSpec,
  type Setup,
  type SkuRef,
} from './arbitraries';

const envInt = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be a whole number, not ${raw}`);
  return n;
};
const RUNS = envInt('STOCKDESK_PROPERTY_RUNS') ?? 100;
const MAX_STEPS = envInt('STOCKDESK_PROPERTY_STEPS') ?? 60;
const SEED = envInt('STOCKDESK_PROPERTY_SEED');
const PATH = process.env.STOCKDESK_PROPERTY_PATH;
/** STOCKDESK_PROPERTY_STATS=1 prints how often each channel succeeded and was refused, to tune the generators. */
const STATS = process.env.STOCKDESK_PROPERTY_STATS ? new Map<string, { ok: number; refused: Map<string, number> }>() : undefined;

function count(channel: string, refusal: string | null): void {
  if (!STATS) return;
  const entry = STATS.get(channel) ?? { ok: 0, refused: new Map<string, number>() };
  STATS.set(channel, entry);
  if (refusal === null) entry.ok += 1;
  else entry.refused.set(refusal, (entry.refused.get(refusal) ?? 0) + 1);
}

function printStats(): void {
  if (!STATS) return;
  for (const [channel, { ok, refused }] of [...STATS].sort()) {
    const reasons = [...refused].sort((a, b) => b[1] - a[1]).map(([message, n]) => `\n    ${n} ${message}`);
    console.log(`${channel}: ${ok} ok, ${sum([...refused.values()], (n) => n)} refused${reasons.slice(0, 6).join('')}`);
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };
type ItemStock = Output<'inventory:itemStock'>;
type FulfillmentResults = Output<'fulfillment:run'>;

interface Observation {
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
}

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

const ORDER_MOVES: Record<OrderStatus, OrderStatus[]> = {
  Draft: ['Draft', 'Open', 'Cancelled'],
  Open: ['Open', 'Completed', 'Cancelled'],
  Completed: ['Completed'],
  Cancelled: ['Cancelled'],
};
const DOC_MOVES: Record<DocStatus, DocStatus[]> = {
  'Back Order': ['Back Order', 'Open', 'Cancelled'],
  Open: ['Open', 'Printed', 'Completed', 'Cancelled'],
  Printed: ['Printed', 'Completed', 'Cancelled'],
  Completed: ['Completed'],
  Cancelled: ['Cancelled'],
};
const PRIORITY_RANK = { high: 0, normal: 1, low: 2 } as const;
const isPick = (status: DocStatus | undefined) => status === 'Open' || status === 'Printed';
const sum = <T>(list: readonly T[], f: (x: T) => number) => list.reduce((n, x) => n + f(x), 0);
/** Units a sheet lists: allocated on a pick sheet, outstanding on a backorder sheet. */
const sheetUnits = (sheet: Sheet): number => (sheet.kind === 'pick' ? sum(sheet.lines, (l) => l.qty) : sum(sheet.lines, (l) => l.outstanding));
const zeroStock = (): Record<StockStatus, number> => ({ available: 0, frozen: 0, damaged: 0, quarantine: 0 });
const show = (value: unknown) => JSON.stringify(value);

/** One run: the harness, the model and the transcript. */
class Run {
  readonly h: Harness = createHarness();
  private readonly transcript: string[] = [];
  private stepLabel = 'setup';

  // Model, kept only from the calls made and their answers.
  private readonly items = new Map<string, ModelItem>(); // by skuKey
  private readonly itemOrder: string[] = []; // canonical skus, in creation order
  private readonly bins: string[] = [];
  /** Explicit pick sequence per bin code (null: natural order of the code). */
  private readonly sequences = new Map<string, number | null>();
  private readonly orders: string[] = [];
  private readonly kits = new Map<string, { sku: string; qty: number }[]>(); // by skuKey of the kit
  private readonly lines = new Map<string, Map<number, ModelLine>>();
  private readonly stock = new Map<string, Record<StockStatus, number>>(); // by skuKey
  private readonly picked = new Map<string, number>(); // by skuKey
  /** Net ledger quantity per sku and kind, from the calls made. */
  private readonly byKind = new Map<string, Record<'receipt' | 'adjustment' | 'status change' | 'pick issue', number>>();
  private autoRelease = true;
  private obs: Observation = { orders: new Map(), docs: new Map(), stock: new Map(), backorders: new Map(), binOrder: [], picks: new Map() };
  /** The step at which each document was first seen: a later step means a newer document. */
  private readonly docBorn = new Map<string, number>();
  private stepNo = -1;
  /** Whether the current step may allocate stock (adjustments, status changes and cancellations never do). */
  private mayAllocate = true;

  // ------------------------------------------------------------------------------------------
  // Calling

  private context(extra = ''): string {
    return `${extra ? `${extra}\n` : ''}(at ${this.stepLabel})\nTranscript of this run:\n${this.transcript.join('\n')}`;
  }

  /** Fails the run with `message` and the transcript. */
  private fail(message: string): never {
    throw new Error(this.context(message));
  }

  private check(condition: boolean, message: () => string): void {
    if (!condition) this.fail(message());
  }

  /** A contract call, logged: the value, or the refusal. An internal error fails the run. */
  private call<C extends Channel>(channel: C, input: unknown, silent = false): Outcome<Output<C>> {
    const line = `  h.call('${channel}', ${show(input)})`;
    try {
      const value = (this.h.call as (c: Channel, i: unknown) => unknown)(channel, input) as Output<C>;
      if (!silent) this.transcript.push(`${line}  // ok`);
      if (!silent) count(channel, null);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError && error.code !== 'internal') {
        if (!silent) this.transcript.push(`${line}  // refused ${error.code}: ${error.message}`);
        if (!silent) count(channel, error.message.replace(/[\w-]*\d[\w.-]*/g, '#'));
        return { ok: false, error };
      }
      this.transcript.push(`${line}  // THREW ${String(error)}`);
      throw new Error(this.context(`${channel} ${show(input)} failed with an internal error: ${String(error)}`), { cause: error });
    }
  }

  /** A call the test makes to look around; it must succeed. */
  private look<C extends Channel>(channel: C, input: unknown): Output<C> {
    const out = this.call(channel, input, true);
    if (!out.ok) this.fail(`${channel} ${show(input)} was refused: ${out.error.message}`);
    return out.value;
  }

  /** A step's call: a refusal, or any call of a query channel, must leave the database as it was. */
  private act<C extends Channel>(channel: C, input: unknown, kind: 'command' | 'query' = 'command'): Outcome<Output<C>> {
    const before = snapshot(this.h.db);
    const out = this.call(channel, input);
    if (!out.ok) {
      const error = out.error;
      this.check(error.field !== undefined && error.field !== '', () => `the refusal of ${channel} names no field: ${error.code} ${error.message}`);
    }
    if (!out.ok || kind === 'query') {
      const why = out.ok ? `query ${channel} changed the database` : `refused ${channel} (${out.error.message}) changed the database`;
      expect(snapshot(this.h.db), this.context(why)).toEqual(before);
    }
    return out;
  }

  private setupCall<C extends Channel>(channel: C, input: unknown): Output<C> {
    const out = this.call(channel, input);
    if (!out.ok) this.fail(`set-up call ${channel} ${show(input)} was refused: ${out.error.message}`);
    return out.value;
  }

  // ------------------------------------------------------------------------------------------
  // Resolving references

  private item(sku: string): ModelItem | undefined {
    return this.items.get(skuKey(sku));
  }

  private sku(ref: SkuRef): string {
    if (ref.k === 'ghost' || this.itemOrder.length === 0) return GHOST_SKU;
    if (ref.k === 'wanted') {
      const wanted = [...new Set([...this.obs.backorders.values()].flatMap((lines) => lines.filter((l) => l.qty > 0).map((l) => l.sku)))];
      const from = wanted.length > 0 ? wanted : this.itemOrder;
      return from[ref.i % from.length]!;
    }
    const sku = this.itemOrder[ref.i % this.itemOrder.length]!;
    return ref.lower ? sku.toLowerCase() : sku;
  }

  private bin(ref: BinRef, sku?: string): string {
    if (ref.k === 'ghost') return GHOST_BIN;
    if (ref.k === 'held') {
      const held = sku === undefined ? [] : (this.obs.stock.get(skuKey(sku))?.bins ?? []).map((b) => b.bin);
      const from = held.length > 0 ? held : this.bins;
      if (from.length === 0) return BINS[0]!;
      return from[ref.i % from.length]!;
    }
    if (ref.k === 'pool' || this.bins.length === 0) return BINS[ref.k === 'pool' ? ref.i : 0]!;
    const code = this.bins[ref.i % this.bins.length]!;
    return ref.lower ? code.toLowerCase() : code;
  }

  private order(ref: OrderRef): string {
    if (ref.k === 'pool' || this.orders.length === 0) return ORDER_POOL[ref.k === 'pool' ? ref.i : 0]!;
    return this.orders[ref.i % this.orders.length]!;
  }

  /** `fillable`: a backorder free stock could fill now (the Fulfillable Backorders filter), else any backorder. */
  private doc(ref: DocRef, kind: 'backorder' | 'pick' | 'fillable'): string {
    const all = [...this.obs.docs.entries()];
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

  /**
   * The Fulfillable Backorders filter, checked against Release Back Order: exactly the backorders a
   * release of every backorder would allocate to, each with what it would allocate (precedence first).
   */
  private fulfillableBackorders(): string[] {
    const all = this.look('backorders:list', { filter: 'all', limit: 1000 });
    const fillable = this.look('backorders:list', { filter: 'fulfillable', limit: 1000 });
    const backorders = [...this.obs.docs].filter(([, d]) => d.status === 'Back Order').map(([n]) => n);
    this.check(show(all.rows.map((r) => r.number).sort()) === show([...backorders].sort()), () => `the Backorders filter lists ${show(all.rows.map((r) => r.number))}, not ${show(backorders)}`);
    const review = all.rows.length > 0 ? this.look('backorders:review', { backorders: all.rows.map((r) => r.number) }) : [];
    const expected = review.filter((r) => r.verdict !== 'blocked').map((r) => `${r.backorder} ${sum(r.lines, (l) => l.allocatable)}`);
    const listed = fillable.rows.map((r) => `${r.number} ${r.fillableNow}`);
    this.check(show(listed) === show(expected), () => `the Fulfillable Backorders filter lists ${show(listed)}, expected ${show(expected)}`);
    return fillable.rows.map((r) => r.number);
  }

  /** An order's place in the queue: priority, order date, entry order. */
  private precedence(order: OrderDetail): [number, string, number] {
    return [PRIORITY_RANK[order.priority], order.orderDate, this.orders.indexOf(order.number)];
  }

  private orderLine(spec: OrderLineSpec) {
    return { sku: this.sku(spec.sku), qty: spec.qty, status: spec.status };
  }

  private receiptLines(lines: ReceiptLineSpec[]) {
    return lines.map((l) => {
      const sku = this.sku(l.sku);
      return l.bin === null ? { sku, qty: l.qty } : { sku, bin: this.bin(l.bin, sku), qty: l.qty };
    });
  }

  /** What an order line of `sku` x `qty` becomes: one line, or one per kit component. */
  private expand(sku: string, qty: number, status: LineStatus): ModelLine[] {
    const item = this.item(sku)!;
    const components = this.kits.get(skuKey(sku));
    if (!components || components.length === 0) return [{ sku: item.sku, qty, status }];
    return components.map((c) => ({ sku: c.sku, qty: qty * c.qty, status }));
  }

  private binRow(sku: string, bin: string) {
    return this.obs.stock.get(skuKey(sku))?.bins.find((b) => b.bin === bin.toUpperCase());
  }

  // ------------------------------------------------------------------------------------------
  // Set-up

  setup(setup: Setup): void {
    setup.items.forEach((spec, index) => {
      const item = this.setupCall('items:create', { sku: SKUS[index], description: `item ${index + 1}`, allowBackorder: spec.allowBackorder });
      this.addItem(item);
    });
    setup.bins.forEach((spec, index) => {
      const bin = this.setupCall('bins:create', { code: BINS[index], sequence: spec.sequence });
      this.bins.push(bin.code);
      this.sequences.set(bin.code, bin.sequence);
    });
    this.setupCall('settings:update', { autoRelease: setup.autoRelease });
    this.autoRelease = setup.autoRelease;
    if (setup.stock.length > 0) {
      const lines = setup.stock.map((s) => {
        const sku = this.itemOrder[s.item % this.itemOrder.length]!;
        return s.bin === null ? { sku, qty: s.qty } : { sku, bin: this.bins[s.bin % this.bins.length]!, qty: s.qty };
      });
      const result = this.setupCall('inventory:receive', { reference: 'OPENING', lines });
      for (const l of result.lines) this.received(l.sku, l.bin, l.qty);
    }
    this.afterStep();
  }

  private addItem(item: Output<'items:create'>): void {
    this.items.set(skuKey(item.sku), { sku: item.sku, id: item.id, allowBackorder: item.allowBackorder, active: item.active });
    this.itemOrder.push(item.sku);
    this.stock.set(skuKey(item.sku), zeroStock());
    this.picked.set(skuKey(item.sku), 0);
    this.byKind.set(skuKey(item.sku), { receipt: 0, adjustment: 0, 'status change': 0, 'pick issue': 0 });
  }

  private received(sku: string, bin: string, qty: number): void {
    this.stock.get(skuKey(sku))!.available += qty;
    this.byKind.get(skuKey(sku))!.receipt += qty;
    if (!this.bins.includes(bin)) {
      this.bins.push(bin);
      this.sequences.set(bin, null);
    }
  }

  // ------------------------------------------------------------------------------------------
  // After every step

  private observe(): Observation {
    const orders = new Map<string, OrderDetail>();
    const docs: Observation['docs'] = new Map();
    for (const number of this.orders) {
      const order = this.look('orders:get', { order: number });
      orders.set(number, order);
      for (const d of order.attachments) docs.set(d.number, { status: d.status, order: number, qty: d.qty });
    }
    const stock = new Map<string, ItemStock>();
    for (const sku of this.itemOrder) stock.set(skuKey(sku), this.look('inventory:itemStock', { sku }));
    const backorders: Observation['backorders'] = new Map();
    const picks: Observation['picks'] = new Map();
    for (const [number, doc] of docs) {
      if (!this.docBorn.has(number)) this.docBorn.set(number, this.stepNo);
      if (doc.status === 'Back Order') backorders.set(number, this.look('documents:get', { document: number }).lines.map((l) => ({ sku: l.sku, qty: l.qty })));
      if (isPick(doc.status)) {
        picks.set(number, this.look('documents:get', { document: number }).lines.flatMap((l) => l.bins.map((b) => ({ sku: l.sku, bin: b.bin, qty: b.qty }))));
      }
    }
    const binOrder = this.look('bins:list', {}).map((b) => b.code);
    return { orders, docs, stock, backorders, binOrder, picks };
  }

  /** The invariants and the model, after every step. Returns the new observation (the previous one stays in `prev`). */
  private afterStep(): { prev: Observation; next: Observation } {
    expect(verify(this.h.db).problems, this.context('verify found broken invariants')).toEqual([]);
    const prev = this.obs;
    const next = this.observe();

    // Stock: on hand per item and status is what was received, adjusted, moved and picked.
    for (const sku of this.itemOrder) {
      const key = skuKey(sku);
      const model = this.stock.get(key)!;
      const seen = next.stock.get(key)!.total;
      const expected = { ...model, onHand: sum(STOCK_STATUSES, (s) => model[s]) };
      const actual = { available: seen.available, frozen: seen.frozen, damaged: seen.damaged, quarantine: seen.quarantine, onHand: seen.onHand };
      this.check(show(actual) === show(expected), () => `stock of ${sku}: engine says ${show(actual)}, the model (received + adjusted - picked) ${show(expected)}`);
      this.check(seen.allocated >= 0 && seen.allocated <= seen.available, () => `stock of ${sku}: allocated ${seen.allocated} of ${seen.available} available`);
    }

    // Pick sequence of bins: explicit sequence first, then the natural order of the code (digit runs
    // compared as numbers), whatever their length.
    const binKey = (code: string) => {
      const m = /^([A-Z]+)-(\d+)$/.exec(code);
      return m ? { seq: this.sequences.get(code) ?? null, prefix: m[1]!, n: BigInt(m[2]!) } : { seq: this.sequences.get(code) ?? null, prefix: code, n: -1n };
    };
    const before = (x: string, y: string): boolean => {
      const a = binKey(x);
      const b = binKey(y);
      if ((a.seq === null) !== (b.seq === null)) return a.seq !== null;
      if (a.seq !== null && b.seq !== null && a.seq !== b.seq) return a.seq < b.seq;
      if (a.prefix !== b.prefix) return a.prefix < b.prefix;
      return a.n < b.n;
    };
    next.binOrder.forEach((code, i) => {
      const later = next.binOrder.slice(i + 1).find((other) => before(other, code));
      this.check(later === undefined, () => `bin pick sequence: ${later} should come before ${code}, but bins are in the order ${show(next.binOrder)} (sequences ${show([...this.sequences])})`);
    });

    // Pick sequence: stock newly allocated in this step was taken from the earliest bins with free
    // stock (explicit sequence first, then natural order of the code): no bin before one that was
    // newly allocated from still has free stock.
    for (const sku of this.itemOrder) {
      const bins = next.stock.get(skuKey(sku))!.bins;
      const before = prev.stock.get(skuKey(sku))?.bins ?? [];
      const taken = bins.map((b) => b.allocated - (before.find((x) => x.bin === b.bin)?.allocated ?? 0));
      const last = taken.findLastIndex((q) => q > 0);
      this.check(this.mayAllocate || last < 0, () => `${sku}: this step allocated ${taken[last]} in ${bins[last]!.bin}; it never should (no auto-release here)`);
      const skipped = bins.slice(0, Math.max(0, last)).filter((b) => b.free > 0);
      this.check(
        skipped.length === 0,
        () => `${sku}: this step allocated ${taken[last]} in ${bins[last]!.bin} while ${skipped.map((b) => `${b.bin} (${b.free} free)`).join(', ')} comes first in pick sequence: ${show(bins)}`,
      );
    }

    // Orders: every line accounted for, BOM as the model says, statuses only move forward.
    const completedBySku = new Map<string, number>();
    const SHIP_CODES: Record<DocStatus, string> = {
      'Back Order': 'Unshippable backorder',
      Open: 'Ready to ship',
      Printed: 'Ready to ship',
      Completed: 'Picked',
      Cancelled: 'Cancelled',
    };
    for (const [number, order] of next.orders) {
      for (const d of order.attachments) {
        this.check(d.shipCode === SHIP_CODES[d.status], () => `${d.number} is ${d.status} with ship code ${d.shipCode}`);
      }
      const before = prev.orders.get(number);
      if (before) {
        this.check(ORDER_MOVES[before.status].includes(order.status), () => `order ${number} went from ${before.status} to ${order.status}`);
      }
      const model = this.lines.get(number)!;
      const bom = order.billOfMaterial.map((l) => ({ lineNo: l.lineNo, sku: l.sku, qty: l.accounting.ordered, status: l.status }));
      const expected = [...model.entries()].sort(([a], [b]) => a - b).map(([lineNo, l]) => ({ lineNo, ...l }));
      this.check(show(bom) === show(expected), () => `order ${number}: bill of material ${show(bom)}, expected ${show(expected)}`);
      for (const line of order.billOfMaterial) {
        const a = line.accounting;
        const parts = [a.completed, a.allocated, a.backordered, a.unallocated, a.cancelled];
        this.check(
          parts.every((n) => Number.isInteger(n) && n >= 0) && sum(parts, (n) => n) === a.ordered,
          () => `order ${number} line ${line.lineNo}: ordered ${a.ordered} is not completed + allocated + backordered + unallocated + cancelled: ${show(a)}`,
        );
        const old = before?.billOfMaterial.find((l) => l.lineNo === line.lineNo);
        if (old && old.sku === line.sku) {
          this.check(
            a.completed >= old.accounting.completed && a.cancelled >= old.accounting.cancelled,
            () => `order ${number} line ${line.lineNo}: completed or cancelled went down: ${show(old.accounting)} -> ${show(a)}`,
          );
        }
        completedBySku.set(skuKey(line.sku), (completedBySku.get(skuKey(line.sku)) ?? 0) + a.completed);

        // The inventory status bar under the line, and its place in the backorder queue.
        const total = next.stock.get(skuKey(line.sku))!.total;
        const needs = line.status === 'Warehouse Pick' ? a.backordered + a.unallocated : 0;
        const bar = {
          onHand: total.onHand,
          available: total.available,
          frozen: total.frozen,
          allocated: total.allocated,
          free: total.free,
          allocatedToOthers: total.allocated - a.allocated,
          needs,
          coverage: needs === 0 || total.free >= needs ? 'full' : total.free > 0 ? 'partial' : 'none',
        };
        const shown = Object.fromEntries(Object.keys(bar).map((k) => [k, line.stock[k as keyof typeof line.stock]]));
        this.check(show(shown) === show(bar), () => `order ${number} line ${line.lineNo}: status bar ${show(shown)}, expected ${show(bar)}`);
        const me = this.precedence(order);
        const ahead =
          a.backordered === 0
            ? null
            : sum([...next.backorders], ([docNumber, docLines]) => {
                const other = next.orders.get(next.docs.get(docNumber)!.order)!;
                if (other.status !== 'Draft' && other.status !== 'Open') return 0;
                const them = this.precedence(other);
                const before = them[0] - me[0] || them[1].localeCompare(me[1]) || them[2] - me[2];
                return before < 0 ? sum(docLines.filter((l) => skuKey(l.sku) === skuKey(line.sku)), (l) => l.qty) : 0;
              });
        this.check(line.queueAhead === ahead, () => `order ${number} line ${line.lineNo}: ${line.queueAhead} queued ahead, expected ${ahead}`);
      }
    }
    // Policy `complete` is "ship nothing until every line can go": a step that puts more of such an
    // order onto picks (a run, a print, a release, a fill, a receipt's auto-release) leaves none of
    // its lines waiting on a backorder or unallocated. (A count or a short pick may still send part of
    // a complete order back to a backorder: those steps never allocate.)
    for (const [number, order] of next.orders) {
      const before = prev.orders.get(number);
      if (!before || before.policy !== 'complete' || order.policy !== 'complete') continue;
      const grew = order.billOfMaterial.filter((l) => l.accounting.allocated > (before.billOfMaterial.find((o) => o.lineNo === l.lineNo)?.accounting.allocated ?? 0));
      if (grew.length === 0) continue;
      const waiting = order.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && l.accounting.backordered + l.accounting.unallocated > 0);
      this.check(
        waiting.length === 0,
        () =>
          `order ${number} ships complete, yet this step allocated ${grew.map((l) => `line ${l.lineNo} (${l.sku})`).join(', ')} ` +
          `while ${waiting.map((l) => `line ${l.lineNo} (${l.sku}) waits for ${l.accounting.backordered + l.accounting.unallocated}`).join(', ')}`,
      );
    }

    // What was issued by picks is what order lines say was completed.
    for (const sku of this.itemOrder) {
      const picked = this.picked.get(skuKey(sku))!;
      const completed = completedBySku.get(skuKey(sku)) ?? 0;
      this.check(picked === completed, () => `${sku}: ${picked} issued by completed picks, but order lines say ${completed} completed`);
    }

    // Documents: never disappear, statuses only move forward, new ones start as picks or backorders.
    for (const [number, before] of prev.docs) {
      const now = next.docs.get(number);
      this.check(now !== undefined, () => `document ${number} disappeared`);
      this.check(DOC_MOVES[before.status].includes(now!.status), () => `document ${number} went from ${before.status} to ${now!.status}`);
    }
    for (const [number, doc] of next.docs) {
      if (isPick(doc.status) || doc.status === 'Back Order') {
        this.check(doc.qty > 0, () => `document ${number} is ${doc.status} but holds nothing (a document left empty is closed)`);
      }
      if (!prev.docs.has(number)) {
        this.check(['Open', 'Printed', 'Back Order'].includes(doc.status), () => `new document ${number} is ${doc.status}`);
      }
    }
    this.obs = next;
    return { prev, next };
  }

  // ------------------------------------------------------------------------------------------
  // Steps

  play(ops: Op[]): void {
    ops.forEach((op, index) => {
      this.stepLabel = `step ${index}: ${op.t}`;
      this.stepNo = index;
      this.mayAllocate = ['fulfillment:run', 'orders:print', 'orders:updateLine', 'inventory:receive', 'backorders:release', 'backorders:fill'].includes(op.t);
      this.transcript.push(`// step ${index}: ${op.t}`);
      const then = this.step(op);
      const { prev, next } = this.afterStep();
      then?.(prev, next);
    });
  }

  /** Runs one operation; may return checks that need the observation after it. */
  private step(op: Op): ((prev: Observation, next: Observation) => void) | void {
    switch (op.t) {
      case 'orders:create':
        return this.createOrder(op);
      case 'orders:addLine':
        return this.addLine(op.order, op.line);
      case 'orders:updateLine':
        return this.updateLine(op);
      case 'orders:removeLine':
        return this.removeLine(op.order, op.lineNo);
      case 'orders:update':
        return this.updateOrder(op);
      case 'fulfillment:run':
        return this.run(op.orders);
      case 'orders:print':
        return this.printOrder(op.order);
      case 'inventory:receive':
        return this.receive(op.reference, op.lines);
      case 'inventory:previewReceipt':
        this.act('inventory:previewReceipt', { reference: op.reference, lines: this.receiptLines(op.lines) }, 'query');
        return;
      case 'inventory:adjust':
        return this.adjust(op);
      case 'inventory:changeStatus':
        return this.changeStatus(op);
      case 'backorders:review':
        return this.review(op.docs);
      case 'backorders:release':
        return this.release(op.docs);
      case 'backorders:fill':
        return this.fill(op.doc, op.fill);
      case 'backorders:cancel':
        return this.cancelBackorder(op.doc);
      case 'picks:complete':
        return this.completePick(op.doc, op.lines);
      case 'picks:cancel':
        return this.cancelPick(op.doc);
      case 'print:done':
        return this.printSheet(op.doc);
      case 'orders:cancelLine':
        return this.cancelLine(op.order, op.lineNo);
      case 'orders:cancel':
        return this.cancelOrder(op.order);
      case 'items:create':
        return this.createItem(op);
      case 'items:update':
        return this.updateItem(op);
      case 'items:setKit':
        return this.setKit(op);
      case 'query':
        return this.query(op.query);
      case 'settings:update': {
        const out = this.act('settings:update', { autoRelease: op.autoRelease });
        if (!out.ok) this.fail('settings:update was refused');
        this.autoRelease = out.value.autoRelease;
        this.check(this.autoRelease === op.autoRelease, () => 'settings:update did not take');
        return;
      }
      case 'bins:create': {
        const code = op.bin === null ? 'D-7' : [...BINS, ...EXTRA_BINS][op.bin]!;
        const out = this.act('bins:create', { code, sequence: op.sequence });
        this.check(out.ok === !this.bins.includes(code), () => `bins:create ${code}: ${out.ok ? 'created a second time' : 'refused a new bin'}`);
        if (out.ok) {
          this.bins.push(out.value.code);
          this.sequences.set(out.value.code, out.value.sequence);
        }
        return;
      }
      case 'bins:update': {
        const code = this.bin(op.bin);
        const out = this.act('bins:update', { code, sequence: op.sequence });
        this.check(out.ok === this.bins.includes(code.toUpperCase()), () => `bins:update ${code}: ${out.ok ? 'accepted an unknown bin' : 'refused a known bin'}`);
        if (out.ok) this.sequences.set(out.value.code, out.value.sequence);
        return;
      }
    }
  }

  // --- orders -------------------------------------------------------------------------------

  private createOrder(op: Extract<Op, { t: 'orders:create' }>) {
    const lines = op.lines.map((l) => this.orderLine(l));
    const input = {
      ...(op.number === null ? {} : { number: ORDER_POOL[op.number] }),
      customer: 'Acme',
      orderDate: DATES[op.date],
      priority: op.priority,
      policy: op.policy,
      status: op.status,
      lines,
    };
    const out = this.act('orders:create', input);
    if (!out.ok) {
      this.check(
        (input.number !== undefined && this.orders.includes(input.number)) ||
          lines.some((l) => l.qty <= 0 || !this.item(l.sku)?.active || this.hasInactiveComponent(l.sku)),
        () => `orders:create refused a valid order: ${out.error.message}`,
      );
      return;
    }
    const order = out.value;
    this.check(!this.orders.includes(order.number), () => `orders:create made a second order ${order.number}`);
    if (input.number === undefined) {
      // The next number after the highest numeric order number (from 1001).
      const highest = this.orders.filter((n) => /^\d+$/.test(n)).reduce((m, n) => (BigInt(n) > m ? BigInt(n) : m), 1000n);
      this.check(order.number === String(highest + 1n), () => `an order entered without a number got ${order.number}, not ${highest + 1n}`);
    } else this.check(order.number === input.number, () => `order ${input.number} was stored as ${order.number}`);
    this.orders.push(order.number);
    const expected = lines.flatMap((l) => this.expand(l.sku, l.qty, l.status));
    this.lines.set(order.number, new Map(expected.map((l, i) => [i + 1, l])));
    this.check(order.status === op.status && order.attachments.length === 0, () => `orders:create: status ${order.status}, ${order.attachments.length} documents`);
    this.check(
      order.billOfMaterial.every((l) => l.accounting.unallocated === l.accounting.ordered),
      () => 'saving an order allocated something',
    );
  }

  private hasInactiveComponent(sku: string): boolean {
    return (this.kits.get(skuKey(sku)) ?? []).some((c) => !this.item(c.sku)?.active);
  }

  private addLine(ref: OrderRef, spec: OrderLineSpec) {
    const number = this.order(ref);
    const line = this.orderLine(spec);
    const out = this.act('orders:addLine', { order: number, line });
    const before = this.obs.orders.get(number);
    const valid = before?.status === 'Draft' && line.qty > 0 && this.item(line.sku)?.active === true && !this.hasInactiveComponent(line.sku);
    this.check(out.ok === valid, () => `orders:addLine to ${number} (${before?.status}): ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
    if (!out.ok) return;
    const model = this.lines.get(number)!;
    let lineNo = Math.max(0, ...model.keys()) + 1;
    for (const l of this.expand(line.sku, line.qty, line.status)) model.set(lineNo++, l);
  }

  private updateLine(op: Extract<Op, { t: 'orders:updateLine' }>) {
    const number = this.order(op.order);
    const input = { order: number, lineNo: op.lineNo, ...(op.qty === null ? {} : { qty: op.qty }), ...(op.status === null ? {} : { status: op.status }) };
    const out = this.act('orders:updateLine', input);
    const before = this.obs.orders.get(number);
    const old = before?.billOfMaterial.find((l) => l.lineNo === op.lineNo);
    if (!out.ok) return;
    this.check(before !== undefined && old !== undefined && (before.status === 'Draft' || before.status === 'Open'), () => 'orders:updateLine accepted a closed order or an unknown line');
    const a = old!.accounting;
    const placed = a.completed + a.allocated + a.backordered + a.cancelled;
    const qty = op.qty ?? old!.accounting.ordered;
    const status = op.status ?? old!.status;
    this.check(qty === a.ordered || before!.status === 'Draft', () => `orders:updateLine changed the quantity of a line of a ${before!.status} order`);
    this.check(qty >= placed, () => `orders:updateLine set qty ${qty} below the ${placed} already placed`);
    this.check(status === old!.status || a.allocated + a.backordered === 0, () => 'orders:updateLine changed the status of a line on a pick or backorder');
    this.lines.get(number)!.set(op.lineNo, { sku: old!.sku, qty, status });
    const shouldRun = before!.fulfilled && status === 'Warehouse Pick' && old!.status !== 'Warehouse Pick';
    const fulfillment = out.value.fulfillment;
    this.check((fulfillment !== null) === shouldRun, () => `orders:updateLine ${shouldRun ? 'did not run' : 'ran'} fulfillment`);
    if (fulfillment) return (prev: Observation, next: Observation) => this.checkRun([number], prev, next, fulfillment);
  }

  private removeLine(ref: OrderRef, lineNo: number) {
    const number = this.order(ref);
    const out = this.act('orders:removeLine', { order: number, lineNo });
    if (!out.ok) return;
    const before = this.obs.orders.get(number);
    const old = before?.billOfMaterial.find((l) => l.lineNo === lineNo);
    this.check(before?.status === 'Draft' && old !== undefined, () => 'orders:removeLine accepted a line of an order not in Draft, or an unknown line');
    const a = old!.accounting;
    this.check(a.completed + a.allocated + a.backordered + a.cancelled === 0, () => 'orders:removeLine removed a line with quantities placed');
    this.lines.get(number)!.delete(lineNo);
  }

  private updateOrder(op: Extract<Op, { t: 'orders:update' }>) {
    const number = this.order(op.order);
    const input = {
      order: number,
      ...(op.priority === null ? {} : { priority: op.priority }),
      ...(op.policy === null ? {} : { policy: op.policy }),
      ...(op.date === null ? {} : { orderDate: DATES[op.date] }),
    };
    const out = this.act('orders:update', input);
    const before = this.obs.orders.get(number);
    const valid = before !== undefined && (before.status === 'Draft' || before.status === 'Open');
    this.check(out.ok === valid, () => `orders:update ${number} (${before?.status}): ${out.ok ? 'accepted' : 'refused'}`);
  }

  // --- fulfillment ----------------------------------------------------------------------------

  private run(refs: OrderRef[] | 'all') {
    const numbers = refs === 'all' ? null : [...new Set(refs.map((r) => this.order(r)))];
    const out = this.act('fulfillment:run', numbers === null ? { all: true } : { orders: numbers });
    const known = numbers === null || numbers.every((n) => this.obs.orders.has(n));
    this.check(out.ok === known, () => `fulfillment:run ${out.ok ? 'accepted an unknown order' : `refused known orders: ${!out.ok && out.error.message}`}`);
    if (!out.ok) return;
    const selected = numbers ?? [...this.obs.orders.values()].filter((o) => o.status === 'Open').map((o) => o.number);
    const results = out.value;
    const reported = results.orders.map((o) => o.order).sort();
    this.check(show(reported) === show([...selected].sort()), () => `fulfillment:run reported on ${show(reported)}, selected ${show(selected)}`);
    return (prev: Observation, next: Observation) => this.checkRun(selected, prev, next, results);
  }

  /**
   * What a run may do to the orders it ran on: a Draft order becomes Open; only Warehouse Pick lines
   * move, and only from unallocated onto picks and backorders; an active backorderable item's line
   * is then fully placed; a line is never partly allocated and left partly unallocated; a `complete`
   * order gets all it needs or nothing; the results say what was allocated and backordered.
   */
  private checkRun(selected: string[], prev: Observation, next: Observation, results: FulfillmentResults): void {
    // Precedence: priority, then order date, then entry order, whatever order they were selected in.
    const entry = (n: string) => this.orders.indexOf(n);
    const inPrecedence = [...selected].sort((x, y) => {
      const a = prev.orders.get(x)!;
      const b = prev.orders.get(y)!;
      return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.orderDate.localeCompare(b.orderDate) || entry(x) - entry(y);
    });
    // Once a partial order backorders an active backorderable item, no free stock of it was left:
    // no order after it in this run gets any of it.
    const exhausted = new Map<string, string>();
    for (const number of inPrecedence) {
      const before = prev.orders.get(number)!;
      const after = next.orders.get(number)!;
      if (before.status !== 'Draft' && before.status !== 'Open') continue;
      for (const old of before.billOfMaterial) {
        const now = after.billOfMaterial.find((l) => l.lineNo === old.lineNo)!;
        if (now.status !== 'Warehouse Pick') continue;
        const key = skuKey(old.sku);
        const took = now.accounting.allocated - old.accounting.allocated;
        const by = exhausted.get(key);
        this.check(by === undefined || took === 0, () => `precedence: ${number} line ${old.lineNo} got ${took} of ${old.sku} after ${by} (ahead of it in precedence) had to backorder it`);
        const item = this.item(old.sku)!;
        if (before.policy === 'partial' && item.active && item.allowBackorder && now.accounting.backordered > old.accounting.backordered) {
          exhausted.set(key, `${number} line ${old.lineNo}`);
        }
      }
    }

    for (const number of selected) {
      const before = prev.orders.get(number)!;
      const after = next.orders.get(number)!;
      if (before.status !== 'Draft' && before.status !== 'Open') {
        this.check(show(after.billOfMaterial.map((l) => l.accounting)) === show(before.billOfMaterial.map((l) => l.accounting)), () => `a run changed closed order ${number}`);
        continue;
      }
      this.check(after.status === 'Open' && after.fulfilled, () => `after a run order ${number} is ${after.status}, fulfilled ${after.fulfilled}`);
      let allocated = 0;
      let backordered = 0;
      let released = 0;
      let leftUnallocated = false;
      for (const old of before.billOfMaterial) {
        const now = after.billOfMaterial.find((l) => l.lineNo === old.lineNo)!;
        const a = old.accounting;
        const b = now.accounting;
        // The status the run saw (orders:updateLine changes it just before its run).
        const where = `run on ${number} line ${old.lineNo} (${old.sku}, ${now.status}): ${show(a)} -> ${show(b)}`;
        if (now.status !== 'Warehouse Pick') {
          this.check(show(a) === show(b), () => `${where}: a line not filled from stock moved`);
          continue;
        }
        // Backordered units move only when an order that ships complete goes whole: its backorders become picks.
        const backorderMoved = b.backordered >= a.backordered || (before.policy === 'complete' && b.backordered === 0);
        this.check(b.completed === a.completed && b.cancelled === a.cancelled && b.allocated >= a.allocated && backorderMoved, () => `${where}: moved the wrong way`);
        released += Math.max(0, a.backordered - b.backordered);
        this.check(b.unallocated === 0 || b.unallocated === a.unallocated, () => `${where}: partly allocated, the rest left unallocated`);
        const item = this.item(old.sku)!;
        if (item.active && item.allowBackorder) this.check(b.unallocated === 0, () => `${where}: an active backorderable item left unallocated`);
        if (!item.allowBackorder) this.check(b.backordered <= a.backordered, () => `${where}: a run backordered an item that is not backorderable`);
        // Unplaced quantity of an inactive item stays unplaced (a backorder of it may still be released whole).
        if (!item.active) this.check(b.unallocated === a.unallocated && b.backordered <= a.backordered, () => `${where}: a run placed an inactive item`);
        allocated += b.allocated - a.allocated;
        backordered += Math.max(0, b.backordered - a.backordered);
        if (b.unallocated > 0) leftUnallocated = true;
      }
      const outcome = results.orders.find((o) => o.order === number);
      if (!outcome) this.fail(`the fulfillment results say nothing about ${number}`);
      // An error per line left unallocated, naming the reason; a warning per backordered line naming the backorder.
      for (const now of after.billOfMaterial) {
        if (now.status !== 'Warehouse Pick' || now.accounting.unallocated === 0) continue;
        const item = this.item(now.sku)!;
        const reasons = !item.active ? ['inactive_item'] : ['not_backorderable', 'only_frozen'];
        const alert = outcome.alerts.find((x) => x.level === 'error' && x.sku !== undefined && skuKey(x.sku) === skuKey(now.sku) && reasons.includes(x.reason));
        this.check(alert !== undefined, () => `run on ${number}: line ${now.lineNo} (${now.sku}) left unallocated without an error alert (${reasons.join(' or ')}): ${show(outcome.alerts)}`);
        this.check(now.alert !== null, () => `run on ${number}: line ${now.lineNo} (${now.sku}) left unallocated shows no alert`);
      }
      // Allocations go into the order's open pick (created if none); the shortfall onto one new backorder.
      const fresh = after.attachments.filter((d) => !prev.docs.has(d.number));
      const freshPicks = fresh.filter((d) => isPick(d.status)).map((d) => d.number);
      const freshBackorders = fresh.filter((d) => d.status === 'Back Order').map((d) => d.number);
      const hadOpenPick = before.attachments.some((d) => d.status === 'Open');
      // Released backorders become picks in place (and the order's open pick): no new pick is needed then.
      const placedFresh = allocated - released;
      this.check(freshPicks.length === (placedFresh > 0 && !hadOpenPick && released === 0 ? 1 : 0), () => `run on ${number}: new picks ${show(freshPicks)}, ${allocated} allocated (${released} from backorders), an open pick before: ${hadOpenPick}`);
      if (released === 0) this.check(outcome.picks.length === (allocated > 0 ? 1 : 0), () => `run on ${number}: results name picks ${show(outcome.picks)} for ${allocated} allocated`);
      else this.check(outcome.picks.length > 0 && outcome.picks.every((p) => after.attachments.some((d) => d.number === p && isPick(d.status))), () => `run on ${number}: results name picks ${show(outcome.picks)} after releasing ${released} from backorders`);
      this.check(show(freshBackorders) === show(outcome.backorder ? [outcome.backorder] : []), () => `run on ${number}: new backorders ${show(freshBackorders)}, results say ${outcome.backorder}`);
      for (const warning of outcome.alerts.filter((x) => x.reason === 'backordered')) {
        this.check(warning.level === 'warning' && warning.backorder === outcome.backorder && (warning.qty ?? 0) > 0, () => `run on ${number}: backorder warning ${show(warning)}`);
      }
      const reportedAllocated = sum(outcome.allocated, (x) => x.qty);
      const reportedBackordered = sum(
        outcome.alerts.filter((x) => x.reason === 'backordered'),
        (x) => x.qty ?? 0,
      );
      this.check(reportedAllocated === allocated, () => `run on ${number}: results say ${reportedAllocated} allocated, order lines moved ${allocated}`);
      this.check(reportedBackordered === backordered, () => `run on ${number}: alerts say ${reportedBackordered} backordered, order lines moved ${backordered}`);
      this.check((outcome.backorder !== null) === backordered > 0, () => `run on ${number}: backorder ${outcome.backorder} for ${backordered} units`);
      if (before.policy === 'complete' && allocated > 0) {
        // Ship nothing until every line can go: a run that allocates leaves no line of the order
        // waiting, neither placed in this run nor already waiting on a backorder.
        const waiting = after.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && l.accounting.backordered + l.accounting.unallocated > 0);
        this.check(
          backordered === 0 && !leftUnallocated && waiting.length === 0,
          () => `run on ${number} (ships complete) allocated ${allocated} while ${waiting.map((l) => `line ${l.lineNo} (${l.sku}) waits for ${l.accounting.backordered + l.accounting.unallocated}`).join(', ')}`,
        );
      }
    }
  }

  private printOrder(ref: OrderRef) {
    const number = this.order(ref);
    const out = this.act('orders:print', { order: number });
    const before = this.obs.orders.get(number);
    // Only a Draft or Open order prints; one whose run leaves nothing on a document says so.
    const live = before !== undefined && (before.status === 'Draft' || before.status === 'Open');
    this.check(!out.ok || live, () => `orders:print accepted a ${before?.status ?? 'unknown'} order ${number}`);
    if (!out.ok) {
      if (live) this.check(out.error.message.includes('has nothing to print'), () => `orders:print ${number} refused: ${out.error.message}`);
      return;
    }
    const result = out.value;
    return (prev: Observation, next: Observation) => {
      this.checkRun([number], prev, next, result.fulfillment);
      const after = next.orders.get(number)!;
      // Nothing is Printed until print:done records the sheets.
      const docs = after.attachments.filter((d) => isPick(d.status) || d.status === 'Back Order');
      const sheets = result.sheets.map((s) => ({ number: s.number, kind: s.kind, qty: sheetUnits(s) }));
      const expected = docs.map((d) => ({ number: d.number, kind: d.status === 'Back Order' ? 'backorder' : 'pick', qty: d.qty }));
      this.check(show(sheets) === show(expected), () => `orders:print sheets ${show(sheets)}, documents ${show(expected)}`);
      for (const sheet of result.sheets) this.checkSheetOrder(sheet, next);
    };
  }

  /** A pick sheet walks the bins in pick sequence. */
  private checkSheetOrder(sheet: Sheet, next: Observation): void {
    if (sheet.kind !== 'pick') return;
    const positions = sheet.lines.map((l) => next.binOrder.indexOf(l.bin));
    this.check(positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]!)), () => `pick sheet ${sheet.number} is not in pick sequence: ${show(sheet.lines.map((l) => l.bin))}, bins ${show(next.binOrder)}`);
  }

  // --- stock ----------------------------------------------------------------------------------

  private receive(reference: string, specs: ReceiptLineSpec[]) {
    const input = { reference, lines: this.receiptLines(specs) };
    const preview = this.act('inventory:previewReceipt', input, 'query');
    const out = this.act('inventory:receive', input);
    this.check(
      preview.ok === out.ok && (out.ok || (!preview.ok && preview.error.message === out.error.message)),
      () => `the preview (${preview.ok ? 'ok' : preview.error.message}) and the receipt (${out.ok ? 'ok' : out.error.message}) disagree`,
    );
    const valid = input.lines.every((l) => l.qty > 0 && this.item(l.sku) && (l.bin === undefined || this.bins.includes(l.bin.toUpperCase())));
    this.check(out.ok === valid, () => `inventory:receive ${out.ok ? 'accepted' : 'refused'} ${show(input)}`);
    if (!out.ok || !preview.ok) return;
    const result = out.value;
    expect(preview.value, this.context('the receipt did not do what its preview said')).toEqual(result);
    this.check(result.autoRelease === this.autoRelease, () => `receipt says autoRelease ${result.autoRelease}`);
    if (!this.autoRelease) this.check(result.released.length === 0, () => 'a receipt released backorders with auto-release off');
    this.check(result.lines.length === input.lines.length, () => 'receipt lines do not match the input');
    result.lines.forEach((posted, i) => {
      const asked = input.lines[i]!;
      this.check(skuKey(posted.sku) === skuKey(asked.sku) && posted.qty === asked.qty, () => `receipt line ${i} posted ${show(posted)} for ${show(asked)}`);
      if (asked.bin !== undefined) this.check(posted.bin === asked.bin.toUpperCase(), () => `receipt line ${i} went to ${posted.bin}, not ${asked.bin}`);
      else if (input.lines.filter((l) => skuKey(l.sku) === skuKey(asked.sku)).length === 1) {
        const primary = this.obs.stock.get(skuKey(asked.sku))?.bins[0]?.bin ?? 'RECEIVING';
        this.check(posted.bin === primary, () => `receipt line ${i} without a bin went to ${posted.bin}, not the primary bin ${primary}`);
      }
      this.received(posted.sku, posted.bin, posted.qty);
    });
    this.check(result.released.every((r) => r.outcome !== 'skipped'), () => 'a receipt reports skipped backorders as released');
    const receivedItems = new Set(result.lines.map((l) => skuKey(l.sku)));
    return (prev: Observation, next: Observation) => {
      this.checkReleased(result.released, next);
      if (!this.autoRelease) return;
      const waiting = [...prev.backorders].filter(([, lines]) => lines.some((l) => l.qty > 0 && receivedItems.has(skuKey(l.sku)))).map(([n]) => n);
      this.checkBackorderPrecedence(waiting, prev, next);
      // A partial-policy backorder takes what it can: none still waits for a received item that has free stock.
      for (const [docNumber, doc] of next.docs) {
        if (doc.status !== 'Back Order') continue;
        const order = next.orders.get(doc.order)!;
        if (order.policy !== 'partial') continue;
        const detail = this.look('documents:get', { document: docNumber });
        for (const line of detail.lines) {
          if (line.qty === 0 || !receivedItems.has(skuKey(line.sku))) continue;
          const free = next.stock.get(skuKey(line.sku))!.total.free;
          this.check(free === 0, () => `after the receipt ${docNumber} still waits for ${line.qty} of ${line.sku} while ${free} are free (auto-release on)`);
        }
      }
    };
  }

  /**
   * Releases serve backorders in precedence (priority, order date, entry order, then the backorder's
   * number): a partial-policy backorder that still holds an item after its turn took all there was,
   * so no backorder after it got any of that item.
   */
  private checkBackorderPrecedence(numbers: string[], prev: Observation, next: Observation): void {
    const key = (n: string) => {
      const order = prev.orders.get(prev.docs.get(n)!.order)!;
      return [...this.precedence(order), Number(n.slice(n.lastIndexOf('.') + 1))] as const;
    };
    const live = [...new Set(numbers)].filter((n) => {
      const doc = prev.docs.get(n);
      const order = doc && prev.orders.get(doc.order);
      return doc?.status === 'Back Order' && (order?.status === 'Draft' || order?.status === 'Open');
    });
    const queue = live.sort((x, y) => {
      const a = key(x);
      const b = key(y);
      return a[0] - b[0] || a[1].localeCompare(b[1]) || a[2] - b[2] || a[3] - b[3];
    });
    const holding = (n: string, obs: Observation, sku: string) =>
      obs.docs.get(n)?.status === 'Back Order' ? sum((obs.backorders.get(n) ?? []).filter((l) => skuKey(l.sku) === skuKey(sku)), (l) => l.qty) : 0;
    const exhausted = new Map<string, string>();
    for (const n of queue) {
      const skus = [...new Set((prev.backorders.get(n) ?? []).filter((l) => l.qty > 0).map((l) => l.sku))];
      for (const sku of skus) {
        const took = holding(n, prev, sku) - holding(n, next, sku);
        const by = exhausted.get(skuKey(sku));
        this.check(by === undefined || took === 0, () => `release precedence: ${n} got ${took} of ${sku} though ${by}, ahead of it, still waits for it`);
      }
      if (prev.orders.get(prev.docs.get(n)!.order)!.policy !== 'partial') continue;
      for (const sku of skus) if (holding(n, next, sku) > 0 && !exhausted.has(skuKey(sku))) exhausted.set(skuKey(sku), n);
    }
  }

  private checkReleased(outcomes: Output<'backorders:release'>['outcomes'], next: Observation): void {
    for (const o of outcomes) {
      if (o.outcome === 'released') {
        this.check(o.pick === o.backorder && next.docs.get(o.backorder)?.status === 'Open', () => `${o.backorder} released in place is ${next.docs.get(o.backorder)?.status}`);
      } else if (o.outcome === 'split') {
        const order = next.orders.get(o.order)!;
        this.check(order.policy === 'partial', () => `${o.backorder} of order ${o.order}, which ships complete, was split into ${o.pick}`);
        this.check(next.docs.get(o.pick)?.status === 'Open', () => `pick ${o.pick} split from ${o.backorder} is ${next.docs.get(o.pick)?.status}`);
        const left = next.docs.get(o.backorder);
        const remaining = sum(o.remaining, (r) => r.qty);
        this.check(left?.status === 'Back Order' && left.qty === remaining && remaining > 0, () => `${o.backorder} after a split: ${show(left)}, remaining ${show(o.remaining)}`);
      }
    }
  }

  private adjust(op: Extract<Op, { t: 'inventory:adjust' }>) {
    const sku = this.sku(op.sku);
    const bin = this.bin(op.bin, sku);
    const input = { sku, bin, status: op.status, mode: op.mode, qty: op.qty, reason: 'count' };
    const out = this.act('inventory:adjust', input);
    const row = this.binRow(sku, bin);
    const before = row?.[op.status] ?? 0;
    const after = op.mode === 'set' ? op.qty : before + op.qty;
    const valid = this.item(sku) !== undefined && this.bins.includes(bin.toUpperCase()) && after >= 0 && after !== before;
    this.check(out.ok === valid, () => `inventory:adjust from ${before} to ${after}: ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
    if (!out.ok) return;
    const result = out.value;
    this.check(result.before === before && result.after === after, () => `inventory:adjust says ${result.before} -> ${result.after}, expected ${before} -> ${after}`);
    this.stock.get(skuKey(sku))![op.status] += after - before;
    this.byKind.get(skuKey(sku))!.adjustment += after - before;
    const allocated = row?.allocated ?? 0;
    const owed = op.status === 'available' ? Math.max(0, allocated - after) : 0;
    this.checkGivenBack(result.givenBack, owed, 'inventory:adjust', sku, bin);
  }

  private changeStatus(op: Extract<Op, { t: 'inventory:changeStatus' }>) {
    const sku = this.sku(op.sku);
    const bin = this.bin(op.bin, sku);
    const row = this.binRow(sku, bin);
    const held = row?.[op.from] ?? 0;
    const qty = op.qty.k === 'abs' ? op.qty.n : op.qty.k === 'rel' ? Math.max(1, held + op.qty.d) : held;
    const input = { sku, bin, from: op.from, to: op.to, qty, reason: 'inspection' };
    const out = this.act('inventory:changeStatus', input);
    const valid = this.item(sku) !== undefined && this.bins.includes(bin.toUpperCase()) && op.from !== op.to && qty > 0 && held >= qty;
    this.check(out.ok === valid, () => `inventory:changeStatus of ${qty} (${held} held): ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
    if (!out.ok) return;
    const model = this.stock.get(skuKey(sku))!;
    model[op.from] -= qty;
    model[op.to] += qty;
    const owed = op.from === 'available' ? Math.max(0, (row?.allocated ?? 0) - (held - qty)) : 0;
    this.checkGivenBack(out.value.givenBack, owed, 'inventory:changeStatus', sku, bin);
  }

  /** Picks give back exactly what is no longer there, to a backorder when the item allows it. */
  private checkGivenBack(givenBack: Output<'inventory:adjust'>['givenBack'], owed: number, what: string, sku: string, bin: string): void {
    const total = sum(givenBack, (g) => g.qty);
    // The newest picks give back first: a pick newer than one that gave back gave back all it held there.
    const held = (pick: string) =>
      sum((this.obs.picks.get(pick) ?? []).filter((a) => skuKey(a.sku) === skuKey(sku) && a.bin === bin.toUpperCase()), (a) => a.qty);
    const gave = (pick: string) => sum(givenBack.filter((g) => g.pick === pick), (g) => g.qty);
    for (const g of givenBack) {
      for (const other of this.obs.picks.keys()) {
        if (held(other) === 0 || this.docBorn.get(other)! <= this.docBorn.get(g.pick)!) continue;
        this.check(gave(other) === held(other), () => `${what}: ${g.pick} gave back ${g.qty} while the newer ${other} kept ${held(other) - gave(other)} of its ${held(other)} in ${bin}`);
      }
    }
    this.check(total === owed, () => `${what}: picks gave back ${total}, ${owed} were allocated beyond what is left`);
    for (const g of givenBack) {
      const backorderable = this.item(g.sku)!.allowBackorder;
      this.check((g.backorder !== null) === backorderable, () => `${what}: ${g.qty} of ${g.sku} from ${g.pick} went to ${g.backorder}`);
    }
  }

  // --- backorders -----------------------------------------------------------------------------

  private review(refs: DocRef[]) {
    const numbers = refs.map((r) => this.doc(r, 'backorder'));
    const out = this.act('backorders:review', { backorders: numbers }, 'query');
    this.check(out.ok === numbers.every((n) => this.obs.docs.has(n)), () => `backorders:review ${out.ok ? 'accepted unknown' : 'refused known'} documents`);
    if (out.ok) this.checkReview(out.value, numbers);
  }

  private checkReview(review: Output<'backorders:review'>, numbers: string[]): void {
    this.check(show(review.map((r) => r.backorder).sort()) === show([...new Set(numbers)].sort()), () => `review covers ${show(review.map((r) => r.backorder))}`);
    for (const r of review) {
      const doc = this.obs.docs.get(r.backorder)!;
      if (doc.status !== 'Back Order') this.check(r.verdict === 'blocked', () => `review: ${r.backorder} is ${doc.status} but ${r.verdict}`);
      const full = r.lines.every((l) => l.allocatable === l.outstanding);
      const some = r.lines.some((l) => l.allocatable > 0);
      if (r.verdict === 'ready') this.check(full && r.lines.length > 0, () => `review: ${r.backorder} ready with ${show(r.lines)}`);
      if (r.verdict === 'partial') this.check(some && !full, () => `review: ${r.backorder} partial with ${show(r.lines)}`);
      if (r.verdict === 'partial') this.check(this.obs.orders.get(r.order)!.policy === 'partial', () => `review: ${r.backorder} of ${r.order}, which ships complete, is partial`);
      this.check(r.lines.every((l) => l.allocatable >= 0 && l.allocatable <= l.outstanding), () => `review: ${r.backorder} lines ${show(r.lines)}`);
    }
  }

  private release(refs: DocRef[]) {
    const numbers = refs.map((r, i) => this.doc(r, i === 0 ? 'fillable' : 'backorder'));
    const review = this.act('backorders:review', { backorders: numbers }, 'query');
    const out = this.act('backorders:release', { backorders: numbers });
    this.check(out.ok === numbers.every((n) => this.obs.docs.has(n)), () => `backorders:release ${out.ok ? 'accepted unknown' : 'refused known'} documents`);
    this.check(review.ok === out.ok, () => 'the review and the release disagree on refusing');
    if (!out.ok || !review.ok) return;
    this.checkReview(review.value, numbers);
    const said = review.value.map((r) => `${r.backorder}:${r.verdict}`);
    const did = out.value.outcomes.map((o) => `${o.backorder}:${o.outcome === 'released' ? 'ready' : o.outcome === 'split' ? 'partial' : 'blocked'}`);
    this.check(show(said) === show(did), () => `review said ${show(said)}, release did ${show(did)}`);
    const outcomes = out.value.outcomes;
    return (prev: Observation, next: Observation) => {
      this.checkReleased(outcomes, next);
      this.checkBackorderPrecedence(numbers, prev, next);
    };
  }

  private fill(ref: DocRef, spec: 'complete' | { line: { k: 'line'; i: number; lower: boolean } | { k: 'sku'; sku: SkuRef }; amount: Amount }[]) {
    const number = this.doc(ref, 'fillable');
    const known = this.obs.docs.get(number);
    const lines = known ? this.look('documents:get', { document: number }).lines.filter((l) => l.qty > 0) : [];
    const outstanding = (sku: string) => sum(lines.filter((l) => skuKey(l.sku) === skuKey(sku)), (l) => l.qty);
    let input: { backorder: string; complete: true } | { backorder: string; lines: ({ sku: string; all: true } | { sku: string; filled: number })[] };
    if (spec === 'complete') input = { backorder: number, complete: true };
    else {
      input = {
        backorder: number,
        lines: spec.map(({ line, amount }) => {
          const target = line.k === 'line' && lines.length > 0 ? lines[line.i % lines.length]! : undefined;
          const sku = target ? (line.k === 'line' && line.lower ? target.sku.toLowerCase() : target.sku) : this.sku(line.k === 'sku' ? line.sku : { k: 'item', i: 0, lower: false });
          if (amount.k === 'all') return { sku, all: true as const };
          // Relative to what free stock covers now: +1 is more than is free or outstanding.
          const base = target ? Math.max(1, target.freeNow ?? target.qty) : 1;
          return { sku, filled: amount.k === 'abs' ? amount.n : Math.max(1, base + amount.d) };
        }),
      };
    }
    const out = this.act('backorders:fill', input);

    // What the engine should do: fill the requests in turn from what is outstanding.
    let asked = 0;
    let overAsked = false;
    if ('complete' in input) asked = sum(lines, (l) => l.qty);
    else {
      const wanted = new Map<string, number>();
      for (const request of input.lines) {
        const key = skuKey(request.sku);
        const left = outstanding(request.sku) - (wanted.get(key) ?? 0);
        const q = 'all' in request ? left : request.filled;
        // A sku not outstanding, or more than is left, is refused; `All` of nothing left adds nothing.
        if (outstanding(request.sku) === 0 || q > left || (!('all' in request) && q <= 0)) overAsked = true;
        wanted.set(key, (wanted.get(key) ?? 0) + q);
        asked += q;
      }
    }
    const whole = asked === sum(lines, (l) => l.qty);
    if (!out.ok) {
      const order = known && this.obs.orders.get(known.order);
      const free = lines.every((l) => this.obs.stock.get(skuKey(l.sku))!.total.free >= outstanding(l.sku));
      // A complete order's backorder is filled only whole, and then the whole order goes: only when
      // nothing else of the order waits is free stock of this backorder's lines enough to say it must work.
      const waiting = order ? sum(order.billOfMaterial.filter((l) => l.status === 'Warehouse Pick'), (l) => l.accounting.backordered + l.accounting.unallocated) : 0;
      const completeOk = whole && waiting === sum(lines, (l) => l.qty);
      const mustWork = known?.status === 'Back Order' && !overAsked && asked > 0 && free && (order?.policy === 'partial' || completeOk);
      this.check(!mustWork, () => `backorders:fill refused a fill that free stock covers: ${out.error.message}`);
      return;
    }
    const result = out.value;
    this.check(known?.status === 'Back Order', () => `backorders:fill accepted ${number}, which is ${known?.status}`);
    this.check(!overAsked, () => 'backorders:fill accepted more than is outstanding');
    this.check(this.obs.orders.get(known!.order)!.policy === 'partial' || whole, () => 'backorders:fill filled part of a backorder of an order that ships complete');
    const filled = sum(result.filled, (f) => f.qty);
    this.check(filled === asked, () => `backorders:fill filled ${filled}, asked ${asked}`);
    this.check(result.inPlace === whole && (result.pick === number) === whole, () => `backorders:fill: inPlace ${result.inPlace}, pick ${result.pick}, whole ${whole}`);
    this.check(sum(result.remaining, (r) => r.qty) === sum(lines, (l) => l.qty) - asked, () => `backorders:fill remaining ${show(result.remaining)}`);
    const completePolicy = this.obs.orders.get(known!.order)!.policy === 'complete';
    return (_prev: Observation, next: Observation) => {
      // An order that ships complete goes whole: its unplaced lines join the filled pick, and nothing of it waits.
      const pick = next.docs.get(result.pick);
      const pickHolds = completePolicy ? (pick?.qty ?? 0) >= asked : pick?.qty === asked;
      this.check(pick?.status === 'Open' && pickHolds, () => `filled pick ${result.pick}: ${show(pick)}`);
      if (completePolicy) {
        const waiting = next.orders.get(known!.order)!.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && l.accounting.backordered + l.accounting.unallocated > 0);
        this.check(waiting.length === 0, () => `backorders:fill of ${number} (ships complete) left ${show(waiting.map((l) => l.lineNo))} waiting`);
      }
      if (!whole) this.check(next.docs.get(number)?.status === 'Back Order', () => `${number} after a partial fill is ${next.docs.get(number)?.status}`);
    };
  }

  private cancelBackorder(ref: DocRef) {
    const number = this.doc(ref, 'backorder');
    const out = this.act('backorders:cancel', { backorder: number });
    const status = this.obs.docs.get(number)?.status;
    this.check(out.ok === (status === 'Back Order'), () => `backorders:cancel of a ${status} document: ${out.ok ? 'accepted' : 'refused'}`);
    if (!out.ok) return;
    this.check(out.value.status === 'Cancelled', () => `backorders:cancel left it ${out.value.status}`);
    return (prev: Observation, next: Observation) => this.checkCancelled(number, 'backordered', prev, next);
  }

  // --- picks ----------------------------------------------------------------------------------

  private completePick(ref: DocRef, specs: { line: number; lower: boolean; amount: Amount }[]) {
    const number = this.doc(ref, 'pick');
    const known = this.obs.docs.get(number);
    const lines = known ? this.look('documents:get', { document: number }).lines.filter((l) => l.qty > 0) : [];
    const allocatedOf = (sku: string) => sum(lines.filter((l) => skuKey(l.sku) === skuKey(sku)), (l) => l.qty);
    const requests: { sku: string; picked: number }[] = [];
    for (const spec of specs) {
      const target = lines.length > 0 ? lines[spec.line % lines.length]! : undefined;
      const sku = target ? (spec.lower ? target.sku.toLowerCase() : target.sku) : this.sku({ k: 'item', i: spec.line, lower: spec.lower });
      if (requests.some((r) => skuKey(r.sku) === skuKey(sku))) continue;
      const picked = spec.amount.k === 'abs' ? spec.amount.n : spec.amount.k === 'rel' ? Math.max(0, allocatedOf(sku) + spec.amount.d) : allocatedOf(sku);
      requests.push({ sku, picked });
    }
    const out = this.act('picks:complete', { pick: number, lines: requests });
    const valid = isPick(known?.status) && requests.every((r) => r.picked >= 0 && allocatedOf(r.sku) > 0 && r.picked <= allocatedOf(r.sku));
    this.check(out.ok === valid, () => `picks:complete of ${number} (${known?.status}): ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
    if (!out.ok) return;
    const result = out.value;
    // What was pulled per sku: as asked, else all of it.
    const skus = [...new Map(lines.map((l) => [skuKey(l.sku), l.sku])).values()];
    const expectedPicked = skus.map((sku) => ({ sku, qty: requests.find((r) => skuKey(r.sku) === skuKey(sku))?.picked ?? allocatedOf(sku) }));
    const perSku = (list: { sku: string; qty: number }[]) =>
      show(Object.entries(list.reduce<Record<string, number>>((m, x) => ({ ...m, [skuKey(x.sku)]: (m[skuKey(x.sku)] ?? 0) + x.qty }), {})).filter(([, q]) => q > 0).sort());
    this.check(perSku(result.picked) === perSku(expectedPicked), () => `picks:complete picked ${show(result.picked)}, expected ${show(expectedPicked)}`);
    const expectedShort = expectedPicked.map((p) => ({ sku: p.sku, qty: allocatedOf(p.sku) - p.qty }));
    this.check(perSku(result.short) === perSku(expectedShort), () => `picks:complete short ${show(result.short)}, expected ${show(expectedShort)}`);
    for (const s of result.short) {
      this.check((s.backorder !== null) === this.item(s.sku)!.allowBackorder, () => `picks:complete: ${s.qty} short of ${s.sku} went to ${s.backorder}`);
      this.check(s.countBins.length > 0, () => `picks:complete: ${s.qty} short of ${s.sku} without a bin to count`);
    }
    for (const p of expectedPicked) {
      this.stock.get(skuKey(p.sku))!.available -= p.qty;
      this.picked.set(skuKey(p.sku), this.picked.get(skuKey(p.sku))! + p.qty);
      this.byKind.get(skuKey(p.sku))!['pick issue'] -= p.qty;
    }
    return (_prev: Observation, next: Observation) => {
      this.check(next.docs.get(number)?.status === 'Completed', () => `${number} after picks:complete is ${next.docs.get(number)?.status}`);
      this.check(next.orders.get(known!.order)!.status === result.orderStatus, () => `picks:complete says the order is ${result.orderStatus}`);
    };
  }

  private cancelPick(ref: DocRef) {
    const number = this.doc(ref, 'pick');
    const out = this.act('picks:cancel', { pick: number });
    const status = this.obs.docs.get(number)?.status;
    this.check(out.ok === isPick(status), () => `picks:cancel of a ${status} document: ${out.ok ? 'accepted' : 'refused'}`);
    if (!out.ok) return;
    this.check(out.value.status === 'Cancelled', () => `picks:cancel left it ${out.value.status}`);
    return (prev: Observation, next: Observation) => this.checkCancelled(number, 'allocated', prev, next);
  }

  /** A sheet printed as the print view does it: print:sheets, then print:done with its version. */
  private printSheet(ref: DocRef) {
    const number = this.doc(ref, 'pick');
    const doc = this.obs.docs.get(number);
    const sheets = this.act('print:sheets', { documents: [number] }, 'query');
    const printable = isPick(doc?.status) || doc?.status === 'Back Order';
    this.check(sheets.ok === printable, () => `print:sheets of a ${doc?.status} document: ${sheets.ok ? 'given' : 'refused'}`);
    if (!sheets.ok) return;
    const sheet = sheets.value[0]!;
    this.check(sheetUnits(sheet) === doc!.qty, () => `${sheet.kind} sheet of ${number} lists ${sheetUnits(sheet)}, it holds ${doc!.qty}`);
    const out = this.act('print:done', { documents: [{ number, version: sheet.version }] });
    this.check(out.ok, () => `print:done of ${number} refused: ${out.ok ? '' : out.error.message}`);
    return (_prev: Observation, next: Observation) => {
      const expected = doc!.status === 'Back Order' ? 'Back Order' : 'Printed';
      this.check(next.docs.get(number)?.status === expected, () => `${number} after print:done is ${next.docs.get(number)?.status}`);
      this.checkSheetOrder(sheet, next);
    };
  }

  // --- cancelling -----------------------------------------------------------------------------

  /** Cancelling a document moves exactly what it held to cancelled on its order's lines. */
  private checkCancelled(number: string, from: 'allocated' | 'backordered', prev: Observation, next: Observation): void {
    const held = prev.docs.get(number)!.qty;
    const order = prev.docs.get(number)!.order;
    const delta = (f: keyof LineAccounting) =>
      sum(next.orders.get(order)!.billOfMaterial, (l) => l.accounting[f] - (prev.orders.get(order)!.billOfMaterial.find((o) => o.lineNo === l.lineNo)?.accounting[f] ?? 0));
    this.check(delta('cancelled') === held && delta(from) === -held, () => `cancelling ${number} (${held}) moved ${delta('cancelled')} to cancelled and ${delta(from)} ${from}`);
  }

  private cancelLine(ref: OrderRef, lineNo: number) {
    const number = this.order(ref);
    const out = this.act('orders:cancelLine', { order: number, lineNo });
    const before = this.obs.orders.get(number);
    const old = before?.billOfMaterial.find((l) => l.lineNo === lineNo);
    const open = (a: LineAccounting) => a.allocated + a.backordered + a.unallocated;
    const valid = (before?.status === 'Draft' || before?.status === 'Open') && old !== undefined && open(old.accounting) > 0;
    this.check(out.ok === valid, () => `orders:cancelLine ${number}/${lineNo}: ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
    if (!out.ok) return;
    const qty = sum(out.value.cancelled, (c) => c.qty);
    this.check(qty === open(old!.accounting), () => `orders:cancelLine cancelled ${qty} of ${open(old!.accounting)} open`);
    return (_prev: Observation, next: Observation) => {
      const a = next.orders.get(number)!.billOfMaterial.find((l) => l.lineNo === lineNo)!.accounting;
      this.check(
        open(a) === 0 && a.completed === old!.accounting.completed && a.cancelled === old!.accounting.cancelled + qty,
        () => `line after orders:cancelLine: ${show(a)}, before ${show(old!.accounting)}`,
      );
    };
  }

  private cancelOrder(ref: OrderRef) {
    const number = this.order(ref);
    const out = this.act('orders:cancel', { order: number });
    const before = this.obs.orders.get(number);
    const valid = before?.status === 'Draft' || before?.status === 'Open';
    this.check(out.ok === valid, () => `orders:cancel of a ${before?.status} order: ${out.ok ? 'accepted' : 'refused'}`);
    if (!out.ok) return;
    return (_prev: Observation, next: Observation) => {
      const after = next.orders.get(number)!;
      this.check(after.status === 'Cancelled', () => `order ${number} after orders:cancel is ${after.status}`);
      for (const line of after.billOfMaterial) {
        const a = line.accounting;
        const old = before!.billOfMaterial.find((l) => l.lineNo === line.lineNo)!.accounting;
        this.check(a.allocated + a.backordered + a.unallocated === 0 && a.completed === old.completed, () => `line ${line.lineNo} after orders:cancel: ${show(a)}`);
      }
    };
  }

  // --- read-only calls ------------------------------------------------------------------------

  private query(q: Query) {
    switch (q.q) {
      case 'print:sheets': {
        const number = this.doc(q.doc, 'backorder');
        const doc = this.obs.docs.get(number);
        const out = this.act('print:sheets', { documents: [number] }, 'query');
        const printable = isPick(doc?.status) || doc?.status === 'Back Order';
        this.check(out.ok === printable, () => `print:sheets of a ${doc?.status} document: ${out.ok ? 'given' : 'refused'}`);
        if (!out.ok) return;
        const sheet = out.value[0]!;
        const kind = doc!.status === 'Back Order' ? 'backorder' : 'pick';
        this.check(sheet.kind === kind && sheetUnits(sheet) === doc!.qty, () => `${sheet.kind} sheet of ${number} lists ${show(sheet.lines)}, it holds ${doc!.qty}`);
        return;
      }
      case 'documents:get': {
        const number = this.doc(q.doc, 'pick');
        const doc = this.obs.docs.get(number);
        const out = this.act('documents:get', { document: number }, 'query');
        this.check(out.ok === (doc !== undefined), () => `documents:get ${number}: ${out.ok ? 'given' : 'refused'}`);
        if (!out.ok) return;
        const d = out.value;
        this.check(d.status === doc!.status && d.order === doc!.order && sum(d.lines, (l) => l.qty) === doc!.qty, () => `documents:get ${number}: ${show(d)} but the order shows ${show(doc)}`);
        for (const line of d.lines) {
          const inBins = sum(line.bins, (b) => b.qty);
          if (isPick(d.status)) this.check(inBins === line.qty, () => `${number} line ${line.lineNo}: ${line.qty} allocated, bins say ${inBins}`);
          if (d.status === 'Back Order') {
            const free = this.obs.stock.get(skuKey(line.sku))!.total.free;
            this.check(line.freeNow === Math.min(line.qty, free), () => `${number} line ${line.lineNo}: freeNow ${line.freeNow}, ${line.qty} outstanding and ${free} free`);
          }
        }
        return;
      }
      case 'backorders:list': {
        const input = { filter: q.filter, ...(q.sku === null ? {} : { query: this.sku(q.sku) }) };
        const out = this.act('backorders:list', input, 'query');
        if (!out.ok) this.fail(`backorders:list was refused: ${out.error.message}`);
        this.check(out.value.rows.every((r) => r.status === 'Back Order' && r.outstanding > 0 && this.obs.backorders.has(r.number)), () => `backorders:list lists ${show(out.value.rows)}`);
        if (input.query !== undefined && q.filter === 'all') {
          const holding = [...this.obs.backorders].filter(([, lines]) => lines.some((l) => l.qty > 0 && skuKey(l.sku) === skuKey(input.query!))).map(([n]) => n);
          const missing = holding.filter((n) => !out.value.rows.some((r) => r.number === n));
          this.check(missing.length === 0, () => `searching backorders for ${input.query} misses ${show(missing)}`);
        }
        return;
      }
      case 'inventory:ledger': {
        const sku = this.sku(q.sku);
        const out = this.act('inventory:ledger', { sku, limit: 1000 }, 'query');
        this.check(out.ok === (this.item(sku) !== undefined), () => `inventory:ledger ${sku}: ${out.ok ? 'given' : 'refused'}`);
        if (!out.ok) return;
        const onHand = this.obs.stock.get(skuKey(sku))!.total.onHand;
        const total = sum(out.value.rows, (r) => r.qty);
        this.check(out.value.total === out.value.rows.length && total === onHand, () => `the ledger of ${sku} adds up to ${total}, on hand is ${onHand}`);
        const kinds = Object.fromEntries(Object.keys(this.byKind.get(skuKey(sku))!).map((k) => [k, sum(out.value.rows.filter((r) => r.kind === k), (r) => r.qty)]));
        this.check(show(kinds) === show(this.byKind.get(skuKey(sku))), () => `the ledger of ${sku} per kind ${show(kinds)}, expected ${show(this.byKind.get(skuKey(sku)))}`);
        this.check(out.value.rows.every((r, i) => r.qty !== 0 && (i === 0 || r.id < out.value.rows[i - 1]!.id)), () => `the ledger of ${sku} is not newest first`);
        this.check(
          out.value.rows.filter((r) => r.kind === 'pick issue').every((r) => r.document !== null && this.obs.docs.get(r.document)?.status === 'Completed'),
          () => `a pick issue of ${sku} does not name a completed pick`,
        );
        return;
      }
      case 'inventory:list': {
        const out = this.act('inventory:list', { filter: q.filter, limit: 1000 }, 'query');
        if (!out.ok) this.fail(`inventory:list was refused: ${out.error.message}`);
        for (const row of out.value.rows) {
          const seen = this.obs.stock.get(skuKey(row.sku))!.total;
          this.check(
            row.onHand === seen.onHand && row.allocated === seen.allocated && row.free === seen.free && row.frozen === seen.frozen,
            () => `inventory:list row ${show(row)} disagrees with the item's stock ${show(seen)}`,
          );
          const waiting = sum([...this.obs.orders.values()].filter((o) => o.status === 'Draft' || o.status === 'Open'), (o) =>
            sum(o.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && skuKey(l.sku) === skuKey(row.sku)), (l) => l.accounting.backordered + l.accounting.unallocated),
          );
          this.check(row.waiting === waiting, () => `inventory:list: ${row.waiting} of ${row.sku} waiting, order lines say ${waiting}`);
          if (q.filter === 'frozen') this.check(row.frozen > 0, () => `the frozen filter lists ${row.sku} with nothing frozen`);
          if (q.filter === 'low') this.check(row.free < row.waiting, () => `the low filter lists ${row.sku}: ${row.free} free, ${row.waiting} waiting`);
        }
        if (q.filter === 'all') {
          const active = this.itemOrder.filter((sku) => this.item(sku)!.active);
          this.check(out.value.rows.length === active.length, () => `inventory:list lists ${out.value.rows.length} items, ${active.length} are active`);
        }
        return;
      }
      case 'orders:list': {
        const out = this.act('orders:list', { limit: 1000 }, 'query');
        if (!out.ok) this.fail(`orders:list was refused: ${out.error.message}`);
        this.check(show(out.value.rows.map((r) => r.number).sort()) === show([...this.orders].sort()), () => `orders:list lists ${show(out.value.rows.map((r) => r.number))}`);
        return;
      }
      case 'orders:get': {
        const number = this.order(q.order);
        const out = this.act('orders:get', { order: number }, 'query');
        this.check(out.ok === this.orders.includes(number), () => `orders:get ${number}: ${out.ok ? 'given' : 'refused'}`);
        return;
      }
      case 'items:list': {
        const out = this.act('items:list', { includeInactive: true }, 'query');
        if (!out.ok) this.fail(`items:list was refused: ${out.error.message}`);
        this.check(out.value.total === this.itemOrder.length, () => `items:list counts ${out.value.total} items`);
        return;
      }
      case 'items:getKit': {
        const sku = this.sku(q.sku);
        const out = this.act('items:getKit', { kit: sku }, 'query');
        this.check(out.ok === (this.item(sku) !== undefined), () => `items:getKit ${sku}: ${out.ok ? 'given' : 'refused'}`);
        if (!out.ok) return;
        const expected = (this.kits.get(skuKey(sku)) ?? []).map((c) => [c.sku, c.qty]);
        this.check(show(out.value.components.map((c) => [c.sku, c.qty])) === show(expected), () => `items:getKit ${sku}: ${show(out.value.components)}`);
        return;
      }
      case 'bins:list': {
        const out = this.act('bins:list', {}, 'query');
        if (!out.ok) this.fail(`bins:list was refused: ${out.error.message}`);
        this.check(show(out.value.map((b) => b.code).sort()) === show([...this.bins].sort()), () => `bins:list lists ${show(out.value.map((b) => b.code))}`);
        return;
      }
      case 'settings:get': {
        const out = this.act('settings:get', {}, 'query');
        this.check(out.ok && out.value.autoRelease === this.autoRelease, () => `settings:get says ${show(out)}`);
        return;
      }
      case 'inventory:verify': {
        const out = this.act('inventory:verify', {}, 'query');
        this.check(out.ok && out.value.ok && out.value.problems.length === 0, () => `inventory:verify says ${show(out)}`);
        return;
      }
    }
  }

  // --- catalogue ------------------------------------------------------------------------------

  private createItem(op: Extract<Op, { t: 'items:create' }>) {
    const sku = op.lower ? SKUS[op.sku]!.toLowerCase() : SKUS[op.sku]!;
    const out = this.act('items:create', { sku, allowBackorder: op.allowBackorder });
    this.check(out.ok === (this.item(sku) === undefined), () => `items:create ${sku}: ${out.ok ? 'accepted a duplicate' : 'refused a new sku'}`);
    if (out.ok) this.addItem(out.value);
  }

  private updateItem(op: Extract<Op, { t: 'items:update' }>) {
    const item = this.item(this.sku(op.sku));
    const input = {
      id: item?.id ?? 999,
      ...(op.allowBackorder === null ? {} : { allowBackorder: op.allowBackorder }),
      ...(op.active === null ? {} : { active: op.active }),
    };
    const out = this.act('items:update', input);
    this.check(out.ok === (item !== undefined), () => `items:update ${out.ok ? 'accepted an unknown item' : 'refused a known item'}`);
    if (!out.ok) return;
    item!.allowBackorder = out.value.allowBackorder;
    item!.active = out.value.active;
    this.check(
      (op.allowBackorder ?? item!.allowBackorder) === item!.allowBackorder && (op.active ?? item!.active) === item!.active,
      () => 'items:update did not take',
    );
  }

  private setKit(op: Extract<Op, { t: 'items:setKit' }>) {
    const kit = this.sku(op.kit);
    const components = op.components.map((c) => ({ sku: this.sku(c.sku), qty: c.qty }));
    const out = this.act('items:setKit', { kit, components });
    if (!out.ok) return;
    const kitItem = this.item(kit)!;
    this.check(components.every((c) => c.qty > 0 && this.item(c.sku) !== undefined && skuKey(c.sku) !== skuKey(kit)), () => 'items:setKit accepted a bad component');
    if (out.value.components.length === 0) this.kits.delete(skuKey(kitItem.sku));
    else this.kits.set(skuKey(kitItem.sku), out.value.components.map((c) => ({ sku: c.sku, qty: c.qty })));
    this.check(show(out.value.components.map((c) => [skuKey(c.sku), c.qty])) === show(components.map((c) => [skuKey(c.sku), c.qty])), () => 'items:setKit stored other components');
    // Kits are one level deep.
    for (const [k, list] of this.kits) {
      this.check(list.every((c) => !this.kits.has(skuKey(c.sku))), () => `kit ${k} has a component that is itself a kit`);
    }
  }
}

describe('fulfillment engine, random operation sequences', () => {
  it(
    `keeps every invariant over ${RUNS} runs of up to ${MAX_STEPS} steps`,
    () => {
      fc.assert(
        fc.property(setupArb, opsArb(MAX_STEPS), (setup, ops) => {
          const run = new Run();
          try {
            run.setup(setup);
            run.play(ops);
          } finally {
            run.h.db.close();
          }
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), ...(PATH ? { path: PATH } : {}) },
      );
      printStats();
    },
    Math.max(60_000, RUNS * 1_500),
  );
});
