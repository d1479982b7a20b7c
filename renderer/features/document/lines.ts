import type { DocDetail, DocLineView } from '../../../shared/domain/fulfillment';

/** `1040.002` belongs to order `1040`. */
export const orderOf = (doc: string): string => doc.replace(/\.\d+$/, '');

/**
 * A backorder is a document in `Back Order`; every other status is a pick (open, printed, completed).
 * A cancelled document no longer says which it was, so it is just a document.
 */
export const kindOf = (status: DocDetail['status']): string => (status === 'Back Order' ? 'Backorder' : status === 'Cancelled' ? 'Document' : 'Pick');

/** `A-01 4 · B-02 2`; a line held in one bin needs only the bin. */
export function binsText(line: DocLineView): string {
  if (line.bins.length === 1) return line.bins[0]!.bin;
  return line.bins.map((b) => `${b.bin} ${b.qty.toLocaleString()}`).join(' · ');
}
