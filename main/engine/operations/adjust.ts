import type { ParsedInput } from '../../../shared/contract';
import type { AdjustResult, ChangeStatusResult, GiveBack } from '../../../shared/domain/inventory';
import { refused } from '../../../shared/errors';
import { requireBin } from '../../store/repos/bins';
import { requireItem } from '../../store/repos/items';
import type { EngineCtx } from '../context';
import { giveBackFromBin } from '../parts/give-back';
import { binStock, post } from '../parts/stock';

/** The item, the bin and what the bin holds of it, for a count or a status change. */
function stockAt(ctx: EngineCtx, sku: string, binCode: string) {
  const item = requireItem(ctx.db, sku);
  const bin = requireBin(ctx.db, binCode);
  return { item, bin, row: binStock(ctx.db, item.id, bin.id) };
}

/** When available stock drops below what picks reserved in the bin, the newest picks give back the difference. */
function giveBackIfShort(ctx: EngineCtx, itemId: number, binId: number, allocated: number, availableAfter: number): GiveBack[] {
  return availableAfter < allocated ? giveBackFromBin(ctx, itemId, binId, allocated - availableAfter) : [];
}

/**
 * Sets or changes a bin's quantity in one status, with a reason. Never auto-releases. A bin cannot
 * go negative; a count that finds what the bin held is posted as 0, the record that it was counted;
 * a count that leaves less available than picks reserved there is accepted, and the newest picks
 * holding the bin give back what no longer exists.
 */
export function adjust(ctx: EngineCtx, input: ParsedInput<'inventory:adjust'>): AdjustResult {
  const { item, bin, row } = stockAt(ctx, input.sku, input.bin);
  const before = row ? row[input.status] : 0;
  const after = input.mode === 'set' ? input.qty : before + input.qty;
  if (after < 0) {
    throw refused(`${bin.code} holds only ${before} ${input.status} of ${item.sku}: taking ${-input.qty} would leave it below zero`, 'qty');
  }
  // A count that finds what was expected is kept as an adjustment of 0 (migration 9). Only a bin that
  // holds or held the item has a quantity to confirm; a change by 0 never gets here (refused as input).
  if (after === before && !row) {
    throw refused(`${bin.code} has never held ${item.sku}: a count of 0 there confirms nothing, so nothing was recorded`, 'qty');
  }
  const givenBack = input.status === 'available' ? giveBackIfShort(ctx, item.id, bin.id, row?.allocated ?? 0, after) : [];
  post(ctx, { kind: 'adjustment', itemId: item.id, binId: bin.id, status: input.status, qty: after - before, reason: input.reason, document: null });
  return { sku: item.sku, bin: bin.code, status: input.status, before, after, givenBack };
}

/** Moves quantity between statuses in a bin (e.g. frozen -> available). Never auto-releases. */
export function changeStatus(ctx: EngineCtx, input: ParsedInput<'inventory:changeStatus'>): ChangeStatusResult {
  const { item, bin, row } = stockAt(ctx, input.sku, input.bin);
  const held = row ? row[input.from] : 0;
  if (held < input.qty) throw refused(`${bin.code} holds only ${held} ${input.from} of ${item.sku}; cannot move ${input.qty}`, 'qty');
  const givenBack = input.from === 'available' ? giveBackIfShort(ctx, item.id, bin.id, row?.allocated ?? 0, held - input.qty) : [];
  const entry = { kind: 'status change' as const, itemId: item.id, binId: bin.id, reason: input.reason, document: null };
  post(ctx, { ...entry, status: input.from, qty: -input.qty });
  post(ctx, { ...entry, status: input.to, qty: input.qty });
  return { sku: item.sku, bin: bin.code, from: input.from, to: input.to, qty: input.qty, givenBack };
}
