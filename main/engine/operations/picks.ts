import type { ParsedInput } from '../../../shared/contract';
import type { CompletePickResult } from '../../../shared/domain/fulfillment';
import { refuseRepeatedSkus, skuKey } from '../../../shared/domain/items';
import { invalid, refused } from '../../../shared/errors';
import { binById } from '../../store/repos/bins';
import { allocationsOfLine, docLines, requireOpenPick } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import { orderById } from '../../store/repos/orders';
import type { EngineCtx } from '../context';
import { changeDocLine, moveLineQty, releaseAllocation, setDocStatus } from '../parts/documents';
import { returnToOrder } from '../parts/give-back';
import { note, sumQty } from '../parts/history';
import { settleOrder } from '../parts/settle';
import { post } from '../parts/stock';

/**
 * Completes a pick: issues what was pulled from its bins (ledger `pick issue`), default all of it.
 * A line pulled short gives its remainder back to the order (a backorder, or unallocated if the item
 * is not backorderable) and names the bins worth counting.
 */
export function completePick(ctx: EngineCtx, input: ParsedInput<'picks:complete'>): CompletePickResult {
  const db = ctx.db;
  const doc = requireOpenPick(db, input.pick);
  const lines = docLines(db, doc.id).filter((l) => l.qty > 0);
  const skuOf = (itemId: number) => itemById(db, itemId).sku;
  const pulled = new Map<number, number>(lines.map((l) => [l.id, l.qty]));
  refuseRepeatedSkus(input.lines);
  input.lines.forEach((request, index) => {
    const matching = lines.filter((l) => skuKey(skuOf(l.item_id)) === skuKey(request.sku));
    if (matching.length === 0) throw invalid(`lines.${index}.sku`, `${request.sku} is not on pick ${doc.number}`);
    const allocated = matching.reduce((n, l) => n + l.qty, 0);
    if (request.picked > allocated) {
      const sku = skuOf(matching[0]!.item_id);
      throw refused(`${request.picked} is more than the ${allocated} of ${sku} allocated on pick ${doc.number}`, `lines.${index}.picked`);
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
      if (q < a.qty) countBins.push(binById(db, a.bin_id).code);
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
  // A pick that pulled nothing closes Cancelled: nothing left the shelves.
  setDocStatus(ctx, doc.id, result.picked.length > 0 ? 'Completed' : 'Cancelled');
  note(ctx, doc.order_id, 'completed', doc.number, completedText(result));
  settleOrder(ctx, doc.order_id);
  result.orderStatus = orderById(db, doc.order_id).status;
  return result;
}

/** `Pick completed: 8 picked; 2 × TR-GR short, back on backorder 1040.003`. */
function completedText(result: CompletePickResult): string {
  const short = result.short.map((s) => `${s.qty} × ${s.sku} short, ${s.backorder ? `back on backorder ${s.backorder}` : 'left unallocated'}`);
  return [`Pick completed: ${sumQty(result.picked)} picked`, ...short].join('; ');
}
