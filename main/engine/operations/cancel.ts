import type { ParsedInput } from '../../../shared/contract';
import type { DocStatus, CancelResult } from '../../../shared/domain/orders';
import { refused } from '../../../shared/errors';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { docLines, requireDoc, requireOpenPick, type DocLineRow, type DocRow } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import { linesOf, requireLine, unplacedQty, type LineRow } from '../../store/repos/lines';
import { requireLiveOrder, type OrderRow } from '../../store/repos/orders';
import type { EngineCtx } from '../context';
import { changeDocLine, moveLineQty, releaseLine, setDocStatus } from '../parts/documents';
import { note, qtyList } from '../parts/history';
import { endStatus, settleOrder } from '../parts/settle';

// Cancelling a pick, a backorder, an order line's remainder or a whole order: allocations are
// released and the open quantity becomes cancelled on the order lines; what was picked stays picked.

const statements = preparedFor((db: WriteDb) => ({
  openDocLines: db.prepare<[number], DocLineRow & { status: DocStatus }>(
    `SELECT l.*, d.status FROM doc_line l JOIN doc d ON d.id = l.doc_id
     WHERE l.order_line_id = +? AND l.qty > 0 AND d.status IN ('Open', 'Printed', 'Back Order')`,
  ),
  docsOf: db.prepare<[number], { number: string; status: DocStatus }>('SELECT number, status FROM doc WHERE order_id = +? ORDER BY seq'),
  setStatus: db.prepare<{ id: number; status: string; now: string }>('UPDATE "order" SET status = @status, updated_at = @now WHERE id = @id'),
}));

/** Cancels what a document line holds (releasing a pick's reservations); returns the quantity. */
function cancelDocLine(db: WriteDb, line: DocLineRow, status: DocStatus): number {
  if (line.qty === 0) return 0;
  const backorder = status === 'Back Order';
  if (!backorder) releaseLine(db, line);
  changeDocLine(db, line.id, { qty: -line.qty, cancelled: line.qty });
  moveLineQty(db, line.order_line_id, backorder ? { backordered: -line.qty, cancelled: line.qty } : { allocated: -line.qty, cancelled: line.qty });
  return line.qty;
}

/** Cancels every line of a pick or backorder, closes it and settles its order. */
function cancelDocument(ctx: EngineCtx, doc: DocRow): DocRow {
  const cancelled = docLines(ctx.db, doc.id)
    .map((line) => ({ sku: itemById(ctx.db, line.item_id).sku, qty: cancelDocLine(ctx.db, line, doc.status) }))
    .filter((c) => c.qty > 0);
  setDocStatus(ctx, doc.id, 'Cancelled');
  note(ctx, doc.order_id, 'cancelled', doc.number, `${doc.status === 'Back Order' ? 'Backorder' : 'Pick'} cancelled: ${qtyList(cancelled)}`);
  settleOrder(ctx, doc.order_id);
  return { ...doc, status: 'Cancelled' };
}

/** Cancels a backorder: its outstanding quantity becomes cancelled on the order lines. */
export function cancelBackorder(ctx: EngineCtx, { backorder }: ParsedInput<'backorders:cancel'>): DocRow {
  const doc = requireDoc(ctx.db, backorder, 'backorder');
  if (doc.status === 'Cancelled') throw refused(`${doc.number} is already cancelled`, 'backorder');
  if (doc.status !== 'Back Order') throw refused(`${doc.number} is a pick, not a backorder (it is ${doc.status})`, 'backorder');
  return cancelDocument(ctx, doc);
}

/** Cancels an open or printed pick: its allocations are released and its quantity becomes cancelled. */
export function cancelPick(ctx: EngineCtx, { pick }: ParsedInput<'picks:cancel'>): DocRow {
  const doc = requireDoc(ctx.db, pick, 'pick');
  if (doc.status === 'Back Order') throw refused(`${doc.number} is a backorder, not a pick: cancel it with the backorder's own Cancel`, 'pick');
  return cancelDocument(ctx, requireOpenPick(ctx.db, pick));
}

/** Cancels what is still open of one line: on picks, on backorders and unplaced. Returns the quantity. */
function cancelRemainder(db: WriteDb, line: LineRow): number {
  let cancelled = 0;
  for (const docLine of statements(db).openDocLines.all(line.id)) cancelled += cancelDocLine(db, docLine, docLine.status);
  const unplaced = unplacedQty(line);
  if (unplaced > 0) moveLineQty(db, line.id, { cancelled: unplaced });
  return cancelled + unplaced;
}

function result(ctx: EngineCtx, order: OrderRow, cancelled: CancelResult['cancelled']): CancelResult {
  return { order: order.number, cancelled, documents: statements(ctx.db).docsOf.all(order.id) };
}

/** Cancels an order line's remainder; what was already picked stays picked. */
export function cancelLine(ctx: EngineCtx, { order: number, lineNo }: ParsedInput<'orders:cancelLine'>): CancelResult {
  const order = requireLiveOrder(ctx.db, number, { already: true });
  const line = requireLine(ctx.db, order, lineNo);
  const qty = cancelRemainder(ctx.db, line);
  if (qty === 0) throw refused(`line ${lineNo} of order ${order.number} has nothing left to cancel`, 'lineNo');
  const sku = itemById(ctx.db, line.item_id).sku;
  note(ctx, order.id, 'cancelled', null, `Line ${lineNo} remainder cancelled: ${qty} × ${sku}`);
  settleOrder(ctx, order.id);
  return result(ctx, order, [{ lineNo, sku, qty }]);
}

/**
 * Cancels a whole order: every line's remainder; what was already picked stays picked. The order
 * then ends by the rule cancelling its last backorder follows: Completed when something was picked,
 * Cancelled when nothing was (or when it has no Warehouse Pick lines to settle by).
 */
export function cancelOrder(ctx: EngineCtx, { order: number }: ParsedInput<'orders:cancel'>): CancelResult {
  const order = requireLiveOrder(ctx.db, number, { already: true });
  const cancelled = linesOf(ctx.db, order.id)
    .map((line) => ({ lineNo: line.line_no, sku: itemById(ctx.db, line.item_id).sku, qty: cancelRemainder(ctx.db, line) }))
    .filter((c) => c.qty > 0);
  // The status is set before settling, so that settling only closes the emptied documents and the
  // history reads as what the clerk did.
  const status = endStatus(ctx, order.id) ?? 'Cancelled';
  statements(ctx.db).setStatus.run({ id: order.id, status, now: ctx.now() });
  const what = cancelled.length > 0 ? `Order cancelled: ${qtyList(cancelled)}` : 'Order cancelled';
  note(ctx, order.id, 'cancelled', null, status === 'Completed' ? `${what}; Completed with what was picked` : what);
  settleOrder(ctx, order.id);
  return result(ctx, order, cancelled);
}
