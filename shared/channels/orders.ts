import type { FulfillmentResults, PrintOrderResult } from '../domain/fulfillment';
import { RunFulfillmentInput } from '../domain/fulfillment';
import type { CancelResult, OrderDetail, OrderSummary } from '../domain/orders';
import { AddLineInput, LineRefInput, OrderCreateInput, OrderListInput, OrderRefInput, OrderUpdateInput, UpdateLineInput } from '../domain/orders';
import type { Page } from '../validation';
import { command, query } from './define';

export const orderChannels = {
  'orders:create': command<OrderDetail>()(OrderCreateInput),
  'orders:get': query<OrderDetail>()(OrderRefInput),
  'orders:list': query<Page<OrderSummary>>()(OrderListInput),
  'orders:update': command<OrderDetail>()(OrderUpdateInput),
  'orders:addLine': command<OrderDetail>()(AddLineInput),
  /** Marking a line Warehouse Pick on an order already through fulfillment runs fulfillment for it. */
  'orders:updateLine': command<{ order: OrderDetail; fulfillment: FulfillmentResults | null }>()(UpdateLineInput),
  'orders:removeLine': command<OrderDetail>()(LineRefInput),
  'orders:cancelLine': command<CancelResult>()(LineRefInput),
  'orders:cancel': command<CancelResult>()(OrderRefInput),
  /** Runs fulfillment for the order, then returns its pick and backorder sheets; picks become Printed. */
  'orders:print': command<PrintOrderResult>()(OrderRefInput),
  'fulfillment:run': command<FulfillmentResults>()(RunFulfillmentInput),
};
