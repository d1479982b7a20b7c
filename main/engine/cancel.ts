import type { CancelResult } from '../../shared/domain/orders';
import { notFound, refused } from '../../shared/errors';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';
import { itemById, requireDoc, requireOrder, type DocRow, type OrderRow } from '../store/repos/lookup';
import type { EngineCtx } from './context';
import { changeDocLine, docLines, moveLineQty, releaseLine, setDocStatus, type DocLineRow } from './documents';
import { note, qtyList } from './history';
import { settleOrder } from './settle';
import { write } from './transaction';

interface LineRow {
  id: number;
  line_no: number;
  item_id: number;
  qty: number;
  completed: number;
  allocated: number;
  backordered: number;
  cancelled: number;
}

const statements = preparedFor((db) => ({
  lines: db.prepare<[number], LineRow>('SELECT * FROM order_line WHERE order_id = ? ORDER BY line_no'),
  line: db.prepare<[number, number], LineRow>('SELECT * FROM order_line WHERE order_id = ? AND line_no = ?'),
  openDocLines: db.prepare<[number], DocLineRow & { status: string }>(
    `SELECT l.*, d.status FROM doc_line l JOIN doc d ON d.id = l.doc_id
     WHERE l.order_line_id = ? AND l.qty > 0 AND d.status IN ('Open', 'Printed', 'Back Order')`,
  ),
  docsOf: db.prepare<[number], { number: string; status: DocRow['status'] }>('SELECT number, status FROM doc WHERE order_id = ? ORDER BY seq'),
  setStatus: db.prepare<{ id: number; now: string }>(`UPDATE "order" SET status = 'Cancelled', updated_at = @now WHERE id = @id`),
}));

/** Cancels a backorder: its outstanding quantity becomes cancelled on the order lines. */
export function cancelBackorder(ctx: EngineCtx, number: string): DocRow {
  return write(ctx.db, () => {
    const doc = requireDoc(ctx.db, number, 'backorder');
    if (doc.status === 'Cancelled') throw refused(`${doc.number} is already cancelled`, 'backorder');
    if (doc.status !== 'Back Order') throw refused(`${doc.number} is a pick, not a backorder (it is ${doc.status})`, 'backorder');
    const cancelled: { sku: string; qty: number }[] = [];
    for (const line of docLines(ctx.db, doc.id)) {
      if (line.qty === 0) continue;
      changeDocLine(ctx.db, line.id, { qty: -line.qty, cancelled: line.qty });
      moveLineQty(ctx.db, line.order_line_id, { backordered: -line.qty, cancelled: line.qty });
      cancelled.push({ sku: itemById(ctx.db, line.item_id).sku, qty: line.qty });
    }
    setDocStatus(ctx, doc.id, 'Cancelled');
    note(ctx, doc.order_id, 'cancelled', doc.number, `Backorder cancelled: ${qtyList(cancelled)}`);
    settleOrder(ctx, doc.order_id);
    return { ...doc, status: 'Cancelled' };
  });
}

/** Cancels what is still open of one line: on picks, on backorders and unallocated. Returns the quantity. */
function cancelRemainder(db: Db, line: LineRow): number {
  let cancelled = 0;
  for (const docLine of statements(db).openDocLines.all(line.id)) {
    if (docLine.status !== 'Back Order') releaseLine(db, docLine);
    changeDocLine(db, docLine.id, { qty: -docLine.qty, cancelled: docLine.qty });
    moveLineQty(db, line.id, docLine.status === 'Back Order' ? { backordered: -docLine.qty, cancelled: docLine.qty } : { allocated: -docLine.qty, cancelled: docLine.qty });
    cancelled += docLine.qty;
  }
  const unallocated = line.qty - line.completed - line.allocated - line.backordered - line.cancelled;
  if (unallocated > 0) moveLineQty(db, line.id, { cancelled: unallocated });
  return cancelled + unallocated;
}

function openOrder(ctx: EngineCtx, number: string): OrderRow {
  const order = requireOrder(ctx.db, number);
  if (order.status === 'Cancelled' || order.status === 'Completed') throw refused(`order ${order.number} is already ${order.status.toLowerCase()}`, 'order');
  return order;
}

function result(ctx: EngineCtx, order: OrderRow, cancelled: CancelResult['cancelled']): CancelResult {
  return { order: order.number, cancelled, documents: statements(ctx.db).docsOf.all(order.id) };
}

/** Cancels an order line's remainder; what was already picked stays picked. */
export function cancelLine(ctx: EngineCtx, orderNumber: string, lineNo: number): CancelResult {
  return write(ctx.db, () => {
    const order = openOrder(ctx, orderNumber);
    const line = statements(ctx.db).line.get(order.id, lineNo);
    if (!line) throw notFound(`Line ${lineNo} of order ${order.number}`, 'lineNo');
    const qty = cancelRemainder(ctx.db, line);
    if (qty === 0) throw refused(`line ${lineNo} of order ${order.number} has nothing left to cancel`, 'lineNo');
    const sku = itemById(ctx.db, line.item_id).sku;
    note(ctx, order.id, 'cancelled', null, `Line ${lineNo} remainder cancelled: ${qty} × ${sku}`);
    settleOrder(ctx, order.id);
    return result(ctx, order, [{ lineNo, sku, qty }]);
  });
}

/** Cancels a whole order: every line's remainder; what was already picked stays picked. */
export function cancelOrder(ctx: EngineCtx, orderNumber: string): CancelResult {
  return write(ctx.db, () => {
    const order = openOrder(ctx, orderNumber);
    const cancelled = statements(ctx.db)
      .lines.all(order.id)
      .map((line) => ({ lineNo: line.line_no, sku: itemById(ctx.db, line.item_id).sku, qty: cancelRemainder(ctx.db, line) }))
      .filter((c) => c.qty > 0);
    // Cancelled before settling, so that settling (which still closes the emptied documents) does not
    // first call an order with something picked Completed, and the history reads as what happened.
    statements(ctx.db).setStatus.run({ id: order.id, now: ctx.now() });
    note(ctx, order.id, 'cancelled', null, cancelled.length > 0 ? `Order cancelled: ${qtyList(cancelled)}` : 'Order cancelled');
    settleOrder(ctx, order.id);
    return result(ctx, order, cancelled);
  });
}
