import type { OrderHistory } from '../../shared/domain/orders';
import type { ReadDb } from '../store/handles';
import { requireOrder } from '../store/repos/orders';
import { orderEvents } from '../store/repos/order-events';

/** The Details tab: the order's history, newest first. An unknown order is refused naming `order`. */
export function orderHistory(db: ReadDb, number: string): OrderHistory {
  const order = requireOrder(db, number);
  return { order: order.number, events: orderEvents(db, order.id) };
}
