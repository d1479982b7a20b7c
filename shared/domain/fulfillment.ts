import { z } from 'zod';
import { MAX_LINE_QTY, MAX_ORDER_LINES, positiveQty } from '../validation';
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

/** Input that names neither `orders` nor `all`: which branch it missed says nothing, so say what to do. */
const namesNeither = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && !('orders' in input) && !('all' in input);

export const RunFulfillmentInput = z.union(
  [
    z.strictObject({ orders: z.array(orderNumber).min(1, { error: 'must name at least one order' }).max(50_000) }),
    z.strictObject({ all: z.literal(true) }),
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
