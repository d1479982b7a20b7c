import { cancelLine, cancelOrder } from '../engine/operations/cancel';
import { runFulfillment } from '../engine/operations/fulfill';
import { addLine, createOrder, removeLine, updateLine, updateOrder } from '../engine/operations/orders';
import { orderSheets } from '../engine/operations/print';
import { orderHistory } from '../queries/order-history';
import { listOrders } from '../queries/order-list';
import { orderDetail } from '../queries/orders';
import type { HandlerGroup } from './types';

export const ordersHandlers: HandlerGroup = {
  domain: 'orders',
  handlers: {
    'orders:create': (input, ctx) => orderDetail(ctx.db, createOrder(ctx, input).number),
    'orders:get': ({ order }, ctx) => orderDetail(ctx.db, order),
    'orders:list': (input, ctx) => listOrders(ctx.db, input),
    'orders:history': ({ order }, ctx) => orderHistory(ctx.db, order),
    'orders:update': (input, ctx) => orderDetail(ctx.db, updateOrder(ctx, input).number),
    'orders:addLine': (input, ctx) => orderDetail(ctx.db, addLine(ctx, input).number),
    'orders:updateLine': (input, ctx) => {
      const { order, runFulfillment: run } = updateLine(ctx, input);
      const fulfillment = run ? runFulfillment(ctx, { orderIds: [order.id] }) : null;
      return { order: orderDetail(ctx.db, order.number), fulfillment };
    },
    'orders:removeLine': (input, ctx) => orderDetail(ctx.db, removeLine(ctx, input).number),
    'orders:cancelLine': (input, ctx) => cancelLine(ctx, input),
    'orders:cancel': (input, ctx) => cancelOrder(ctx, input),
    'orders:print': (input, ctx) => orderSheets(ctx, input),
  },
};
