import type { OrderStatus } from '../../../shared/domain/orders';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { isLiveOrder } from '../../store/repos/orders';
import type { EngineCtx } from '../context';
import { setDocStatus } from './documents';
import { note } from './history';

const statements = preparedFor((db: WriteDb) => ({
  emptyOpenPicks: db.prepare<[number], { id: number; number: string }>(
    `SELECT d.id, d.number FROM doc d WHERE d.order_id = ? AND d.status IN ('Open', 'Printed')
       AND NOT EXISTS (SELECT 1 FROM doc_line l WHERE l.doc_id = d.id AND l.qty > 0)`,
  ),
  emptyBackorders: db.prepare<[number], { id: number; number: string }>(
    `SELECT d.id, d.number FROM doc d WHERE d.order_id = ? AND d.status = 'Back Order'
       AND NOT EXISTS (SELECT 1 FROM doc_line l WHERE l.doc_id = d.id AND l.qty > 0)`,
  ),
  // What is not yet picked or cancelled, over the Warehouse Pick lines.
  progress: db.prepare<[number], { status: OrderStatus; outstanding: number; completed: number; lines: number }>(
    `SELECT o.status,
            coalesce(sum(l.qty - l.completed - l.cancelled), 0) AS outstanding,
            coalesce(sum(l.completed), 0) AS completed,
            count(l.id) AS lines
     FROM "order" o LEFT JOIN order_line l ON l.order_id = o.id AND l.line_status = 'Warehouse Pick'
     WHERE o.id = +? GROUP BY o.id`,
  ),
  setStatus: db.prepare<{ id: number; status: string; now: string }>('UPDATE "order" SET status = @status, updated_at = @now WHERE id = @id'),
}));

/**
 * How a live order whose Warehouse Pick lines are all picked or cancelled ends: Completed when
 * something was picked, else Cancelled; null while something is outstanding (or it has no such
 * lines). The one rule for a run, a pick, a cancelled backorder and a cancelled order alike.
 */
export function endStatus(ctx: EngineCtx, orderId: number): 'Completed' | 'Cancelled' | null {
  const p = statements(ctx.db).progress.get(orderId);
  if (!p || !isLiveOrder(p.status) || p.lines === 0 || p.outstanding > 0) return null;
  return p.completed > 0 ? 'Completed' : 'Cancelled';
}

/**
 * After quantities moved off documents: a pick or backorder left holding nothing is closed
 * (Cancelled: nothing on it is reserved or outstanding any more), and a live order whose Warehouse
 * Pick lines are all picked or cancelled is Completed (or Cancelled when nothing was picked).
 * Vendor Order and Non-stock lines are not filled from stock and do not hold an order open.
 */
export function settleOrder(ctx: EngineCtx, orderId: number): void {
  const s = statements(ctx.db);
  const close = (kind: string) => (doc: { id: number; number: string }) => {
    setDocStatus(ctx, doc.id, 'Cancelled');
    note(ctx, orderId, 'cancelled', doc.number, `${kind} cancelled: nothing left on it`);
  };
  s.emptyOpenPicks.all(orderId).forEach(close('Pick'));
  s.emptyBackorders.all(orderId).forEach(close('Backorder'));
  const status = endStatus(ctx, orderId);
  if (status) {
    s.setStatus.run({ id: orderId, status, now: ctx.now() });
    if (status === 'Completed') note(ctx, orderId, 'completed', null, 'Order completed: every Warehouse Pick line picked or cancelled');
    else note(ctx, orderId, 'cancelled', null, 'Order cancelled: every Warehouse Pick line cancelled, nothing picked');
  }
}
