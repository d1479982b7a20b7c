import { preparedFor } from '../store/prepared';
import type { BinRow } from '../store/repos/lookup';
import { findBin } from '../store/repos/lookup';
import type { EngineCtx } from './context';
import { naturalKey } from './natural-key';

/** Where a receipt goes when it names no bin and the item is stocked nowhere yet. */
export const RECEIVING_BIN = 'RECEIVING';

const statements = preparedFor((db) => ({
  insert: db.prepare<{ code: string; sequence: number | null; key: string; now: string }>(
    'INSERT INTO bin (code, sequence, natural_key, created_at) VALUES (@code, @sequence, @key, @now)',
  ),
  // The bin earliest in pick sequence that holds (or held) the item.
  primaryBin: db.prepare<[number], BinRow>(
    `SELECT b.* FROM bin_stock s JOIN bin b ON b.id = s.bin_id WHERE s.item_id = ?
     ORDER BY b.sequence IS NULL, b.sequence, b.natural_key LIMIT 1`,
  ),
}));

export function createBin(ctx: EngineCtx, code: string, sequence: number | null): BinRow {
  statements(ctx.db).insert.run({ code, sequence, key: naturalKey(code), now: ctx.now() });
  return findBin(ctx.db, code)!;
}

/** The default bin to receive an item into: its primary bin, else RECEIVING (created when first needed). */
export function receivingBinFor(ctx: EngineCtx, itemId: number): BinRow {
  return statements(ctx.db).primaryBin.get(itemId) ?? findBin(ctx.db, RECEIVING_BIN) ?? createBin(ctx, RECEIVING_BIN, null);
}
