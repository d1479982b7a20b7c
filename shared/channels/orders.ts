import type { FulfillmentResults } from '../domain/fulfillment';
import type { CancelResult, OrderDetail, OrderHistory, OrderSummary } from '../domain/orders';
import type { PrintOrderResult } from '../domain/print';
import { AddLineInput, LineRefInput, OrderCreateInput, OrderListInput, OrderRefInput, OrderUpdateInput, UpdateLineInput } from '../domain/orders';
import type { Page } from '../validation';
import { command, query } from './define';

export const ordersChannels = {
  'orders:create': command<OrderDetail>('orders')(OrderCreateInput),
  'orders:get': query<OrderDetail>('orders', 'documents', 'stock', 'items')(OrderRefInput),
  'orders:list': query<Page<OrderSummary>>('orders')(OrderListInput),
  /** The Details tab: what happened to the order and its documents, newest first. */
  'orders:history': query<OrderHistory>('orders', 'documents')(OrderRefInput),
  'orders:update': command<OrderDetail>('orders')(OrderUpdateInput),
  'orders:addLine': command<OrderDetail>('orders')(AddLineInput),
  /** Marking a line Warehouse Pick on an order already through fulfillment runs fulfillment for it. */
  'orders:updateLine': command<{ order: OrderDetail; fulfillment: FulfillmentResults | null }>('orders', 'documents', 'stock')(UpdateLineInput),
  'orders:removeLine': command<OrderDetail>('orders')(LineRefInput),
  'orders:cancelLine': command<CancelResult>('orders', 'documents', 'stock')(LineRefInput),
  'orders:cancel': command<CancelResult>('orders', 'documents', 'stock')(OrderRefInput),
  /**
   * Print on an order: runs fulfillment so that its pick and backorder exist, then returns their sheets.
   * Nothing is marked printed here: `print:done` records the sheets once they have printed.
   */
  'orders:print': command<PrintOrderResult>('orders', 'documents', 'stock')(OrderRefInput),
};
