// Generators for the engine property test: a random set-up and a list of abstract operation
// descriptors. Descriptors hold small indices, not concrete skus, order or document numbers: the
// interpreter in engine.property.test.ts resolves them against what exists at that step, so that
// most operations hit real orders and documents (and still collide), and shrinking stays meaningful.
import fc from 'fast-check';
import { LINE_STATUSES, PRIORITIES, POLICIES, type LineStatus, type Priority, type ShippingPolicy } from '../../shared/domain/orders';
import type { StockStatus } from '../../shared/domain/inventory';

/** The item catalogue pool: the set-up creates the first few, `items:create` may add the rest. */
export const SKUS = ['BOLT-1', 'NUT-2', 'GEAR-3', 'WASHER-4', 'SPRING-5', 'PIN-6'] as const;
/** Never created: operations naming it are refused. */
export const GHOST_SKU = 'GHOST-9';
/** Bin pool: `A-2` sorts before `A-10` naturally; some get an explicit sequence. */
export const BINS = ['A-01', 'A-2', 'A-10', 'B-1', 'C-3'] as const;
export const GHOST_BIN = 'Z-99';
/** Bins `bins:create` may add later: one that sorts between pool bins, and long digit runs. */
export const EXTRA_BINS = ['A-9', 'B-9999999999', 'B-10000000000'] as const;
/**
 * Order numbers given on creation (collide on purpose); without one the engine numbers it after the
 * highest numeric one. The last is above 2^53 (numbers may be up to 32 characters).
 */
export const ORDER_POOL = ['1040', '1041', '1042', '1043', '1044', '9007199254740993'] as const;
/** Few dates, so that precedence ties are broken by priority and entry order. */
export const DATES = ['2026-11-01', '2026-11-02', '2026-11-03'] as const;

// ---------------------------------------------------------------------------------------------
// References, resolved at run time

/**
 * An existing item (index modulo the items created so far), an item some backorder waits for (else
 * any item), or a sku that is not in the catalogue.
 */
export type SkuRef = { k: 'item'; i: number; lower: boolean } | { k: 'wanted'; i: number } | { k: 'ghost' };
/**
 * A bin that holds the item in question (else any existing bin), any existing bin, a bin of the pool
 * (created or not), or one never created.
 */
export type BinRef = { k: 'held'; i: number } | { k: 'bin'; i: number; lower: boolean } | { k: 'pool'; i: number } | { k: 'ghost' };
/** An order created so far (modulo), or a raw number of the pool (perhaps never created). */
export type OrderRef = { k: 'known'; i: number } | { k: 'pool'; i: number };
/**
 * A document: one of the documents of the kind the operation wants (backorders for fill, release and
 * cancel; open or printed picks for complete, cancel and print), any document at all, or a guessed
 * number `<order>.00n` that may not exist.
 */
export type DocRef = { k: 'kind'; i: number } | { k: 'any'; i: number } | { k: 'guess'; order: OrderRef; suffix: number };

/** A quantity: mostly small and valid, sometimes 0 or negative (the schema refuses those). */
const qty = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1) });
/** An order line quantity: invalid ones are rarer, since one spoils the whole order. */
const lineQty = fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1) });
const rarely = fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

/** Half the time absent (null). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });

export const skuRef: fc.Arbitrary<SkuRef> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ k: fc.constant('item' as const), i: fc.nat(6), lower: rarely }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('wanted' as const), i: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'ghost' as const }) },
);

export const binRef: fc.Arbitrary<BinRef> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ k: fc.constant('held' as const), i: fc.nat(3) }) },
  { weight: 6, arbitrary: fc.record({ k: fc.constant('bin' as const), i: fc.nat(5), lower: rarely }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pool' as const), i: fc.nat(BINS.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'ghost' as const }) },
);

export const orderRef: fc.Arbitrary<OrderRef> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ k: fc.constant('known' as const), i: fc.nat(8) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pool' as const), i: fc.nat(ORDER_POOL.length - 1) }) },
);

export const docRef: fc.Arbitrary<DocRef> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ k: fc.constant('kind' as const), i: fc.nat(8) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('any' as const), i: fc.nat(12) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('guess' as const), order: orderRef, suffix: fc.integer({ min: 1, max: 4 }) }) },
);

const lineStatus: fc.Arbitrary<LineStatus> = fc.oneof(
  { weight: 10, arbitrary: fc.constant('Warehouse Pick' as const) },
  { weight: 1, arbitrary: fc.constantFrom(...LINE_STATUSES) },
);
const stockStatus: fc.Arbitrary<StockStatus> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('available' as const) },
  { weight: 3, arbitrary: fc.constant('frozen' as const) },
  { weight: 2, arbitrary: fc.constant('damaged' as const) },
  { weight: 1, arbitrary: fc.constant('quarantine' as const) },
);
/** Status changes a clerk makes: freezing and unfreezing, writing off as damaged, quarantine. */
const STATUS_MOVES: [StockStatus, StockStatus][] = [
  ['available', 'frozen'],
  ['available', 'frozen'],
  ['available', 'frozen'],
  ['frozen', 'available'],
  ['frozen', 'available'],
  ['available', 'damaged'],
  ['damaged', 'available'],
  ['frozen', 'damaged'],
  ['available', 'quarantine'],
  ['quarantine', 'available'],
];
/** How much to move: relative to what the bin holds in `from` (+1 is too much), or a raw number. */
const statusQty: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant('rel' as const), d: fc.integer({ min: -3, max: 1 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('abs' as const), n: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(0) }) }) },
);
const priority: fc.Arbitrary<Priority> = fc.constantFrom('normal', ...PRIORITIES);
const policy: fc.Arbitrary<ShippingPolicy> = fc.constantFrom(...POLICIES);
const lineNo = fc.integer({ min: 1, max: 5 });

// ---------------------------------------------------------------------------------------------
// Set-up

export interface Setup {
  /** Items SKUS[0..n-1]; all active. */
  items: { allowBackorder: boolean }[];
  /** Bins BINS[0..n-1], some with an explicit pick sequence. */
  bins: { sequence: number | null }[];
  /** Initial receipts (item and bin indices modulo what was created; bin null: the default bin). */
  stock: { item: number; bin: number | null; qty: number }[];
  autoRelease: boolean;
}

export const setupArb: fc.Arbitrary<Setup> = fc.record({
  items: fc.array(fc.record({ allowBackorder: fc.oneof({ weight: 2, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) }), {
    minLength: 3,
    maxLength: 5,
  }),
  bins: fc.array(fc.record({ sequence: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null, freq: 2 }) }), { minLength: 3, maxLength: 5 }),
  stock: fc.array(
    fc.record({ item: fc.nat(4), bin: fc.option(fc.nat(4), { nil: null, freq: 5 }), qty: fc.integer({ min: 1, max: 6 }) }),
    { minLength: 1, maxLength: 5 },
  ),
  autoRelease: fc.oneof({ weight: 2, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

// ---------------------------------------------------------------------------------------------
// Operations

export interface OrderLineSpec {
  sku: SkuRef;
  qty: number;
  status: LineStatus;
}
const lineSku: fc.Arbitrary<SkuRef> = fc.oneof(
  { weight: 40, arbitrary: fc.record({ k: fc.constant('item' as const), i: fc.nat(6), lower: rarely }) },
  { weight: 1, arbitrary: fc.constant({ k: 'ghost' as const }) },
);
const orderLine: fc.Arbitrary<OrderLineSpec> = fc.record({ sku: lineSku, qty: lineQty, status: lineStatus });

export interface ReceiptLineSpec {
  sku: SkuRef;
  bin: BinRef | null;
  qty: number;
}
const receiptLines = fc.array(fc.record({ sku: skuRef, bin: fc.option(binRef, { nil: null, freq: 4 }), qty }), { minLength: 1, maxLength: 3 });

/** How much to fill or pick of a line: all of it, relative to it (+1 is too much), or a raw number. */
export type Amount = { k: 'all' } | { k: 'rel'; d: number } | { k: 'abs'; n: number };
const fillAmount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ k: 'all' as const }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('rel' as const), d: fc.integer({ min: -3, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('abs' as const), n: fc.integer({ min: 0, max: 4 }) }) },
);
const pickAmount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('rel' as const), d: fc.integer({ min: -3, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('abs' as const), n: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constant(-1) }) }) },
);

/** A line of a document (index into its lines with qty > 0), or any sku (perhaps not on it). */
export type DocLineRef = { k: 'line'; i: number; lower: boolean } | { k: 'sku'; sku: SkuRef };
const docLineRef: fc.Arbitrary<DocLineRef> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ k: fc.constant('line' as const), i: fc.nat(3), lower: rarely }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('sku' as const), sku: skuRef }) },
);

/** A read-only call: it must change nothing. */
export type Query =
  | { q: 'print:sheets'; doc: DocRef }
  | { q: 'documents:get'; doc: DocRef }
  | { q: 'backorders:list'; filter: 'all' | 'fulfillable'; sku: SkuRef | null }
  | { q: 'inventory:ledger'; sku: SkuRef }
  | { q: 'inventory:list'; filter: 'all' | 'low' | 'frozen' }
  | { q: 'orders:list' }
  | { q: 'orders:get'; order: OrderRef }
  | { q: 'items:list' }
  | { q: 'items:getKit'; sku: SkuRef }
  | { q: 'bins:list' }
  | { q: 'settings:get' }
  | { q: 'inventory:verify' };
const query: fc.Arbitrary<Query> = fc.oneof(
  fc.record({ q: fc.constant('print:sheets' as const), doc: docRef }),
  fc.record({ q: fc.constant('documents:get' as const), doc: docRef }),
  fc.record({ q: fc.constant('backorders:list' as const), filter: fc.constantFrom('all' as const, 'fulfillable' as const), sku: maybe(skuRef) }),
  fc.record({ q: fc.constant('inventory:ledger' as const), sku: skuRef }),
  fc.record({ q: fc.constant('inventory:list' as const), filter: fc.constantFrom('all' as const, 'low' as const, 'frozen' as const) }),
  fc.record({ q: fc.constant('orders:list' as const) }),
  fc.record({ q: fc.constant('orders:get' as const), order: orderRef }),
  fc.record({ q: fc.constant('items:list' as const) }),
  fc.record({ q: fc.constant('items:getKit' as const), sku: skuRef }),
  fc.record({ q: fc.constant('bins:list' as const) }),
  fc.record({ q: fc.constant('settings:get' as const) }),
  fc.record({ q: fc.constant('inventory:verify' as const) }),
);

export type Op =
  | {
      t: 'orders:create';
      number: number | null;
      status: 'Draft' | 'Open';
      policy: ShippingPolicy;
      priority: Priority;
      date: number;
      lines: OrderLineSpec[];
    }
  | { t: 'orders:addLine'; order: OrderRef; line: OrderLineSpec }
  | { t: 'orders:updateLine'; order: OrderRef; lineNo: number; qty: number | null; status: LineStatus | null }
  | { t: 'orders:removeLine'; order: OrderRef; lineNo: number }
  | { t: 'orders:update'; order: OrderRef; priority: Priority | null; policy: ShippingPolicy | null; date: number | null }
  | { t: 'query'; query: Query }
  | { t: 'fulfillment:run'; orders: OrderRef[] | 'all' }
  | { t: 'orders:print'; order: OrderRef }
  | { t: 'inventory:receive'; reference: string; lines: ReceiptLineSpec[] }
  | { t: 'inventory:previewReceipt'; reference: string; lines: ReceiptLineSpec[] }
  | { t: 'inventory:adjust'; sku: SkuRef; bin: BinRef; status: StockStatus; mode: 'set' | 'delta'; qty: number }
  | { t: 'inventory:changeStatus'; sku: SkuRef; bin: BinRef; from: StockStatus; to: StockStatus; qty: Amount }
  | { t: 'backorders:review'; docs: DocRef[] }
  | { t: 'backorders:release'; docs: DocRef[] }
  | { t: 'backorders:fill'; doc: DocRef; fill: 'complete' | { line: DocLineRef; amount: Amount }[] }
  | { t: 'backorders:cancel'; doc: DocRef }
  | { t: 'picks:complete'; doc: DocRef; lines: { line: number; lower: boolean; amount: Amount }[] }
  | { t: 'picks:cancel'; doc: DocRef }
  | { t: 'print:done'; doc: DocRef }
  | { t: 'orders:cancelLine'; order: OrderRef; lineNo: number }
  | { t: 'orders:cancel'; order: OrderRef }
  | { t: 'items:create'; sku: number; lower: boolean; allowBackorder: boolean }
  | { t: 'items:update'; sku: SkuRef; allowBackorder: boolean | null; active: boolean | null }
  | { t: 'items:setKit'; kit: SkuRef; components: { sku: SkuRef; qty: number }[] }
  | { t: 'settings:update'; autoRelease: boolean }
  | { t: 'bins:create'; bin: number | null; sequence: number | null }
  | { t: 'bins:update'; bin: BinRef; sequence: number | null };

const reference = fc.constantFrom('', 'PO-1', 'PO-2');

const createOrder: fc.Arbitrary<Op> = fc.record({
  t: fc.constant('orders:create' as const),
  number: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(ORDER_POOL.length - 1) }),
  status: fc.constantFrom('Open' as const, 'Draft' as const),
  policy,
  priority,
  date: fc.nat(DATES.length - 1),
  lines: fc.array(orderLine, { minLength: 1, maxLength: 4 }),
});

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 7, arbitrary: createOrder },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('orders:addLine' as const), order: orderRef, line: orderLine }) },
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant('orders:updateLine' as const), order: orderRef, lineNo, qty: maybe(qty), status: maybe(fc.constantFrom(...LINE_STATUSES)) }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('orders:removeLine' as const), order: orderRef, lineNo }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('orders:update' as const), order: orderRef, priority: maybe(priority), policy: maybe(policy), date: maybe(fc.nat(DATES.length - 1)) }),
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('query' as const), query }) },
  {
    weight: 10,
    arbitrary: fc.record({
      t: fc.constant('fulfillment:run' as const),
      orders: fc.oneof({ weight: 3, arbitrary: fc.array(orderRef, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant('all' as const) }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('orders:print' as const), order: orderRef }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('inventory:receive' as const), reference, lines: receiptLines }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('inventory:previewReceipt' as const), reference, lines: receiptLines }) },
  {
    weight: 4,
    arbitrary: fc.oneof(
      fc.record({
        t: fc.constant('inventory:adjust' as const),
        sku: skuRef,
        bin: binRef,
        status: stockStatus,
        mode: fc.constant('set' as const),
        qty: fc.integer({ min: -1, max: 8 }),
      }),
      fc.record({
        t: fc.constant('inventory:adjust' as const),
        sku: skuRef,
        bin: binRef,
        status: stockStatus,
        mode: fc.constant('delta' as const),
        qty: fc.integer({ min: -6, max: 4 }),
      }),
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        t: fc.constant('inventory:changeStatus' as const),
        sku: skuRef,
        bin: binRef,
        move: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...STATUS_MOVES) }, { weight: 1, arbitrary: fc.tuple(stockStatus, stockStatus) }),
        qty: statusQty,
      })
      .map(({ move: [from, to], ...rest }) => ({ ...rest, from, to })),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('backorders:review' as const), docs: fc.array(docRef, { minLength: 1, maxLength: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('backorders:release' as const), docs: fc.array(docRef, { minLength: 1, maxLength: 3 }) }) },
  {
    weight: 7,
    arbitrary: fc.record({
      t: fc.constant('backorders:fill' as const),
      doc: docRef,
      fill: fc.oneof(
        { weight: 1, arbitrary: fc.constant('complete' as const) },
        { weight: 2, arbitrary: fc.array(fc.record({ line: docLineRef, amount: fillAmount }), { minLength: 1, maxLength: 2 }) },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('backorders:cancel' as const), doc: docRef }) },
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('picks:complete' as const),
      doc: docRef,
      lines: fc.uniqueArray(fc.record({ line: fc.nat(3), lower: rarely, amount: pickAmount }), { maxLength: 2, selector: (l) => l.line }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('picks:cancel' as const), doc: docRef }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('print:done' as const), doc: docRef }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('orders:cancelLine' as const), order: orderRef, lineNo }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('orders:cancel' as const), order: orderRef }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('items:create' as const), sku: fc.nat(SKUS.length - 1), lower: rarely, allowBackorder: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('items:update' as const), sku: skuRef, allowBackorder: maybe(fc.boolean()), active: maybe(rarely.map((b) => !b)) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('items:setKit' as const),
      kit: skuRef,
      components: fc.array(fc.record({ sku: skuRef, qty: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constant(0) }) }), {
        maxLength: 2,
      }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('settings:update' as const), autoRelease: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('bins:create' as const),
      bin: fc.option(fc.nat(BINS.length + EXTRA_BINS.length - 1), { nil: null, freq: 6 }),
      sequence: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('bins:update' as const), bin: binRef, sequence: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }) }) },
);

/** A run's operations: it opens with a few orders (so that there is something to work on), then anything. */
export const opsArb = (maxSteps: number): fc.Arbitrary<Op[]> =>
  fc
    .tuple(
      fc.array(createOrder, { minLength: 1, maxLength: 3 }),
      fc.option(fc.constant<Op>({ t: 'fulfillment:run', orders: 'all' }), { nil: null, freq: 3 }),
      fc.array(opArb, { maxLength: Math.max(0, maxSteps - 4), size: 'max' }),
    )
    .map(([orders, run, rest]) => [...orders, ...(run ? [run] : []), ...rest].slice(0, Math.max(1, maxSteps)));
