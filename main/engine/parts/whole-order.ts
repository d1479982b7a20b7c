import { preparedFor } from '../../store/prepared';
import type { ReadDb } from '../../store/handles';
import { docById, openPickOf, type DocLineRow, type DocRow } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import { unplacedLines } from '../../store/repos/lines';
import { moveToPick, type LineTakes } from './backorder-moves';
import type { EngineCtx } from '../context';
import { addToDocLine, allocateTakes, createDoc, moveLineQty } from './documents';
import { sumTakes, type FreeStock, type Take } from './free-stock';

// Policy `complete` is about the whole order ("ship nothing until every line can go"), not about one
// document: an order that ships complete is allocated only when everything it still needs from stock
// - its backorders and its unplaced Warehouse Pick lines - can be allocated at once. Runs, releases
// and fills of such orders all go through here.

const statements = preparedFor((db: ReadDb) => ({
  backorderLines: db.prepare<[number], DocLineRow>(
    `SELECT l.* FROM doc_line l JOIN doc d ON d.id = l.doc_id
     WHERE d.order_id = +? AND d.status = 'Back Order' AND l.qty > 0 ORDER BY d.seq, l.id`,
  ),
}));

export interface WholeOrderPlan {
  /** Each backorder of the order, with what covers each of its lines in full. */
  backorders: { doc: DocRow; lines: LineTakes[] }[];
  /** Warehouse Pick lines on no document yet, with what covers them in full. */
  unplaced: { orderLineId: number; itemId: number; takes: Take[] }[];
}

type WholeOrderAnswer =
  | { ok: true; plan: WholeOrderPlan }
  /** Not all of it can go: nothing was taken. `takeable` says whether any of it could. */
  | { ok: false; short: Shortfall[]; takeable: boolean };

/** An item free stock cannot cover, and by how much. */
export interface Shortfall {
  itemId: number;
  missing: number;
}

/** Plans everything a complete-policy order still needs against `free`; takes it only if all of it can go. */
export function planWholeOrder(ctx: EngineCtx, orderId: number, free: FreeStock): WholeOrderAnswer {
  const backorderLines = statements(ctx.db).backorderLines.all(orderId);
  const unplaced = unplacedLines(ctx.db, [orderId]);
  free.ensure([...backorderLines.map((l) => l.item_id), ...unplaced.map((l) => l.item_id)]);
  const mark = free.mark();
  const short = new Map<number, number>();
  let takeable = false;
  const take = (itemId: number, qty: number, usable = true): Take[] => {
    const takes = usable ? free.take(itemId, qty) : [];
    if (sumTakes(takes) > 0) takeable = true;
    if (sumTakes(takes) < qty) short.set(itemId, (short.get(itemId) ?? 0) + qty - sumTakes(takes));
    return takes;
  };
  const byDoc = new Map<number, LineTakes[]>();
  for (const line of backorderLines) {
    const planned = byDoc.get(line.doc_id) ?? [];
    planned.push({ line, takes: take(line.item_id, line.qty) });
    byDoc.set(line.doc_id, planned);
  }
  const placed = unplaced.map((line) => ({ orderLineId: line.id, itemId: line.item_id, takes: take(line.item_id, line.need, itemById(ctx.db, line.item_id).active === 1) }));
  if (short.size > 0) {
    free.rewind(mark);
    return { ok: false, short: [...short].map(([itemId, missing]) => ({ itemId, missing })), takeable };
  }
  return { ok: true, plan: { backorders: [...byDoc].map(([docId, lines]) => ({ doc: docById(ctx.db, docId), lines })), unplaced: placed } };
}

/**
 * Carries out a whole-order plan: every backorder becomes a pick in place, and the unplaced lines are
 * allocated into the order's open pick. Returns the picks, in document order.
 */
export function applyWholeOrder(ctx: EngineCtx, orderId: number, plan: WholeOrderPlan): DocRow[] {
  const picks: DocRow[] = plan.backorders.map(({ doc, lines }) => moveToPick(ctx, doc, lines).pick);
  if (plan.unplaced.length > 0) {
    const pick = openPickOf(ctx.db, orderId) ?? createDoc(ctx, orderId, 'Open');
    for (const { orderLineId, itemId, takes } of plan.unplaced) {
      const docLineId = addToDocLine(ctx.db, pick.id, orderLineId, itemId, sumTakes(takes));
      allocateTakes(ctx.db, docLineId, itemId, takes);
      moveLineQty(ctx.db, orderLineId, { allocated: sumTakes(takes) });
    }
    if (!picks.some((p) => p.id === pick.id)) picks.push(pick);
  }
  return picks.sort((a, b) => a.seq - b.seq);
}
