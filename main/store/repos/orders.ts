import type { OrderStatus, Priority, ShippingPolicy } from '../../../shared/domain/orders';
import { notFound, refused } from '../../../shared/errors';
import type { ReadDb, WriteDb } from '../handles';
import { preparedFor } from '../prepared';

export interface OrderRow {
  id: number;
  number: string;
  customer: string;
  order_date: string;
  priority: Priority;
  policy: ShippingPolicy;
  status: OrderStatus;
  fulfilled: number;
  created_at: string;
  updated_at: string;
}

const reads = preparedFor((db: ReadDb) => ({
  byNumber: db.prepare<[string], OrderRow>('SELECT * FROM "order" WHERE number = ?'),
  byId: db.prepare<[number], OrderRow>('SELECT * FROM "order" WHERE id = ?'),
}));

// Every writer of orders (order entry, the orders import) inserts them here. An order's search key is
// written by triggers on insert (migration 10); its history is the writer's to record.
const writes = preparedFor((db: WriteDb) => ({
  insertOrder: db.prepare<NewOrder & { now: string }>(
    `INSERT INTO "order" (number, customer, order_date, priority, policy, status, created_at, updated_at)
     VALUES (@number, @customer, @date, @priority, @policy, @status, @now, @now)`,
  ),
  insertLine: db.prepare<NewOrderLine>(
    'INSERT INTO order_line (order_id, line_no, item_id, qty, line_status, kit_item_id) VALUES (@order, @lineNo, @item, @qty, @status, @kit)',
  ),
}));

export interface NewOrder {
  number: string;
  customer: string;
  date: string;
  priority: string;
  policy: string;
  status: string;
}

export interface NewOrderLine {
  order: number;
  lineNo: number;
  item: number;
  qty: number;
  status: string;
  /** The kit the line is a component of, or null. */
  kit: number | null;
}

/** Inserts an order, created and updated `now`; returns its id. */
export const insertOrder = (db: WriteDb, order: NewOrder, now: string): number => Number(writes(db).insertOrder.run({ ...order, now }).lastInsertRowid);

export const insertOrderLine = (db: WriteDb, line: NewOrderLine): void => void writes(db).insertLine.run(line);

export const findOrder = (db: ReadDb, number: string): OrderRow | undefined => reads(db).byNumber.get(number);

export function requireOrder(db: ReadDb, number: string, field = 'order'): OrderRow {
  const order = findOrder(db, number);
  if (!order) throw notFound(`Order ${number}`, field);
  return order;
}

/** An order the store itself points at (a document's): it exists. */
export const orderById = (db: ReadDb, id: number): OrderRow => reads(db).byId.get(id)!;

/** A live order can still change and still takes stock: Draft or Open. `LIVE_ORDER_SQL` is the same rule in SQL. */
export const isLiveOrder = (status: OrderStatus): boolean => status === 'Draft' || status === 'Open';

/**
 * Why a Completed or Cancelled order takes no more changes, in the one wording every refusal uses:
 * `order 1040 is cancelled` (`order 1040 is already cancelled` when the clerk asked for just that).
 * Undefined while the order is live.
 */
export function closedOrder(order: Pick<OrderRow, 'number' | 'status'>, already = false): string | undefined {
  if (isLiveOrder(order.status)) return undefined;
  return `order ${order.number} is ${already ? 'already ' : ''}${order.status.toLowerCase()}`;
}

/** The order, refused with `closedOrder`'s words, naming `field`, when it is Completed or Cancelled. */
export function requireLiveOrder(db: ReadDb, number: string, { field = 'order', already = false } = {}): OrderRow {
  const order = requireOrder(db, number, field);
  const closed = closedOrder(order, already);
  if (closed) throw refused(closed, field);
  return order;
}
