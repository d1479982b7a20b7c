import type { BinStock, LedgerEntry } from '../../../shared/domain/inventory';

/** A ledger entry as the item's page shows it: a count that confirmed its bin carries what it found. */
export type LedgerRow = LedgerEntry & { confirmed?: number };

/** An entry of 0 is an adjustment only a count makes: the bin held exactly what the clerk counted. */
export const isConfirmedCount = (entry: LedgerEntry): boolean => entry.kind === 'adjustment' && entry.qty === 0;

/**
 * The quantity each confirmed count found, worked back from what the bins hold now: the bin and
 * status's balance less every entry posted there since. The rows are the newest first from the
 * first one on (a paged ledger only ever loads more at its end), so every later entry is among them.
 * Without the bins (still loading) the counts are shown without their quantity.
 */
export function withConfirmedCounts(rows: LedgerEntry[], bins: BinStock[] | undefined): LedgerRow[] {
  if (!bins || !rows.some(isConfirmedCount)) return rows;
  const balance = new Map<string, number>();
  const key = (bin: string, status: string) => `${bin}\u0000${status}`;
  for (const b of bins) for (const status of ['available', 'frozen', 'damaged', 'quarantine'] as const) balance.set(key(b.bin, status), b[status]);
  return rows.map((entry) => {
    const at = key(entry.bin, entry.status);
    const held = balance.get(at) ?? 0;
    balance.set(at, held - entry.qty);
    return isConfirmedCount(entry) ? { ...entry, confirmed: held } : entry;
  });
}
