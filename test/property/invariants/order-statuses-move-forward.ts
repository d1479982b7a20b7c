import type { OrderStatus } from '../../../shared/domain/orders';
import type { Invariant } from './invariant';

const ORDER_MOVES: Record<OrderStatus, OrderStatus[]> = {
  Draft: ['Draft', 'Open', 'Cancelled'],
  Open: ['Open', 'Completed', 'Cancelled'],
  Completed: ['Completed'],
  Cancelled: ['Cancelled'],
};

/** An order's status only moves forward: Draft, Open, then Completed or Cancelled. */
export const orderStatusesMoveForward: Invariant = (run, prev, next) => {
  for (const [number, order] of next.orders) {
    const before = prev.orders.get(number);
    if (before) run.check(ORDER_MOVES[before.status].includes(order.status), () => `order ${number} went from ${before.status} to ${order.status}`);
  }
};
