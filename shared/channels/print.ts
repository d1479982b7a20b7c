import type { PrintDoneResult, PrintOrderResult, PrintSendResult, Sheet } from '../domain/print';
import { PrintDoneInput, PrintSendInput, SheetsInput } from '../domain/print';
import { OrderRefInput } from '../domain/orders';
import { command, query } from './define';

/**
 * Printing. A sheet is made (`print:sheets`, or `orders:print` for an order), printed, and only then
 * recorded (`print:done`): a print that fails or is cancelled leaves every document as it was.
 */
export const printChannels = {
  /** The print dialog's preview of an order: the sheets printing it would give, changing nothing. */
  'print:orderPreview': query<PrintOrderResult>('orders', 'documents', 'stock', 'items', 'settings')(OrderRefInput),
  /** The sheets of picks and backorders, for the print view; refuses a completed or cancelled one. */
  'print:sheets': query<Sheet[]>('documents', 'orders', 'stock', 'items', 'settings')(SheetsInput),
  /** Records that these sheets were printed: picks become Printed, every print is counted. */
  'print:done': command<PrintDoneResult>('documents', 'orders')(PrintDoneInput),
  /** The desktop app prints the sheets itself (system print dialog or Save as PDF), then records them. */
  'print:send': command<PrintSendResult>('documents', 'orders')(PrintSendInput),
};
