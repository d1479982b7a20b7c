import type { ReceiveResult } from '../../shared/domain/fulfillment';
import { requireBin, requireItem } from '../store/repos/lookup';
import { receivingBinFor } from './bins';
import type { EngineCtx } from './context';
import { autoRelease } from './release';
import { readSettings } from './settings';
import { post } from './stock';
import { dryRun, write } from './transaction';

export interface ParsedReceipt {
  reference: string;
  lines: { sku: string; bin?: string; qty: number }[];
}

/**
 * Receives stock into bins as available, then (unless auto-release is off in settings) releases
 * the backorders waiting for the received items, in precedence order. Surplus stays available.
 */
export function receive(ctx: EngineCtx, input: ParsedReceipt): ReceiveResult {
  return write(ctx.db, () => {
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
    const released = enabled ? autoRelease(ctx, posted.map((p) => p.itemId)) : [];
    return { reference: input.reference, lines: posted.map(({ sku, bin, qty }) => ({ sku, bin, qty })), released, autoRelease: enabled };
  });
}

/** What `receive` would post and release, without changing anything. */
export const previewReceipt = (ctx: EngineCtx, input: ParsedReceipt): ReceiveResult => dryRun(ctx.db, () => receive(ctx, input));
