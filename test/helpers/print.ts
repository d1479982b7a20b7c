import type { PrintDoneResult, PrintOrderResult, Sheet } from '../../shared/domain/print';
import type { Harness } from './harness';

/** Prints the sheets of these documents as the print view does: the sheets, then `print:done`. */
export function printSheets(h: Harness, ...numbers: string[]): Sheet[] {
  const sheets = h.call('print:sheets', { documents: numbers });
  recordPrinted(h, sheets);
  return sheets;
}

/** Print on an order, every sheet printed: `orders:print` (fulfillment runs), then `print:done`. */
export function printOrder(h: Harness, order: string): PrintOrderResult {
  const result = h.call('orders:print', { order });
  recordPrinted(h, result.sheets);
  return result;
}

export const recordPrinted = (h: Harness, sheets: Sheet[]): PrintDoneResult =>
  h.call('print:done', { documents: sheets.map((s) => ({ number: s.number, version: s.version })) });
