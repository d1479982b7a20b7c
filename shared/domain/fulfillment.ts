import { z } from 'zod';
import { MAX_LINE_QTY, MAX_ORDER_LINES, positiveQty, type Page } from '../validation';
import { docNumber, orderNumber, type DocStatus, type ShipCode } from './orders';
import { PAPER_SIZES, type PaperSize } from './print';

export type AlertLevel = 'warning' | 'error' | 'info';

export type AlertReason =
  | 'backordered'
  | 'not_backorderable'
  | 'only_frozen'
  | 'inactive_item'
  | 'complete_policy'
  | 'order_closed';

/** One line of the Alerts list on the Fulfillment Results screen. */
export interface Alert {
  level: AlertLevel;
  reason: AlertReason;
  order: string;
  sku?: string;
  qty?: number;
  /** The backorder made for the quantity (warnings). */
  backorder?: string;
  message: string;
}

export interface OrderFulfillment {
  order: string;
  /** What was allocated in this run, per sku. */
  allocated: { sku: string; qty: number }[];
  picks: string[];
  backorder: string | null;
  alerts: Alert[];
}

export interface FulfillmentResults {
  orders: OrderFulfillment[];
  alerts: Alert[];
  totals: { orders: number; linesAllocated: number; unitsAllocated: number; unitsBackordered: number; backorders: number };
}

/** Per-order detail a run's answer carries in full: enough for a screenful, and a bounded answer. */
export const RESULTS_PAGE = 200;
/**
 * How many detail entries (allocated skus, alerts, picks) one page may carry at most: an order may have
 * 2,000 lines, so 200 orders alone do not bound an answer. A page always holds at least one order.
 */
export const RESULTS_PAGE_DETAILS = 5_000;
/** Alerts a run's answer carries in full (errors first); every alert is still counted. */
export const ALERTS_SHOWN = 200;

/** What a run did, counted over every order of it. */
export interface RunTotals {
  /** Live orders run (closed ones named in the run are reported but not counted here). */
  orders: number;
  linesAllocated: number;
  unitsAllocated: number;
  unitsBackordered: number;
  backorders: number;
  /** Lines covered in full by free stock, in part (the rest backordered), or not at all. */
  linesFull: number;
  linesPartial: number;
  linesNone: number;
  /** Picks the run allocated onto (new picks, and open picks it added to). */
  picks: number;
  alerts: number;
}

export interface AlertCounts {
  byLevel: Record<AlertLevel, number>;
  byReason: Partial<Record<AlertReason, number>>;
}

/**
 * The answer of `fulfillment:run`: totals over the whole run, the first orders in detail and the first
 * alerts in full; the rest of the orders are paged from the stored run with `fulfillment:results`.
 */
export interface FulfillmentSummary {
  /** The stored run, for `fulfillment:results`. */
  run: number;
  totals: RunTotals;
  alertCounts: AlertCounts;
  /** Every order the run reported on (closed ones too), of which `orders` are the first. */
  ordersReported: number;
  orders: OrderFulfillment[];
  /** The first alerts, errors first, then warnings, then information; in run order within each. */
  alerts: Alert[];
}

/**
 * How one order's lines came out: a line is full when all of it was allocated, partial when part was
 * and the rest backordered, none when it was backordered whole or refused. The engine reports lines by
 * sku, so two lines of one sku on one order pair up by sku (an allocation with a shortfall: partial).
 */
export function lineCoverage(order: OrderFulfillment): { full: number; partial: number; none: number } {
  let shortLines = 0;
  let refused = 0;
  for (const alert of order.alerts) {
    if (alert.reason === 'backordered') shortLines++;
    else if (alert.level === 'error' && alert.sku !== undefined) refused++;
  }
  // Most orders of a large run have no shortfall, or nothing allocated: nothing to pair.
  let partial = 0;
  if (shortLines > 0 && order.allocated.length > 0) {
    const allocated = new Map<string, number>();
    for (const { sku } of order.allocated) allocated.set(sku, (allocated.get(sku) ?? 0) + 1);
    for (const alert of order.alerts) {
      const left = alert.reason === 'backordered' && alert.sku !== undefined ? (allocated.get(alert.sku) ?? 0) : 0;
      if (left > 0) {
        partial++;
        allocated.set(alert.sku!, left - 1);
      }
    }
  }
  return { full: order.allocated.length - partial, partial, none: shortLines - partial + refused };
}

/** Detail entries an order adds to a page (see RESULTS_PAGE_DETAILS). */
export const detailsOf = (order: OrderFulfillment): number => order.allocated.length + order.alerts.length + order.picks.length;

/** The first orders that fit in one page: up to `limit` orders and the detail budget, at least one. */
export function firstPage<T>(orders: Iterable<T>, limit: number, details: (order: T) => number, budget = RESULTS_PAGE_DETAILS): T[] {
  const page: T[] = [];
  let used = 0;
  for (const order of orders) {
    if (page.length >= limit) break;
    used += details(order);
    if (page.length > 0 && used > budget) break;
    page.push(order);
  }
  return page;
}

/**
 * Builds a run's summary one order at a time, in run order: totals and alert counts over every
 * order, the first page in detail, the first alerts (errors first). It holds no more than a page: a
 * run feeds it as it goes instead of building every order's outcome first.
 */
export class RunSummariser {
  private readonly totals: RunTotals;
  private readonly alertCounts: AlertCounts = { byLevel: { error: 0, warning: 0, info: 0 }, byReason: {} };
  private readonly page: OrderFulfillment[] = [];
  private pageDetails = 0;
  private pageFull = false;
  private readonly firstByLevel: Record<AlertLevel, Alert[]> = { error: [], warning: [], info: [] };
  private reported = 0;

  constructor(
    private readonly pageSize = RESULTS_PAGE,
    private readonly alertsShown = ALERTS_SHOWN,
  ) {
    this.totals = { orders: 0, linesAllocated: 0, unitsAllocated: 0, unitsBackordered: 0, backorders: 0, linesFull: 0, linesPartial: 0, linesNone: 0, picks: 0, alerts: 0 };
  }

  add(order: OrderFulfillment): void {
    this.reported++;
    const lines = lineCoverage(order);
    this.totals.linesFull += lines.full;
    this.totals.linesPartial += lines.partial;
    this.totals.linesNone += lines.none;
    // A pick belongs to one order, and an order names each of its picks once.
    this.totals.picks += order.picks.length;
    for (const alert of order.alerts) {
      this.totals.alerts++;
      this.alertCounts.byLevel[alert.level]++;
      this.alertCounts.byReason[alert.reason] = (this.alertCounts.byReason[alert.reason] ?? 0) + 1;
      const first = this.firstByLevel[alert.level];
      if (first.length < this.alertsShown) first.push(alert);
    }
    if (this.pageFull) return;
    this.pageDetails += detailsOf(order);
    if (this.page.length >= this.pageSize || (this.page.length > 0 && this.pageDetails > RESULTS_PAGE_DETAILS)) this.pageFull = true;
    else this.page.push(order);
  }

  /** The summary, with the engine's own totals of the run (orders run, units, backorders). */
  finish(engineTotals: FulfillmentResults['totals']): Omit<FulfillmentSummary, 'run'> {
    const { error, warning, info } = this.firstByLevel;
    return {
      totals: { ...this.totals, ...engineTotals },
      alertCounts: this.alertCounts,
      ordersReported: this.reported,
      orders: this.page,
      alerts: [...error, ...warning, ...info].slice(0, this.alertsShown),
    };
  }
}

/**
 * Summarises a run's full results into a bounded answer (without the stored run's id): totals and
 * alert counts over every order, the first page of orders in detail, and the first alerts in full.
 */
export function summarise(results: FulfillmentResults, pageSize = RESULTS_PAGE, alertsShown = ALERTS_SHOWN): Omit<FulfillmentSummary, 'run'> {
  const summariser = new RunSummariser(pageSize, alertsShown);
  for (const order of results.orders) summariser.add(order);
  return summariser.finish(results.totals);
}

/** A page of a stored run's orders, in run order. */
export const FulfillmentResultsInput = z.strictObject({
  run: z.number({ error: 'must be a run number' }).int({ error: 'must be a run number' }).positive({ error: 'must be a run number' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(RESULTS_PAGE).default(RESULTS_PAGE),
});

/** A page of a stored run's orders; `offset` is the place in the run of its first row. */
export interface FulfillmentResultsPage extends Page<OrderFulfillment> {
  run: number;
  at: string;
}

/** Input that names neither `orders` nor `all`: which branch it missed says nothing, so say what to do. */
const namesNeither = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && !('orders' in input) && !('all' in input);

export const RunFulfillmentInput = z.union(
  [
    z.strictObject({ orders: z.array(orderNumber).min(1, { error: 'must name at least one order' }).max(50_000) }),
    z.strictObject({ all: z.literal(true, { error: 'must be true: name the orders to run, or choose all' }) }),
  ],
  { error: (issue) => (namesNeither(issue.input) ? 'must name the orders to run, or choose all' : undefined) },
);

export type ReleaseVerdict = 'ready' | 'partial' | 'blocked';

export interface ReleaseReviewLine {
  sku: string;
  outstanding: number;
  /** What free stock covers now. */
  allocatable: number;
}

export interface ReleaseReview {
  backorder: string;
  order: string;
  /** The order's customer: the dialog shows it beside each backorder without asking for each document. */
  customer: string;
  verdict: ReleaseVerdict;
  /** Why not ready: the warning or error shown beside the backorder. */
  reason: string | null;
  lines: ReleaseReviewLine[];
}

export type ReleaseOutcome =
  /** Every line allocated: the backorder became a pick in place (same number). */
  | { backorder: string; order: string; outcome: 'released'; pick: string }
  /** Part allocated and split off into a new pick; the backorder keeps the rest. */
  | { backorder: string; order: string; outcome: 'split'; pick: string; remaining: { sku: string; qty: number }[] }
  | { backorder: string; order: string; outcome: 'skipped'; reason: string };

export interface ReleaseConfirmation {
  outcomes: ReleaseOutcome[];
}

export const BackorderSelection = z.strictObject({
  backorders: z.array(docNumber).min(1, { error: 'must name at least one backorder' }).max(50_000),
});

export const FillInput = z.union([
  z.strictObject({ backorder: docNumber, complete: z.literal(true) }),
  z.strictObject({
    backorder: docNumber,
    lines: z
      .array(
        z.union([
          /** The `All` box: this line in full. */
          z.strictObject({ sku: z.string().trim().min(1), all: z.literal(true) }),
          /** A number typed in the `Filled` column. */
          z.strictObject({
            sku: z.string().trim().min(1),
            filled: positiveQty,
          }),
        ]),
      )
      .min(1, { error: 'must fill at least one line' })
      .max(MAX_ORDER_LINES),
  }),
]);
export type FillInput = z.input<typeof FillInput>;

export interface FillResult {
  backorder: string;
  /** The pick the filled quantity is on: the backorder itself when it was filled in full. */
  pick: string;
  inPlace: boolean;
  filled: { sku: string; qty: number }[];
  remaining: { sku: string; qty: number }[];
}

export const PickRefInput = z.strictObject({ pick: docNumber });
export const DocRefInput = z.strictObject({ document: docNumber });
export const BackorderRefInput = z.strictObject({ backorder: docNumber });

export const CompletePickInput = z.strictObject({
  pick: docNumber,
  /** Quantity actually pulled per sku; a sku not named was pulled in full. */
  lines: z
    .array(
      z.strictObject({
        sku: z.string().trim().min(1),
        picked: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).max(MAX_LINE_QTY),
      }),
    )
    .max(MAX_ORDER_LINES)
    .default([]),
});
export type CompletePickInput = z.input<typeof CompletePickInput>;

export interface CompletePickResult {
  pick: string;
  picked: { sku: string; qty: number }[];
  /** Lines pulled short: where the remainder went, and the bins worth counting. */
  short: { sku: string; qty: number; backorder: string | null; countBins: string[] }[];
  orderStatus: string;
}

export interface DocLineView {
  sku: string;
  description: string;
  unit: string;
  lineNo: number;
  /** Allocated (pick), outstanding (backorder) or picked (completed). */
  qty: number;
  cancelled: number;
  short: number;
  /** Picks: where the quantity is reserved, in pick sequence. */
  bins: { bin: string; qty: number }[];
  /** Backorders: free stock that could fill this line now. */
  freeNow: number | null;
}

export interface DocDetail {
  number: string;
  order: string;
  customer: string;
  status: DocStatus;
  shipCode: ShipCode;
  /** The backorder a pick was split from. */
  splitFrom: string | null;
  createdAt: string;
  updatedAt: string;
  lines: DocLineView[];
  /** Sheets printed so far, and when the last one was. */
  printCount: number;
  printedAt: string | null;
  /** It changed after its sheet was printed, and what changed: that paper is out of date. */
  stale: boolean;
  staleChanges: string[];
}

export interface BackorderRow {
  number: string;
  order: string;
  customer: string;
  orderDate: string;
  priority: string;
  status: DocStatus;
  shipCode: ShipCode;
  lines: number;
  outstanding: number;
  /** Units free stock could fill now (0 unless the backorder is fulfillable). */
  fillableNow: number;
  skus: string[];
  createdAt: string;
  /** Its backorder sheet changed after it was printed. */
  stale: boolean;
}

export const BackorderListInput = z.strictObject({
  /** `all`: every Back Order document; `fulfillable`: those free stock could fill now, in part or in full. */
  filter: z.enum(['all', 'fulfillable']).default('all'),
  /** Order number, customer, sku or description. */
  query: z.string().trim().max(100).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

/** A row of the Picks view: an open or printed pick. */
export interface PickRow {
  number: string;
  order: string;
  customer: string;
  orderDate: string;
  priority: string;
  status: DocStatus;
  shipCode: ShipCode;
  lines: number;
  /** Units allocated on the pick. */
  units: number;
  skus: string[];
  createdAt: string;
  /** When its sheet was last printed; null if never. */
  printedAt: string | null;
  /** It changed after its sheet was printed. */
  stale: boolean;
}

export const PickListInput = z.strictObject({
  /** `all`: every pick still to be pulled (Open or Printed); `open` / `printed`: one of the two. */
  filter: z.enum(['all', 'open', 'printed']).default('all'),
  /** Order number, customer, sku or description. */
  query: z.string().trim().max(100).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export interface ReceiveResult {
  reference: string;
  lines: { sku: string; bin: string; qty: number }[];
  /** Backorders released by the receipt (empty when auto-release is off). */
  released: ReleaseOutcome[];
  autoRelease: boolean;
}

export const VerifyInput = z.strictObject({});
export interface VerifyReport {
  ok: boolean;
  problems: string[];
  checked: { stockRows: number; ledgerEntries: number; orderLines: number; documents: number };
}

export const SettingsInput = z.strictObject({
  autoRelease: z.boolean().optional(),
  /** Printed at the top of every sheet. */
  siteName: z.string().trim().max(80).optional(),
  /** The paper the print dialog starts with. */
  paperSize: z.enum(PAPER_SIZES).optional(),
});
export interface Settings {
  autoRelease: boolean;
  siteName: string;
  paperSize: PaperSize;
}

export type { DocStatus, ShipCode };
