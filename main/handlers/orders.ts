import { cancelLine, cancelOrder } from '../engine/cancel';
import { runFulfillment } from '../engine/fulfill';
import { addLine, createOrder, removeLine, updateLine, updateOrder } from '../engine/orders';
import { orderSheets } from '../engine/print';
import { write } from '../engine/transaction';
import { orderHistory } from '../queries/order-history';
import { listOrders } from '../queries/order-list';
import { orderDetail } from '../queries/orders';
import { requireOrder } from '../store/repos/lookup';
import type { HandlerGroup } from './types';

export const orderHandlers: HandlerGroup = {
  domain: 'orders',
  handlers: {
    'orders:create': (input, ctx) => orderDetail(ctx.db, createOrder(ctx, input).number),
    'orders:get': ({ order }, ctx) => orderDetail(ctx.db, order),
    'orders:list': (input, ctx) => listOrders(ctx.db, input),
    'orders:history': ({ order }, ctx) => orderHistory(ctx.db, order),
    'orders:update': (input, ctx) => orderDetail(ctx.db, updateOrder(ctx, input).number),
    'orders:addLine': ({ order, line }, ctx) => orderDetail(ctx.db, addLine(ctx, order, line).number),
    'orders:updateLine': (input, ctx) =>
      write(ctx.db, () => {
        const { order, runFulfillment: run } = updateLine(ctx, input);
        const fulfillment = run ? runFulfillment(ctx, { orderIds: [order.id] }) : null;
        return { order: orderDetail(ctx.db, order.number), fulfillment };
      }),
    'orders:removeLine': ({ order, lineNo }, ctx) => orderDetail(ctx.db, removeLine(ctx, order, lineNo).number),
    'orders:cancelLine': ({ order, lineNo }, ctx) => cancelLine(ctx, order, lineNo),
    'orders:cancel': ({ order }, ctx) => cancelOrder(ctx, order),
    'orders:print': ({ order }, ctx) => orderSheets(ctx, order),
    'fulfillment:run': (input, ctx) =>
      write(ctx.db, () =>
        runFulfillment(ctx, 'all' in input ? { all: true } : { orderIds: input.orders.map((number, i) => requireOrder(ctx.db, number, `orders.${i}`).id) }),
      ),
  },
};
