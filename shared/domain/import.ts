import { z } from 'zod';

// CSV import: the four files of the benchmark generator (scripts/bench/gen-dataset.mjs), read with a
// header row. A file imports all or nothing; every problem is reported with its row and column.

export const IMPORT_KINDS = ['items', 'stock', 'orders', 'receipts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportColumn {
  /** As written in the header (matched ignoring case, with spaces or hyphens read as `_`). */
  name: string;
  required: boolean;
  /** What goes in it, for the Import screen and the command line's usage text. */
  about: string;
}

const col = (name: string, required: boolean, about: string): ImportColumn => ({ name, required, about });

/** The columns of each file: the generator's, then optional ones Stockdesk also reads. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  items: [
    col('sku', true, 'the item code, unique ignoring case'),
    col('description', false, 'up to 200 characters'),
    col('allow_backorder', false, '1 or 0 (yes or no); empty: yes'),
    col('unit', false, 'ea, box, kg, ...; empty: ea'),
    col('active', false, '1 or 0 (yes or no); empty: yes'),
  ],
  stock: [
    col('sku', true, 'an item already in Stockdesk'),
    col('location', true, 'the bin code; a bin not yet known is created'),
    col('status', false, 'available, frozen, damaged or quarantine; empty: available'),
    col('qty', true, 'a whole number above 0, added to what the bin holds'),
  ],
  orders: [
    col('order_no', true, 'one order per number; its rows are its lines'),
    col('order_date', true, 'YYYY-MM-DD'),
    col('customer', true, 'the same on every row of an order'),
    col('line_no', false, 'orders the lines within the order'),
    col('sku', true, 'an active item (a kit becomes its components)'),
    col('qty', true, 'a whole number above 0'),
    col('priority', false, 'high, normal or low; empty: normal'),
    col('policy', false, 'partial or complete; empty: partial'),
    col('line_status', false, 'Warehouse Pick, Vendor Order or Non-stock; empty: Warehouse Pick'),
    col('status', false, 'Open or Draft; empty: Open'),
  ],
  receipts: [
    col('sku', true, 'an item already in Stockdesk'),
    col('qty', true, 'a whole number above 0'),
    col('location', false, 'an existing bin; empty: the item’s first bin, else RECEIVING'),
    col('reference', false, 'the vendor order or delivery note; rows with one reference are one receipt; empty: the file’s name'),
  ],
};

/**
 * The most text one request may carry: browser mode refuses requests over 16 MB, and the file travels
 * inside one as JSON text (quotes and line ends escaped), so 12 MB leaves room. Bigger files: the
 * command line (`npm run cli -- import`), which has no such limit.
 */
export const IMPORT_TEXT_MAX = 12 * 1024 * 1024;

export const ImportInput = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  /** Shown in messages and used as the default receipt reference. */
  fileName: z.string().trim().max(255).default(''),
  text: z.string().max(IMPORT_TEXT_MAX, { error: 'must be at most 12 MB: import bigger files with the command line (npm run cli -- import)' }),
});
export type ImportInput = z.input<typeof ImportInput>;

/** One problem: `row 12, column qty: must be a whole number above 0`. Row 1 is the header. */
export interface ImportIssue {
  row: number;
  /** The column (its canonical name), or null when the whole row or file is at fault. */
  column: string | null;
  message: string;
}

export const issueText = (issue: ImportIssue): string => `row ${issue.row}${issue.column ? `, column ${issue.column}` : ''}: ${issue.message}`;

/** How many problems an answer lists; the count says how many there are in all. */
export const ISSUES_LISTED = 500;
/** How many rows the preview shows. */
export const PREVIEW_ROWS = 20;

export interface ImportPreview {
  kind: ImportKind;
  fileName: string;
  /** The header as the file has it. */
  header: string[];
  /** The first rows, as text, with their row numbers. */
  rows: { row: number; cells: string[] }[];
  /** Data rows in the file (blank rows not counted). */
  totalRows: number;
  /** The first `ISSUES_LISTED` problems, in row order. */
  issues: ImportIssue[];
  issueCount: number;
  /** What an import would do, in a clerk's words (`12 items to create`); empty when there are problems. */
  plan: string;
}

export interface ImportResult {
  kind: ImportKind;
  fileName: string;
  rows: number;
  /** What was done: `Imported 12 items`, `Received 841 lines in 1 receipt; released 300 backorders`. */
  summary: string;
}
