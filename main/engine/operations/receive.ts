import type { ParsedInput } from '../../../shared/contract';
import type { PostedReceipt } from '../../../shared/domain/inventory';
import { findBin, insertBin, primaryBinOf, requireBin, type BinRow } from '../../store/repos/bins';
import { requireItem } from '../../store/repos/items';
import { readSettings } from '../../store/repos/settings';
import type { EngineCtx } from '../context';
import { post } from '../parts/stock';
import { autoRelease } from './release';

/** Where a receipt goes when it names no bin and the item is stocked nowhere yet. */
const RECEIVING_BIN = 'RECEIVING';

/** The default bin to receive an item into: its primary bin, else RECEIVING (created when first needed). */
function receivingBinFor(ctx: EngineCtx, itemId: number): BinRow {
  return primaryBinOf(ctx.db, itemId) ?? findBin(ctx.db, RECEIVING_BIN) ?? insertBin(ctx.db, RECEIVING_BIN, null, ctx.now());
}

/**
 * Receives stock into bins as available, then (unless auto-release is off in settings) releases
 * the backorders waiting for the received items, in precedence order. Surplus stays available.
 * The receipt preview is this operation as a rehearsal, rolled back. The answer is whole: the handler
 * summarises it (`summariseReceipt`) before it leaves the process.
 */
export function receive(ctx: EngineCtx, input: ParsedInput<'inventory:receive'>): PostedReceipt {
  const db = ctx.db;
  const posted = input.lines.map((line, index) => {
    const item = requireItem(db, line.sku, `lines.${index}.sku`);
    const bin = line.bin ? requireBin(db, line.bin, `lines.${index}.bin`) : receivingBinFor(ctx, item.id);
    post(ctx, {
      kind: 'receipt',
      itemId: item.id,
      binId: bin.id,
      status: 'available',
      qty: line.qty,
      reason: input.reference ? `receipt ${input.reference}` : 'receipt',
      document: input.reference || null,
    });
    return { itemId: item.id, sku: item.sku, bin: bin.code, qty: line.qty };
  });
  const { autoRelease: enabled } = readSettings(db);
  const { released, units } = enabled ? autoRelease(ctx, posted.map((p) => p.itemId)) : { released: [], units: 0 };
  return { reference: input.reference, lines: posted.map(({ sku, bin, qty }) => ({ sku, bin, qty })), released, unitsReleased: units, autoRelease: enabled };
}
