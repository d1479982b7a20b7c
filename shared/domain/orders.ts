import { z } from 'zod';
import { MAX_ORDER_LINES, pageInput, positiveQty } from '../validation';
import type { StockPicture } from './inventory';
import { sku } from './items';

export const PRIORITIES = ['high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** `partial` ships what it can; `complete` ships nothing until every line can go. */
export const POLICIES = ['partial', 'complete'] as const;
export type ShippingPolicy = (typeof POLICIES)[number];

export const ORDER_STATUSES = ['Draft', 'Open', 'Completed', 'Cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const LINE_STATUSES = ['Warehouse Pick', 'Vendor Order', 'Non-stock'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

export const DOC_STATUSES = ['Back Order', 'Open', 'Printed', 'Completed', 'Cancelled'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

export type ShipCode = 'Unshippable backorder' | 'Ready to ship' | 'Picked' | 'Cancelled';

export const shipCodeOf = (status: DocStatus): ShipCode =>
  status === 'Back Order' ? 'Unshippable backorder' : status === 'Completed' ? 'Picked' : status === 'Cancelled' ? 'Cancelled' : 'Ready to ship';

/** `1040`, `SO-000123`: no spaces, and no `.` (that separates the pick and backorder suffix). */
export const orderNumber = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(32, { error: 'must be at most 32 characters' })
  .regex(/^[^\s.\p{C}]+$/u, { error: 'must not contain spaces or dots' });

/** `1040.002`: an order number and a three-digit suffix. */
export const docNumber = z
  .string()
  .trim()
  .regex(/^[^\s.\p{C}]+\.\d{3,}$/u, { error: 'must be a pick or backorder number such as 1040.002' });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'must be a real date',
  });

export const OrderLineInput = z.strictObject({
  sku,
  qty: positiveQty,
  status: z.enum(LINE_STATUSES).default('Warehouse Pick'),
});

export const OrderCreateInput = z.strictObject({
  /** Given, or the next number after the highest numeric order number (from 1001). */
  number: orderNumber.optional(),
  customer: z.string().trim().min(1, { error: 'must not be empty' }).max(120),
  orderDate: isoDate,
  priority: z.enum(PRIORITIES).default('normal'),
  policy: z.enum(POLICIES).default('partial'),
  lines: z.array(OrderLineInput).max(MAX_ORDER_LINES).default([]),
  /** `Open` enters the order ready for fulfillment (as an import does); default `Draft`. */
  status: z.enum(['Draft', 'Open']).default('Draft'),
});
export type OrderCreateInput = z.input<typeof OrderCreateInput>;

export const OrderUpdateInput = z.strictObject({
  order: orderNumber,
  customer: z.string().trim().min(1, { error: 'must not be empty' }).max(120).optional(),
  orderDate: isoDate.optional(),
  priority: z.enum(PRIORITIES).optional(),
  policy: z.enum(POLICIES).optional(),
});

export const OrderRefInput = z.strictObject({ order: orderNumber });

export const AddLineInput = z.strictObject({ order: orderNumber, line: OrderLineInput });

export const UpdateLineInput = z.strictObject({
  order: orderNumber,
  lineNo: z.number().int().positive(),
  qty: positiveQty.optional(),
  status: z.enum(LINE_STATUSES).optional(),
});

export const LineRefInput = z.strictObject({ order: orderNumber, lineNo: z.number().int().positive() });

export const OrderListInput = z.strictObject({
  query: z.string().trim().max(100).default(''),
  status: z.enum(ORDER_STATUSES).optional(),
  ...pageInput,
});

/** Where every unit of a line is. ordered = completed + allocated + backordered + unallocated + cancelled. */
export interface LineAccounting {
  ordered: number;
  completed: number;
  /** On open or printed picks. */
  allocated: number;
  /** On backorders. */
  backordered: number;
  /**
   * On no document: a shortfall of an item that does not allow backorder, a Warehouse Pick line not
   * yet through fulfillment, or a Vendor Order / Non-stock line (not filled from stock).
   */
  unallocated: number;
  cancelled: number;
}

export type Coverage = 'full' | 'partial' | 'none';

/** The inventory status bar under a BOM line. */
export interface LineStockBar extends StockPicture {
  /** Allocated to other lines and orders. */
  allocatedToOthers: number;
  /** What this line still needs from stock (backordered + unallocated, for Warehouse Pick lines). */
  needs: number;
  /** Whether free stock covers what the line needs: in full, in part, or not at all. */
  coverage: Coverage;
}

export interface OrderLine {
  lineNo: number;
  sku: string;
  description: string;
  unit: string;
  allowBackorder: boolean;
  status: LineStatus;
  /** The kit this line was expanded from, if any. */
  kit: string | null;
  accounting: LineAccounting;
  stock: LineStockBar;
  /** For a backordered line: units of the same item on backorders ahead of it in the queue. */
  queueAhead: number | null;
  /** Why the line is (partly) unallocated, from the last fulfillment run. */
  alert: string | null;
}

export interface DocSummary {
  number: string;
  status: DocStatus;
  shipCode: ShipCode;
  lines: number;
  qty: number;
  createdAt: string;
  /** When the document's sheet was last printed; null if never. */
  printedAt: string | null;
  /** How many times its sheet (pick sheet or backorder sheet) was printed. */
  printCount: number;
  /** It changed after its sheet was printed: that paper is out of date. */
  stale: boolean;
}

export interface OrderSummary {
  number: string;
  customer: string;
  orderDate: string;
  priority: Priority;
  policy: ShippingPolicy;
  status: OrderStatus;
  lines: number;
  /**
   * Units the order still needs from stock: backordered + unallocated over its Warehouse Pick lines
   * (the list's "units short" column); 0 once the order is Completed or Cancelled.
   */
  unitsShort: number;
  createdAt: string;
}

export interface OrderDetail extends OrderSummary {
  billOfMaterial: OrderLine[];
  /** The Attachments tab: picks and backorders. */
  attachments: DocSummary[];
  /** True once the order has been through fulfillment. */
  fulfilled: boolean;
}

export interface CancelResult {
  order: string;
  cancelled: { lineNo: number; sku: string; qty: number }[];
  documents: { number: string; status: DocStatus }[];
}

/**
 * What can happen to an order, as its history (the Details tab) records it. A document event names
 * the pick or backorder; an event about the order or one of its lines has no document.
 */
export const ORDER_EVENT_KINDS = [
  'created',
  'updated',
  'run',
  'pick_created',
  'backorder_created',
  'released',
  'split',
  'filled',
  'printed',
  'completed',
  'cancelled',
  'given_back',
] as const;
export type OrderEventKind = (typeof ORDER_EVENT_KINDS)[number];

/** One entry of an order's history. */
export interface OrderEvent {
  id: number;
  /** ISO 8601 time of the operation. */
  at: string;
  /** The clerk who did it. */
  user: string;
  kind: OrderEventKind;
  /** The pick or backorder concerned (`1040.002`), or null for the order or a line. */
  document: string | null;
  /** What happened, in a clerk's words: `Run Fulfillment: 6 allocated, 4 backordered`. */
  text: string;
}

/** The Details tab: an order's history, newest first. */
export interface OrderHistory {
  order: string;
  events: OrderEvent[];
}
