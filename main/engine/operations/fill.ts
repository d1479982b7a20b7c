import type { ParsedInput } from '../../../shared/contract';
import type { FillResult } from '../../../shared/domain/fulfillment';
import { refuseRepeatedSkus, skuKey } from '../../../shared/domain/items';
import { invalid, refused } from '../../../shared/errors';
import { docLines, requireDoc } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import { orderById } from '../../store/repos/orders';
import type { EngineCtx } from '../context';
import { moveToPick, releaseBlocker, type LineTakes } from '../parts/backorder-moves';
import { FreeStock, sumTakes } from '../parts/free-stock';
import { note, qtyList } from '../parts/history';
import { applyWholeOrder, planWholeOrder } from '../parts/whole-order';

type FillRequest = ParsedInput<'backorders:fill'>;

/**
 * Fills a backorder from its items tab: `Complete` fills every line in full, `All` one line in
 * full, a `Filled` number part of a line. The filled quantity is allocated and moved to a pick: the
 * backorder itself when the whole of it is filled, else a new pick split off from it.
 */
export function fillBackorder(ctx: EngineCtx, input: FillRequest): FillResult {
  const db = ctx.db;
  const doc = requireDoc(db, input.backorder, 'backorder');
  const order = orderById(db, doc.order_id);
  const closed = releaseBlocker(doc, order);
  if (closed) throw refused(closed, 'backorder');

  const lines = docLines(db, doc.id).filter((l) => l.qty > 0);
  const skuOf = (itemId: number) => itemById(db, itemId).sku;
  // What to fill per backorder line. A sku on two lines of the order fills them in line order.
  const wanted = new Map<number, number>();
  if ('complete' in input) {
    for (const line of lines) wanted.set(line.id, line.qty);
  } else {
    refuseRepeatedSkus(input.lines);
    input.lines.forEach((request, index) => {
      const matching = lines.filter((l) => skuKey(skuOf(l.item_id)) === skuKey(request.sku));
      if (matching.length === 0) throw invalid(`lines.${index}.sku`, `${request.sku} is not outstanding on backorder ${doc.number}`);
      const outstanding = matching.reduce((n, l) => n + l.qty - (wanted.get(l.id) ?? 0), 0);
      let left = 'all' in request ? outstanding : request.filled;
      if (left > outstanding) {
        const sku = skuOf(matching[0]!.item_id);
        throw refused(`${left} is more than the ${outstanding} of ${sku} outstanding on backorder ${doc.number}`, `lines.${index}.filled`);
      }
      for (const line of matching) {
        const q = Math.min(left, line.qty - (wanted.get(line.id) ?? 0));
        wanted.set(line.id, (wanted.get(line.id) ?? 0) + q);
        left -= q;
      }
    });
  }

  const total = [...wanted.values()].reduce((n, q) => n + q, 0);
  const whole = lines.every((l) => wanted.get(l.id) === l.qty);
  if (order.policy === 'complete' && !whole) {
    throw refused(`order ${order.number} ships complete: fill every line of ${doc.number} in full (Complete)`, 'backorder');
  }
  if (total === 0) throw invalid('lines', 'must fill at least one unit');

  const free = new FreeStock(db, lines.map((l) => l.item_id));
  // The fill in the order's history (the release or split it caused is noted by moveToPick).
  const noted = (result: FillResult): FillResult => {
    const how = 'complete' in input ? ' (Complete)' : '';
    const into = result.inPlace ? 'now a pick' : `moved to pick ${result.pick}`;
    note(ctx, order.id, 'filled', doc.number, `Filled ${qtyList(result.filled)}${how}: ${into}`);
    return result;
  };
  if (order.policy === 'complete') {
    // The whole order goes, or nothing: its other backorders and unplaced lines too.
    const answer = planWholeOrder(ctx, order.id, free);
    if (!answer.ok) {
      const skus = answer.short.map((x) => `${x.missing} × ${skuOf(x.itemId)}`).join(', ');
      throw refused(`order ${order.number} ships complete and not all of it can go now (${skus} short)`, 'backorder');
    }
    applyWholeOrder(ctx, order.id, answer.plan);
    return noted({ backorder: doc.number, pick: doc.number, inPlace: true, filled: lines.map((l) => ({ sku: skuOf(l.item_id), qty: l.qty })), remaining: [] });
  }
  const plan: LineTakes[] = lines.map((line) => {
    const qty = wanted.get(line.id) ?? 0;
    const takes = qty > 0 ? free.take(line.item_id, qty) : [];
    if (sumTakes(takes) < qty) {
      const field = 'complete' in input ? 'backorder' : requestField(input, skuOf(line.item_id));
      const freeNow = sumTakes(takes);
      // Frozen stock is on the shelf but cannot be allocated: say so, so the clerk knows to check the hold.
      const frozen = free.frozen(line.item_id);
      const held = frozen > 0 ? ` (${frozen} more ${frozen === 1 ? 'is' : 'are'} only frozen)` : '';
      throw refused(`only ${freeNow} of ${skuOf(line.item_id)} ${freeNow === 1 ? 'is' : 'are'} free${held}; ${qty} cannot be filled`, field);
    }
    return { line, takes };
  });

  const { pick, inPlace } = moveToPick(ctx, doc, plan);
  return noted({
    backorder: doc.number,
    pick: pick.number,
    inPlace,
    filled: plan.filter((p) => sumTakes(p.takes) > 0).map((p) => ({ sku: skuOf(p.line.item_id), qty: sumTakes(p.takes) })),
    remaining: inPlace
      ? []
      : plan.filter((p) => p.line.qty > sumTakes(p.takes)).map((p) => ({ sku: skuOf(p.line.item_id), qty: p.line.qty - sumTakes(p.takes) })),
  });
}

/** The form field a refusal belongs to: the line's `All` box or its `Filled` number. */
function requestField(input: Extract<FillRequest, { lines: unknown }>, sku: string): string {
  const index = input.lines.findIndex((l) => skuKey(l.sku) === skuKey(sku));
  return `lines.${index}.${'all' in input.lines[index]! ? 'all' : 'filled'}`;
}
