import { PAPER_SIZES, printViewPath, type PaperSize, type PrintSendResult } from '../../../shared/domain/print';
import type { ApiClient } from '../../api';
import { navigate } from '../../app/router';

export const PAPER_LABELS: Record<PaperSize, string> = { letter: 'Letter', a4: 'A4' };

/** The print view's route parameters (see `printViewPath`). */
export function parsePrintParams(params: Record<string, string>): { paper: PaperSize; documents: string[]; startNow: boolean } {
  const paper = PAPER_SIZES.includes(params.paper as PaperSize) ? (params.paper as PaperSize) : 'letter';
  const documents = (params.documents ?? '').split(',').filter(Boolean).map(decodeURIComponent);
  return { paper, documents, startNow: params.start === 'now' };
}

/** `1040.001`, `1040.001 and 1040.002`, `1040.001, 1040.002 and 1040.003`. */
export const listed = (numbers: readonly string[]): string =>
  numbers.length <= 1 ? (numbers[0] ?? '') : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;

export type PrintTarget = 'printer' | 'pdf';

/**
 * Sends sheets to the printer. The desktop app prints them itself (`print:send`: the system print
 * dialog or Save as PDF, and only a print that went out is recorded). A browser cannot be asked
 * whether a print came out, so browser mode opens the print view, which prints through the browser
 * and then asks the clerk before recording anything. Returns what to tell the clerk, or null when
 * the print view takes over.
 */
export async function sendSheets(api: ApiClient, documents: string[], paper: PaperSize, to: PrintTarget): Promise<string | null> {
  if (api.mode !== 'electron') {
    navigate(printViewPath(paper, documents, true));
    return null;
  }
  return printedMessage(await api.call('print:send', { documents, paper, to }), documents);
}

export function printedMessage(result: PrintSendResult, documents: string[]): string {
  if (result.outcome === 'cancelled') return 'Not printed: nothing was marked printed';
  const printed = listed(result.printed.map((d) => d.number));
  return result.pdfPath ? `Saved ${printed} as ${result.pdfPath}` : `Printed ${printed || listed(documents)}`;
}
