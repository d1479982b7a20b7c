import type { ParsedInput } from '../../../shared/contract';
import type { Bin } from '../../../shared/domain/inventory';
import { conflict } from '../../../shared/errors';
import { findBin, insertBin, requireBin, setBinSequence, type BinRow } from '../../store/repos/bins';
import type { EngineCtx } from '../context';

const toBin = (row: BinRow): Bin => ({ id: row.id, code: row.code, sequence: row.sequence });

/** A new bin; its pick sequence is explicit, or (null) the natural order of its code. */
export function createBin(ctx: EngineCtx, { code, sequence }: ParsedInput<'bins:create'>): Bin {
  if (findBin(ctx.db, code)) throw conflict(`bin ${code} already exists`, 'code');
  return toBin(insertBin(ctx.db, code, sequence, ctx.now()));
}

/** Sets or clears a bin's explicit pick sequence. */
export function updateBin(ctx: EngineCtx, { code, sequence }: ParsedInput<'bins:update'>): Bin {
  const bin = requireBin(ctx.db, code, 'code');
  setBinSequence(ctx.db, bin.id, sequence);
  return toBin({ ...bin, sequence });
}
