import { z } from 'zod';
import type { FulfillmentResults } from './fulfillment';
import { docNumber, type DocStatus, type ShipCode } from './orders';

/** The sheets fit both; the site's default is a setting (`paperSize`). */
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** A pick sheet line: where to pull it from, in bin pick sequence. */
export interface PickSheetLine {
  bin: string;
  sku: string;
  description: string;
  unit: string;
  qty: number;
}

/** A backorder sheet line: what is still outstanding, and what free stock could fill now. */
export interface BackorderSheetLine {
  sku: string;
  description: string;
  unit: string;
  /** The order line's quantity. */
  ordered: number;
  outstanding: number;
  freeNow: number;
}

interface SheetHead {
  number: string;
  order: string;
  customer: string;
  orderDate: string;
  /** When the document was created (the backorder sheet's "created"). */
  createdAt: string;
  status: DocStatus;
  shipCode: ShipCode;
  /** The site's name from the settings, printed at the top; empty when it was never set. */
  siteName: string;
  /** When this sheet was made: the printed date and time on it. */
  generatedAt: string;
  /** Sheets of this document printed before; above 0 the sheet says REPRINT and which print it is. */
  printCount: number;
  lastPrintedAt: string | null;
  /**
   * What changed on the document since its last sheet was printed, in a clerk's words (empty when
   * nothing did, or it was never printed): the reprint says so, so nobody pulls from stale paper.
   */
  changes: string[];
  /**
   * What this sheet shows, as the store compares it: handed back with `print:done`, so that a
   * document that changes while its sheet is at the printer is still flagged as out of date.
   */
  version: string;
}

export type Sheet = SheetHead & ({ kind: 'pick'; lines: PickSheetLine[] } | { kind: 'backorder'; lines: BackorderSheetLine[] });

export interface PrintOrderResult {
  /** The fulfillment run that printing made. */
  fulfillment: FulfillmentResults;
  /** Its picks' and backorders' sheets, in document order. */
  sheets: Sheet[];
}

const documentList = z
  .array(docNumber)
  .min(1, { error: 'must name at least one pick or backorder' })
  .max(500, { error: 'must name at most 500 documents: print them in smaller jobs' });

export const SheetsInput = z.strictObject({ documents: documentList });

export const PrintDoneInput = z.strictObject({
  documents: z
    .array(z.strictObject({ number: docNumber, version: z.string().max(100_000) }))
    .min(1, { error: 'must name at least one pick or backorder' })
    .max(500, { error: 'must name at most 500 documents' }),
});

export const PrintSendInput = z.strictObject({
  documents: documentList,
  paper: z.enum(PAPER_SIZES),
  /** The system print dialog, or Save as PDF. */
  to: z.enum(['printer', 'pdf']),
});
export type PrintSendInput = z.output<typeof PrintSendInput>;

export interface PrintedDocument {
  number: string;
  status: DocStatus;
  printCount: number;
}

export interface PrintDoneResult {
  printed: PrintedDocument[];
}

export interface PrintSendResult {
  /** Nothing is marked printed when the clerk cancelled the print dialog or the save. */
  outcome: 'printed' | 'cancelled';
  printed: PrintedDocument[];
  /** Where Save as PDF wrote the file. */
  pdfPath: string | null;
}

/** A document's printed sheet, as its page and lists show it. */
export interface PrintState {
  /** Sheets printed so far. */
  printCount: number;
  printedAt: string | null;
  /** The document changed after its last sheet was printed: that paper is out of date. */
  stale: boolean;
}

/**
 * The print view's path (the renderer's `#print/...` route): `print/a4/1040.001,1040.002`, each
 * number escaped first so that a comma or slash in an order number survives; `/now` starts printing
 * as soon as the sheets are drawn. The desktop app's hidden print window loads the same path.
 */
export const printViewPath = (paper: PaperSize, documents: readonly string[], startNow = false): string =>
  `print/${paper}/${documents.map(encodeURIComponent).join(',')}${startNow ? '/now' : ''}`;
