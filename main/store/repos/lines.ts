import type { LineStatus } from '../../../shared/domain/orders';
import { notFound } from '../../../shared/errors';
import type { ReadDb } from '../handles';
import { preparedFor } from '../prepared';
import { UNPLACED_SQL } from '../sql';
import type { OrderRow } from './orders';

/** A row of `order_line`: where each of its units is (`unplacedQty` is what none of the buckets holds). */
export interface LineRow {
  id: number;
  order_id: number;
  line_no: number;
  item_id: number;
  kit_item_id: number | null;
  qty: number;
  line_status: LineStatus;
  completed: number;
  allocated: number;
  backordered: number;
  cancelled: number;
  /** Why the last run could not place the line, while it stays unplaced. */
  alert: string | null;
}

/** The buckets of an order line that hold its units. */
export type LineBuckets = Pick<LineRow, 'qty' | 'completed' | 'allocated' | 'backordered' | 'cancelled'>;

/** An order line's units on no document yet (DOMAIN's unallocated); `UNPLACED_SQL` is the same sum in SQL. */
export const unplacedQty = (line: LineBuckets): number => line.qty - line.completed - line.allocated - line.backordered - line.cancelled;

/** A Warehouse Pick line with units on no document yet: what a run, or a whole-order release, places. */
export interface UnplacedLine {
  id: number;
  order_id: number;
  item_id: number;
  /** The unplaced units. */
  need: number;
  alert: string | null;
}

const reads = preparedFor((db: ReadDb) => ({
  line: db.prepare<[number, number], LineRow>('SELECT * FROM order_line WHERE order_id = ? AND line_no = ?'),
  lines: db.prepare<[number], LineRow>('SELECT * FROM order_line WHERE order_id = +? ORDER BY line_no'),
  unplaced: db.prepare<[string], UnplacedLine>(
    // The item's facts are not repeated on every line (a run over every order reads 100,000 lines of a few thousand items).
    `SELECT l.id, l.order_id, l.item_id, ${UNPLACED_SQL} AS need, l.alert
     FROM order_line l
     WHERE l.order_id IN (SELECT value FROM json_each(?)) AND l.line_status = 'Warehouse Pick' AND ${UNPLACED_SQL} > 0
     ORDER BY l.order_id, l.line_no`,
  ),
}));

/** Line `lineNo` of the order, or a refusal naming `lineNo`. */
export function requireLine(db: ReadDb, order: Pick<OrderRow, 'id' | 'number'>, lineNo: number): LineRow {
  const line = reads(db).line.get(order.id, lineNo);
  if (!line) throw notFound(`Line ${lineNo} of order ${order.number}`, 'lineNo');
  return line;
}

/** Every line of an order, in line order. */
export const linesOf = (db: ReadDb, orderId: number): LineRow[] => reads(db).lines.all(orderId);

/** The unplaced Warehouse Pick lines of the given orders, by order and line number. */
export const unplacedLines = (db: ReadDb, orderIds: readonly number[]): UnplacedLine[] => reads(db).unplaced.all(JSON.stringify(orderIds));
