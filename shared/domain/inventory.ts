import { z } from 'zod';
import { NO_SPACES, NO_SPACES_MESSAGE, pageInput, positiveQty } from '../validation';
import type { ReceiveResult, ReleaseOutcome } from './fulfillment';
import { sku } from './items';

export const STOCK_STATUSES = ['available', 'frozen', 'damaged', 'quarantine'] as const;
export type StockStatus = (typeof STOCK_STATUSES)[number];

export const LEDGER_KINDS = ['receipt', 'adjustment', 'status change', 'pick issue', 'reversal'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const BIN_CODE_MAX_LENGTH = 32;

/** A bin code such as `A-01-02-1`: trimmed, stored upper case, no spaces. */
export const binCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, { error: 'must not be empty' })
  .max(BIN_CODE_MAX_LENGTH, { error: `must be at most ${BIN_CODE_MAX_LENGTH} characters` })
  .regex(NO_SPACES, { error: NO_SPACES_MESSAGE });

export const reason = z.string().trim().min(1, { error: 'must say why (a reason is required)' }).max(200);

export interface Bin {
  id: number;
  code: string;
  /** Explicit pick sequence; bins without one follow, in natural order of their codes. */
  sequence: number | null;
}

/** An item's stock picture: totals over every bin. */
export interface StockPicture {
  /** Every status together. */
  onHand: number;
  available: number;
  frozen: number;
  damaged: number;
  quarantine: number;
  /** Reserved for open picks; never more than `available`. */
  allocated: number;
  /** available - allocated: what a run or a release can still take. */
  free: number;
}

/** Stock of one item in one bin, by status. */
export interface BinStock extends Omit<StockPicture, 'onHand'> {
  bin: string;
  sequence: number | null;
}

export interface LedgerEntry {
  id: number;
  at: string;
  user: string;
  kind: LedgerKind;
  sku: string;
  bin: string;
  status: StockStatus;
  /** Signed: + into the bin and status, - out of it. */
  qty: number;
  reason: string;
  /** The document it belongs to: a pick number, a receipt reference, ... */
  document: string | null;
}

/** An explicit pick sequence, or null for the natural order of the code. */
const binSequence = z.number().int({ error: 'must be a whole number' }).min(0).max(1_000_000).nullable();

export const BinCreateInput = z.strictObject({ code: binCode, sequence: binSequence.default(null) });
export const BinUpdateInput = z.strictObject({ code: binCode, sequence: binSequence });
export const BinListInput = z.strictObject({});

export const ReceiptLineInput = z.strictObject({
  sku,
  /** Where it goes; default: the bin earliest in pick sequence that holds the item, else RECEIVING. */
  bin: binCode.optional(),
  qty: positiveQty,
});

export const ReceiveInput = z.strictObject({
  /** The receipt's reference on the ledger, e.g. the vendor order `PO-4471`. */
  reference: z.string().trim().max(64).default(''),
  lines: z.array(ReceiptLineInput).min(1, { error: 'must have at least one line' }).max(10_000),
});
export type ReceiveInput = z.input<typeof ReceiveInput>;

export const AdjustInput = z
  .strictObject({
    sku,
    bin: binCode,
    status: z.enum(STOCK_STATUSES).default('available'),
    /** `set`: the bin now holds `qty`; `delta`: add `qty` (negative to remove). */
    mode: z.enum(['set', 'delta']),
    qty: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(-1_000_000_000).max(1_000_000_000),
    reason,
  })
  .superRefine((input, ctx) => {
    if (input.mode === 'set' && input.qty < 0) ctx.addIssue({ code: 'custom', path: ['qty'], message: 'must be 0 or more when setting a quantity' });
    if (input.mode === 'delta' && input.qty === 0) ctx.addIssue({ code: 'custom', path: ['qty'], message: 'must not be 0 when changing a quantity' });
  });
export type AdjustInput = z.input<typeof AdjustInput>;

export const ChangeStatusInput = z
  .strictObject({
    sku,
    bin: binCode,
    from: z.enum(STOCK_STATUSES),
    to: z.enum(STOCK_STATUSES),
    qty: positiveQty,
    reason,
  })
  .refine((input) => input.from !== input.to, { path: ['to'], message: 'must differ from from' });
export type ChangeStatusInput = z.input<typeof ChangeStatusInput>;

export const ItemStockInput = z.strictObject({ sku });
export const LedgerInput = z.strictObject({ sku, ...pageInput });

export const INVENTORY_FILTERS = ['all', 'low', 'frozen'] as const;
export const InventoryListInput = z.strictObject({
  /** `low`: free stock below the demand waiting for it; `frozen`: some stock is frozen. */
  filter: z.enum(INVENTORY_FILTERS).default('all'),
  query: z.string().trim().max(100).default(''),
  ...pageInput,
});

export interface InventoryRow extends StockPicture {
  sku: string;
  description: string;
  unit: string;
  /** Units on backorders and unallocated Warehouse Pick lines, waiting for this item. */
  waiting: number;
}

/** What an adjustment or status change took back from picks because the stock was not there. */
export interface GiveBack {
  pick: string;
  order: string;
  sku: string;
  bin: string;
  qty: number;
  /** The backorder the quantity went to; null when the item is not backorderable (it stays unallocated). */
  backorder: string | null;
}

export interface AdjustResult {
  sku: string;
  bin: string;
  status: StockStatus;
  before: number;
  after: number;
  givenBack: GiveBack[];
}

export interface ChangeStatusResult {
  sku: string;
  bin: string;
  from: StockStatus;
  to: StockStatus;
  qty: number;
  givenBack: GiveBack[];
}

/** A backorder a receipt released: a receipt skips what it cannot serve and does not report it. */
export type ReleasedBackorder = Exclude<ReleaseOutcome, { outcome: 'skipped' }>;

/**
 * How many released backorders one receipt answer lists one by one. A receipt can release every
 * backorder waiting for its items, so the rest are counted, not listed: the Picks list shows them all.
 */
export const RELEASED_LISTED = 200;

/** What a receipt released, counted over the whole receipt however many are listed. */
export interface ReleaseTotals {
  /** Backorders that became picks in full. */
  inFull: number;
  /** Backorders split: part became a pick, the rest stays on the backorder. */
  inPart: number;
  /** Units the release allocated onto picks (an order that ships complete: all of it that went). */
  units: number;
  /** Picks the released backorders became. */
  picks: number;
}

/** A receipt as the engine posts it: every backorder released, and the units they took. Never sent whole. */
export interface PostedReceipt extends ReceiveResult {
  released: ReleasedBackorder[];
  unitsReleased: number;
}

/** The answer to a receipt and its preview: its size does not grow with the backorders it releases. */
export interface ReceiptAnswer extends ReceiveResult {
  /** The first RELEASED_LISTED released, in the order they were released (precedence). */
  released: ReleasedBackorder[];
  /** How many more were released than are listed. */
  releasedMore: number;
  releaseTotals: ReleaseTotals;
}

/** Cuts a posted receipt to its answer: totals over all of it, the first `listed` released in full. */
export function summariseReceipt({ released, unitsReleased, ...receipt }: PostedReceipt, listed = RELEASED_LISTED): ReceiptAnswer {
  const inFull = released.filter((r) => r.outcome === 'released').length;
  return {
    ...receipt,
    released: released.slice(0, listed),
    releasedMore: Math.max(0, released.length - listed),
    releaseTotals: { inFull, inPart: released.length - inFull, units: unitsReleased, picks: new Set(released.map((r) => r.pick)).size },
  };
}
