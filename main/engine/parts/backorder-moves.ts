import { closedOrder, type OrderRow } from '../../store/repos/orders';
import type { DocLineRow, DocRow } from '../../store/repos/docs';
import type { EngineCtx } from '../context';
import { allocateTakes, changeDocLine, createDoc, moveLineQty, newDocLine, setDocStatus } from './documents';
import { sumTakes, type Take } from './free-stock';
import { itemQtyList, note, qtyList } from './history';

export interface LineTakes {
  line: DocLineRow;
  takes: Take[];
  /** The line's sku, when the caller read it with the line: the history text then looks nothing up. */
  sku?: string;
}

/** `4 × TR-GR, 2 × BOLT` for what each planned line moves (or keeps). */
const movedList = (ctx: EngineCtx, plan: LineTakes[], qtyOf: (p: LineTakes) => number): string =>
  plan.every((p) => p.sku !== undefined)
    ? qtyList(plan.map((p) => ({ sku: p.sku!, qty: qtyOf(p) })))
    : itemQtyList(ctx.db, plan.map((p) => ({ itemId: p.line.item_id, qty: qtyOf(p) })));

/**
 * Why a backorder cannot be released or filled at all, if it cannot: its order is closed (the order
 * first: cancelling an order also closes its backorders, and the order is the reason), or the
 * document is no longer a backorder.
 */
export function releaseBlocker(doc: DocRow, order: Pick<OrderRow, 'number' | 'status'>): string | undefined {
  const closed = closedOrder(order);
  if (closed) return closed;
  if (doc.status === 'Cancelled') return `${doc.number} is cancelled`;
  if (doc.status !== 'Back Order') return `${doc.number} is already released`;
  return undefined;
}

/**
 * Moves what `plan` allocates off a backorder. When it covers every line in full the backorder
 * becomes a pick in place (same number, status Open); otherwise the allocated part is split off
 * into a new pick and the backorder keeps the rest. Returns the pick and whether it was in place.
 */
export function moveToPick(ctx: EngineCtx, backorder: DocRow, plan: LineTakes[]): { pick: DocRow; inPlace: boolean } {
  const db = ctx.db;
  const whole = plan.every(({ line, takes }) => sumTakes(takes) === line.qty);
  if (whole) {
    for (const { line, takes } of plan) {
      allocateTakes(db, line.id, line.item_id, takes);
      moveLineQty(db, line.order_line_id, { backordered: -line.qty, allocated: line.qty });
    }
    setDocStatus(ctx, backorder.id, 'Open');
    const moved = movedList(ctx, plan, ({ line }) => line.qty);
    note(ctx, backorder.order_id, 'released', backorder.number, `Backorder released in full, now a pick: ${moved}`);
    return { pick: { ...backorder, status: 'Open' }, inPlace: true };
  }
  const pick = createDoc(ctx, backorder.order_id, 'Open', backorder.id);
  for (const { line, takes } of plan) {
    const qty = sumTakes(takes);
    if (qty === 0) continue;
    const pickLine = newDocLine(db, pick.id, line.order_line_id, line.item_id, qty);
    allocateTakes(db, pickLine, line.item_id, takes);
    changeDocLine(db, line.id, { qty: -qty });
    moveLineQty(db, line.order_line_id, { backordered: -qty, allocated: qty });
  }
  const moved = movedList(ctx, plan, ({ takes }) => sumTakes(takes));
  const stays = movedList(ctx, plan, ({ line, takes }) => line.qty - sumTakes(takes));
  note(ctx, backorder.order_id, 'split', pick.number, `Pick split off backorder ${backorder.number}: ${moved}; ${stays} stay on it`);
  return { pick, inPlace: false };
}
