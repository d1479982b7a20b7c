import type { OrderHistory } from '../../shared/domain/orders';
import type { Db } from '../store/open';
import { requireOrder } from '../store/repos/lookup';
import { orderEvents } from '../store/repos/order-events';

/** The Details tab: the order's history, newest first. An unknown order is refused naming `order`. */
export function orderHistory(db: Db, number: string): OrderHistory {
  const order = requireOrder(db, number);
  return { order: order.number, events: orderEvents(db, order.id) };
}
