import { runFulfillment } from '../engine/operations/fulfill';
import { requireOrder } from '../store/repos/orders';
import type { HandlerGroup } from './types';

export const fulfillmentHandlers: HandlerGroup = {
  domain: 'fulfillment',
  handlers: {
    'fulfillment:run': (input, ctx) =>
      runFulfillment(ctx, 'all' in input ? { all: true } : { orderIds: input.orders.map((number, i) => requireOrder(ctx.db, number, `orders.${i}`).id) }),
  },
};
