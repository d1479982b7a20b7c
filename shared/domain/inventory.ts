import { z } from 'zod';
import { NO_SPACES, NO_SPACES_MESSAGE, pageInput, positiveQty } from '../validation';
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
