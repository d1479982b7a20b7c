import type { CompletePickResult } from '../../shared/domain/fulfillment';
import { skuKey } from '../../shared/domain/items';
import { invalid, refused } from '../../shared/errors';
import { preparedFor } from '../store/prepared';
import { itemById, orderById, requireDoc, type DocRow } from '../store/repos/lookup';
import type { EngineCtx } from './context';
import { allocationsOfLine, changeDocLine, docLines, moveLineQty, releaseAllocation, releaseLine, setDocStatus } from './documents';
import { returnToOrder } from './give-back';
import { note, qtyList, sumQty } from './history';
import { settleOrder } from './settle';
import { post } from './stock';
import { write } from './transaction';

const statements = preparedFor((db) => ({
  binCode: db.prepare<[number], { code: string }>('SELECT code FROM bin WHERE id = ?'),
}));

/** An open or printed pick, or a refusal saying why this document is not one. */
export function requireOpenPick(ctx: EngineCtx, number: string, field = 'pick'): DocRow {
  const doc = requireDoc(ctx.db, number, field);
  if (doc.status === 'Completed') throw refused(`${doc.number} is already completed`, field);
  if (doc.status === 'Cancelled') throw refused(`${doc.number} is cancelled`, field);
  if (doc.status === 'Back Order') throw refused(`${doc.number} is a backorder, not a pick: fill or release it first`, field);
  return doc;
}

/**
 * Completes a pick: issues what was pulled from its bins (ledger `pick issue`), default all of it.
 * A line pulled short gives its remainder back to the order (a backorder, or unallocated if the item
 * is not backorderable) and names the bins worth counting.
 */
export function completePick(ctx: EngineCtx, input: { pick: string; lines: { sku: string; picked: number }[] }): CompletePickResult {
  return write(ctx.db, () => {
    const db = ctx.db;
    const doc = requireOpenPick(ctx, input.pick);
    const lines = docLines(db, doc.id).filter((l) => l.qty > 0);
    const skuOf = (itemId: number) => itemById(db, itemId).sku;
    const pulled = new Map<number, number>(lines.map((l) => [l.id, l.qty]));
    input.lines.forEach((request, index) => {
      const matching = lines.filter((l) => skuKey(skuOf(l.item_id)) === skuKey(request.sku));
      if (matching.length === 0) throw invalid(`lines.${index}.sku`, `${request.sku} is not on ${doc.number}`);
      const allocated = matching.reduce((n, l) => n + l.qty, 0);
      if (request.picked > allocated) {
        throw invalid(`lines.${index}.picked`, `${request.picked} is more than the ${allocated} of ${skuOf(matching[0]!.item_id)} allocated on ${doc.number}`);
      }
      let left = request.picked;
      for (const line of matching) {
        const q = Math.min(left, line.qty);
        pulled.set(line.id, q);
        left -= q;
      }
    });

    const result: CompletePickResult = { pick: doc.number, picked: [], short: [], orderStatus: '' };
    for (const line of lines) {
      const picked = pulled.get(line.id)!;
      let toIssue = picked;
      const countBins: string[] = [];
      // Issue in pick sequence; a bin whose reservation was not pulled in full is worth counting.
      for (const a of allocationsOfLine(db, line.id)) {
        const q = Math.min(a.qty, toIssue);
        toIssue -= q;
        releaseAllocation(db, line.id, line.item_id, a.bin_id, a.qty);
        if (q > 0) post(ctx, { kind: 'pick issue', itemId: line.item_id, binId: a.bin_id, status: 'available', qty: -q, reason: 'pick', document: doc.number });
        if (q < a.qty) countBins.push(statements(db).binCode.get(a.bin_id)!.code);
      }
      const short = line.qty - picked;
      changeDocLine(db, line.id, { qty: -short, short });
      moveLineQty(db, line.order_line_id, { allocated: -line.qty, completed: picked });
      if (picked > 0) result.picked.push({ sku: skuOf(line.item_id), qty: picked });
      if (short > 0) {
        const backorder = returnToOrder(ctx, doc.order_id, line.order_line_id, line.item_id, short);
        result.short.push({ sku: skuOf(line.item_id), qty: short, backorder, countBins });
      }
    }
    setDocStatus(ctx, doc.id, 'Completed');
    note(ctx, doc.order_id, 'completed', doc.number, completedText(result));
    settleOrder(ctx, doc.order_id);
    result.orderStatus = orderById(db, doc.order_id).status;
    return result;
  });
}

/** `Pick completed: 8 picked; 2 × TR-GR short, back on backorder 1040.003`. */
function completedText(result: CompletePickResult): string {
  const short = result.short.map((s) => `${s.qty} × ${s.sku} short, ${s.backorder ? `back on backorder ${s.backorder}` : 'left unallocated'}`);
  return [`Pick completed: ${sumQty(result.picked)} picked`, ...short].join('; ');
}

/** Cancels an open or printed pick: its allocations are released and its quantity becomes cancelled. */
export function cancelPick(ctx: EngineCtx, number: string): DocRow {
  return write(ctx.db, () => {
    const doc = requireOpenPick(ctx, number);
    const cancelled: { sku: string; qty: number }[] = [];
    for (const line of docLines(ctx.db, doc.id)) {
      if (line.qty === 0) continue;
      releaseLine(ctx.db, line);
      changeDocLine(ctx.db, line.id, { qty: -line.qty, cancelled: line.qty });
      moveLineQty(ctx.db, line.order_line_id, { allocated: -line.qty, cancelled: line.qty });
      cancelled.push({ sku: itemById(ctx.db, line.item_id).sku, qty: line.qty });
    }
    setDocStatus(ctx, doc.id, 'Cancelled');
    note(ctx, doc.order_id, 'cancelled', doc.number, `Pick cancelled: ${qtyList(cancelled)}`);
    settleOrder(ctx, doc.order_id);
    return { ...doc, status: 'Cancelled' };
  });
}
