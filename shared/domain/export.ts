import type { BackorderRow, PickRow } from './fulfillment';
import type { InventoryRow } from './inventory';
import type { Item } from './items';
import type { OrderSummary } from './orders';
import type { Page } from '../validation';

// CSV export of the lists as the screens show them: the same rows (the list channel with the screen's
// filters and search, every page of it) and the same columns, in plain values. The renderer's Export
// CSV button and the command line's `export` both read these, so a file is the same from either.

export interface ExportColumn<R> {
  header: string;
  value(row: R): string | number;
}

export interface ExportList<R> {
  /** The list channel that gives the rows, page by page. */
  channel: 'orders:list' | 'items:list' | 'inventory:list' | 'picks:list' | 'backorders:list';
  /** The part of the channel's input that makes this list (a view's filter). */
  fixed: Record<string, unknown>;
  /** The file's name without the date: `orders`, `low-stock`. */
  fileName: string;
  columns: ExportColumn<R>[];
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const ORDERS: ExportList<OrderSummary> = {
  channel: 'orders:list',
  fixed: {},
  fileName: 'orders',
  columns: [
    { header: 'Order', value: (o) => o.number },
    { header: 'Customer', value: (o) => o.customer },
    { header: 'Date', value: (o) => o.orderDate },
    { header: 'Priority', value: (o) => o.priority },
    { header: 'Policy', value: (o) => (o.policy === 'complete' ? 'ship complete' : 'ship partial') },
    { header: 'Status', value: (o) => o.status },
    { header: 'Lines', value: (o) => o.lines },
    { header: 'Units short', value: (o) => o.unitsShort },
  ],
};

// The item list's headings are the items file's column names, so an exported catalogue imports as it is.
const ITEMS: ExportList<Item> = {
  channel: 'items:list',
  fixed: {},
  fileName: 'items',
  columns: [
    { header: 'SKU', value: (i) => i.sku },
    { header: 'Description', value: (i) => i.description },
    { header: 'Unit', value: (i) => i.unit },
    { header: 'Allow backorder', value: (i) => yesNo(i.allowBackorder) },
    { header: 'Active', value: (i) => yesNo(i.active) },
  ],
};

const stockList = (filter: 'all' | 'low' | 'frozen', fileName: string): ExportList<InventoryRow> => ({
  channel: 'inventory:list',
  fixed: { filter },
  fileName,
  columns: [
    { header: 'SKU', value: (r) => r.sku },
    { header: 'Description', value: (r) => r.description },
    { header: 'On hand', value: (r) => r.onHand },
    { header: 'Available', value: (r) => r.available },
    { header: 'Allocated', value: (r) => r.allocated },
    { header: 'Free', value: (r) => r.free },
    { header: 'Frozen', value: (r) => r.frozen },
    { header: 'Waiting', value: (r) => r.waiting },
    // As the All stock view computes it: what free stock lacks for the demand waiting.
    { header: 'Short', value: (r) => Math.max(0, r.waiting - Math.max(0, r.free)) },
  ],
});

const PICKS: ExportList<PickRow> = {
  channel: 'picks:list',
  fixed: {},
  fileName: 'picks',
  columns: [
    { header: 'Pick', value: (p) => p.number },
    { header: 'Customer', value: (p) => p.customer },
    { header: 'Order date', value: (p) => p.orderDate },
    { header: 'Priority', value: (p) => p.priority },
    { header: 'Status', value: (p) => p.status },
    { header: 'SKUs', value: (p) => p.skus.join(' ') },
    { header: 'Lines', value: (p) => p.lines },
    { header: 'Units', value: (p) => p.units },
    { header: 'Printed', value: (p) => p.printedAt ?? '' },
    { header: 'Changed since printed', value: (p) => (p.printedAt ? yesNo(p.stale) : '') },
  ],
};

const backorderList = (filter: 'all' | 'fulfillable', fileName: string): ExportList<BackorderRow> => ({
  channel: 'backorders:list',
  fixed: { filter },
  fileName,
  columns: [
    { header: 'Backorder', value: (b) => b.number },
    { header: 'Customer', value: (b) => b.customer },
    { header: 'Order date', value: (b) => b.orderDate },
    { header: 'Priority', value: (b) => b.priority },
    { header: 'SKUs', value: (b) => b.skus.join(' ') },
    { header: 'Lines', value: (b) => b.lines },
    { header: 'Outstanding', value: (b) => b.outstanding },
    { header: 'Fillable now', value: (b) => b.fillableNow },
  ],
});

/** Every list that exports, by the name the command line uses (`export low`). */
export const EXPORT_LISTS = {
  orders: ORDERS,
  items: ITEMS,
  stock: stockList('all', 'all-stock'),
  low: stockList('low', 'low-stock'),
  frozen: stockList('frozen', 'frozen-stock'),
  picks: PICKS,
  backorders: backorderList('all', 'backorders'),
  fulfillable: backorderList('fulfillable', 'fulfillable-backorders'),
};
export type ExportListName = keyof typeof EXPORT_LISTS;

/** The largest page a list channel gives. */
export const EXPORT_PAGE = 1000;

/**
 * Every row of a list, page after page, until a page comes back short or the total is reached.
 * `fetchPage` is the channel call (asynchronous in the renderer, direct on the command line).
 */
export async function collectRows<R>(
  fetchPage: (offset: number, limit: number) => Promise<Page<R>> | Page<R>,
  onProgress: (loaded: number, total: number) => void = () => {},
): Promise<R[]> {
  const rows: R[] = [];
  for (;;) {
    const page = await fetchPage(rows.length, EXPORT_PAGE);
    rows.push(...page.rows);
    onProgress(rows.length, Math.max(page.total, rows.length));
    if (page.rows.length < EXPORT_PAGE || rows.length >= page.total) return rows;
  }
}

/** The header row and a row per record, ready for a CSV writer. */
export const exportRecords = <R>(list: ExportList<R>, rows: R[]): (string | number)[][] => [
  list.columns.map((c) => c.header),
  ...rows.map((row) => list.columns.map((c) => c.value(row))),
];
