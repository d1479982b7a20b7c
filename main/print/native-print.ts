import { contract } from '../../shared/contract';
import type { PaperSize, PrintSendInput, PrintSendResult } from '../../shared/domain/print';
import type { Result } from '../../shared/result';
import { parseInput } from '../../shared/validation';
import type { Dispatch } from '../handlers/dispatch';

/** What the desktop app's printer did with a job: the sheets exactly as they went out, or nothing. */
export type PrinterOutcome = { outcome: 'printed'; sheets: { number: string; version: string }[]; pdfPath: string | null } | { outcome: 'cancelled' };

/**
 * Prints the print view of a job's documents (main/print/electron/sheet-printer.ts: a hidden window,
 * the system print dialog or Save as PDF). Rejects with the reason when the print failed.
 */
export interface SheetPrinter {
  print(job: { documents: string[]; paper: PaperSize; to: 'printer' | 'pdf' }): Promise<PrinterOutcome>;
}

/** The worker core's dispatcher (answers later) or the synchronous one. */
type AnyDispatch = (...call: Parameters<Dispatch>) => Result<unknown> | Promise<Result<unknown>>;

/**
 * The desktop app's dispatcher: `print:send` prints through the printer, which waits on a dialog and
 * a printer (the handler table's synchronous handlers cannot, and refuse it); every other channel
 * goes to the dispatcher as before. The sheets are checked first (a cancelled or completed document
 * is refused before any dialog opens) and recorded with `print:done` only once they went out, with
 * the versions the printed pages showed: a failed or cancelled print changes nothing.
 */
export function withNativePrinting(dispatch: AnyDispatch, printer: SheetPrinter): AnyDispatch {
  return (channel, input, origin, key) => (channel === 'print:send' ? printSheets(dispatch, printer, input, origin) : dispatch(channel, input, origin, key));
}

async function printSheets(dispatch: AnyDispatch, printer: SheetPrinter, input: unknown, origin: string | undefined): Promise<Result<PrintSendResult>> {
  const parsed = parseInput(contract['print:send'].input, input ?? {});
  if (!parsed.ok) return parsed;
  const job: PrintSendInput = parsed.value;
  const printable = await dispatch('print:sheets', { documents: job.documents }, origin);
  if (!printable.ok) return printable;
  let outcome: PrinterOutcome;
  try {
    outcome = await printer.print(job);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'refused', field: 'to', message: `The sheets did not print (${reason}); nothing was marked printed` } };
  }
  if (outcome.outcome === 'cancelled') return { ok: true, value: { outcome: 'cancelled', printed: [], pdfPath: null } };
  const done = await dispatch('print:done', { documents: outcome.sheets }, origin);
  if (!done.ok) return done;
  const { printed } = done.value as { printed: PrintSendResult['printed'] };
  return { ok: true, value: { outcome: 'printed', printed, pdfPath: outcome.pdfPath } };
}
