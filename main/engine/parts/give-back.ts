import type { GiveBack } from '../../../shared/domain/inventory';
import type { ReadDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { itemById } from '../../store/repos/items';
import type { EngineCtx } from '../context';
import { addToDocLine, backorderFor, changeDocLine, moveLineQty, releaseAllocation } from './documents';
import { note } from './history';
import { settleOrder } from './settle';

const statements = preparedFor((db: ReadDb) => ({
  // Newest picks first: the stock a count found missing is taken from the latest promises.
  holders: db.prepare<[number, number], { doc_line_id: number; qty: number; order_line_id: number; order_id: number; pick: string; order: string; bin: string }>(
    `SELECT a.doc_line_id, a.qty, l.order_line_id, d.order_id, d.number AS pick, o.number AS "order", b.code AS bin
     FROM allocation a
     JOIN doc_line l ON l.id = a.doc_line_id
     JOIN doc d ON d.id = l.doc_id
     JOIN "order" o ON o.id = d.order_id
     JOIN bin b ON b.id = a.bin_id
     WHERE a.item_id = +? AND a.bin_id = +?
     ORDER BY d.id DESC`,
  ),
}));

/**
 * Puts quantity that came off a pick line back on its order: onto a backorder when the item
 * allows it, otherwise it stays unallocated. Returns the backorder's number, or null.
 */
export function returnToOrder(ctx: EngineCtx, orderId: number, orderLineId: number, itemId: number, qty: number): string | null {
  if (itemById(ctx.db, itemId).allow_backorder) {
    const backorder = backorderFor(ctx, orderId);
    addToDocLine(ctx.db, backorder.id, orderLineId, itemId, qty);
    moveLineQty(ctx.db, orderLineId, { backordered: qty });
    return backorder.number;
  }
  return null;
}

/**
 * A bin lost `qty` of available stock that picks had reserved (a count found it missing, or it was
 * frozen): the newest picks holding the bin give back what no longer exists.
 */
export function giveBackFromBin(ctx: EngineCtx, itemId: number, binId: number, qty: number): GiveBack[] {
  const db = ctx.db;
  const sku = itemById(db, itemId).sku;
  const givenBack: GiveBack[] = [];
  const touched = new Set<number>();
  let left = qty;
  for (const holder of statements(db).holders.all(itemId, binId)) {
    if (left === 0) break;
    const q = Math.min(holder.qty, left);
    left -= q;
    releaseAllocation(db, holder.doc_line_id, itemId, binId, q);
    changeDocLine(db, holder.doc_line_id, { qty: -q });
    moveLineQty(db, holder.order_line_id, { allocated: -q });
    const backorder = returnToOrder(ctx, holder.order_id, holder.order_line_id, itemId, q);
    givenBack.push({ pick: holder.pick, order: holder.order, sku, bin: holder.bin, qty: q, backorder });
    const where = backorder ? `back on backorder ${backorder}` : 'left unallocated';
    note(ctx, holder.order_id, 'given_back', holder.pick, `Pick gave back ${q} × ${sku}: no longer available in ${holder.bin}; ${where}`);
    touched.add(holder.order_id);
  }
  if (left > 0) throw new Error(`giveBackFromBin: ${left} more to give back than is allocated`);
  for (const orderId of touched) settleOrder(ctx, orderId);
  return givenBack;
}
