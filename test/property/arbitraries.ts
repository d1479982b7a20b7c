// Generators for the engine property test: a random set-up and a list of operations (operations.ts
// says what they mean). The weights are tuned so that most operations do something and every channel
// is still refused now and then: STOCKDESK_PROPERTY_STATS=1 prints how often each one was.
import fc from 'fast-check';
import type { StockStatus } from '../../shared/domain/inventory';
import { LINE_STATUSES, POLICIES, PRIORITIES, type LineStatus, type Priority, type ShippingPolicy } from '../../shared/domain/orders';
import {
  BINS,
  DATES,
  EXTRA_BINS,
  ORDER_POOL,
  SKUS,
  type Amount,
  type BinRef,
  type DocLineRef,
  type DocRef,
  type Operation,
  type OrderLineSpec,
  type OrderRef,
  type Query,
  type Setup,
  type SkuRef,
} from './operations';

/** A quantity: mostly small and valid, sometimes 0 or negative (the schema refuses those). */
const qty = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1) });
/** An order line quantity: invalid ones are rarer, since one spoils the whole order. */
const lineQty = fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1) });
const rarely = fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

/** Half the time absent (null). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });

const skuRef: fc.Arbitrary<SkuRef> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ k: fc.constant('item' as const), i: fc.nat(6), lower: rarely }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('wanted' as const), i: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'ghost' as const }) },
);

const binRef: fc.Arbitrary<BinRef> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ k: fc.constant('held' as const), i: fc.nat(3) }) },
  { weight: 6, arbitrary: fc.record({ k: fc.constant('bin' as const), i: fc.nat(5), lower: rarely }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pool' as const), i: fc.nat(BINS.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'ghost' as const }) },
);

const orderRef: fc.Arbitrary<OrderRef> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ k: fc.constant('known' as const), i: fc.nat(8) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pool' as const), i: fc.nat(ORDER_POOL.length - 1) }) },
);

const docRef: fc.Arbitrary<DocRef> = fc.oneof(
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

const lineSku: fc.Arbitrary<SkuRef> = fc.oneof(
  { weight: 40, arbitrary: fc.record({ k: fc.constant('item' as const), i: fc.nat(6), lower: rarely }) },
  { weight: 1, arbitrary: fc.constant({ k: 'ghost' as const }) },
);
const orderLine: fc.Arbitrary<OrderLineSpec> = fc.record({ sku: lineSku, qty: lineQty, status: lineStatus });

const receiptLines = fc.array(fc.record({ sku: skuRef, bin: fc.option(binRef, { nil: null, freq: 4 }), qty }), { minLength: 1, maxLength: 3 });

/** How much to fill or pick of a line: all of it, relative to it (+1 is too much), or a raw number. */
const fillAmount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ k: 'all' as const }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('rel' as const), d: fc.integer({ min: -3, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('abs' as const), n: fc.integer({ min: 0, max: 4 }) }) },
);
const pickAmount: fc.Arbitrary<Amount> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('rel' as const), d: fc.integer({ min: -3, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('abs' as const), n: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.constant(-1) }) }) },
);

const docLineRef: fc.Arbitrary<DocLineRef> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ k: fc.constant('line' as const), i: fc.nat(3), lower: rarely }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('sku' as const), sku: skuRef }) },
);

const query: fc.Arbitrary<Query> = fc.oneof(
  fc.record({ kind: fc.constant('print:sheets' as const), doc: docRef }),
  fc.record({ kind: fc.constant('documents:get' as const), doc: docRef }),
  fc.record({ kind: fc.constant('backorders:list' as const), filter: fc.constantFrom('all' as const, 'fulfillable' as const), sku: maybe(skuRef) }),
  fc.record({ kind: fc.constant('inventory:ledger' as const), sku: skuRef }),
  fc.record({ kind: fc.constant('inventory:list' as const), filter: fc.constantFrom('all' as const, 'low' as const, 'frozen' as const) }),
  fc.record({ kind: fc.constant('orders:list' as const) }),
  fc.record({ kind: fc.constant('orders:get' as const), order: orderRef }),
  fc.record({ kind: fc.constant('items:list' as const) }),
  fc.record({ kind: fc.constant('items:getKit' as const), sku: skuRef }),
  fc.record({ kind: fc.constant('bins:list' as const) }),
  fc.record({ kind: fc.constant('settings:get' as const) }),
  fc.record({ kind: fc.constant('inventory:verify' as const) }),
);

const reference = fc.constantFrom('', 'PO-1', 'PO-2');

const createOrder: fc.Arbitrary<Operation> = fc.record({
  kind: fc.constant('orders:create' as const),
  number: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(ORDER_POOL.length - 1) }),
  status: fc.constantFrom('Open' as const, 'Draft' as const),
  policy,
  priority,
  date: fc.nat(DATES.length - 1),
  lines: fc.array(orderLine, { minLength: 1, maxLength: 4 }),
});

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 7, arbitrary: createOrder },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('orders:addLine' as const), order: orderRef, line: orderLine }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('orders:updateLine' as const), order: orderRef, lineNo, qty: maybe(qty), status: maybe(fc.constantFrom(...LINE_STATUSES)) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('orders:removeLine' as const), order: orderRef, lineNo }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('orders:update' as const), order: orderRef, priority: maybe(priority), policy: maybe(policy), date: maybe(fc.nat(DATES.length - 1)) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('query' as const), query }) },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('fulfillment:run' as const),
      orders: fc.oneof({ weight: 3, arbitrary: fc.array(orderRef, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant('all' as const) }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('orders:print' as const), order: orderRef }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('inventory:receive' as const), reference, lines: receiptLines }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('inventory:previewReceipt' as const), reference, lines: receiptLines }) },
  {
    weight: 4,
    arbitrary: fc.oneof(
      fc.record({
        kind: fc.constant('inventory:adjust' as const),
        sku: skuRef,
        bin: binRef,
        status: stockStatus,
        mode: fc.constant('set' as const),
        qty: fc.integer({ min: -1, max: 8 }),
      }),
      fc.record({
        kind: fc.constant('inventory:adjust' as const),
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
        kind: fc.constant('inventory:changeStatus' as const),
        sku: skuRef,
        bin: binRef,
        move: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...STATUS_MOVES) }, { weight: 1, arbitrary: fc.tuple(stockStatus, stockStatus) }),
        qty: statusQty,
      })
      .map(({ move: [from, to], ...rest }) => ({ ...rest, from, to })),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('backorders:review' as const), docs: fc.array(docRef, { minLength: 1, maxLength: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('backorders:release' as const), docs: fc.array(docRef, { minLength: 1, maxLength: 3 }) }) },
  {
    weight: 7,
    arbitrary: fc.record({
      kind: fc.constant('backorders:fill' as const),
      doc: docRef,
      fill: fc.oneof(
        { weight: 1, arbitrary: fc.constant('complete' as const) },
        { weight: 2, arbitrary: fc.array(fc.record({ line: docLineRef, amount: fillAmount }), { minLength: 1, maxLength: 2 }) },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('backorders:cancel' as const), doc: docRef }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('picks:complete' as const),
      doc: docRef,
      lines: fc.uniqueArray(fc.record({ line: fc.nat(3), lower: rarely, amount: pickAmount }), { maxLength: 2, selector: (l) => l.line }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('picks:cancel' as const), doc: docRef }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('print:done' as const), doc: docRef }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('orders:cancelLine' as const), order: orderRef, lineNo }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('orders:cancel' as const), order: orderRef }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('items:create' as const), sku: fc.nat(SKUS.length - 1), lower: rarely, allowBackorder: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('items:update' as const), sku: skuRef, allowBackorder: maybe(fc.boolean()), active: maybe(rarely.map((b) => !b)) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('items:setKit' as const),
      kit: skuRef,
      components: fc.array(fc.record({ sku: skuRef, qty: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constant(0) }) }), {
        maxLength: 2,
      }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings:update' as const), autoRelease: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bins:create' as const),
      bin: fc.option(fc.nat(BINS.length + EXTRA_BINS.length - 1), { nil: null, freq: 6 }),
      sequence: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bins:update' as const), bin: binRef, sequence: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }) }) },
);

/** A run's operations: it opens with a few orders (so that there is something to work on), then anything. */
export const operationsArb = (maxSteps: number): fc.Arbitrary<Operation[]> =>
  fc
    .tuple(
      fc.array(createOrder, { minLength: 1, maxLength: 3 }),
      fc.option(fc.constant<Operation>({ kind: 'fulfillment:run', orders: 'all' }), { nil: null, freq: 3 }),
      fc.array(operation, { maxLength: Math.max(0, maxSteps - 4), size: 'max' }),
    )
    .map(([orders, run, rest]) => [...orders, ...(run ? [run] : []), ...rest].slice(0, Math.max(1, maxSteps)));
