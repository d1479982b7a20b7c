import type { FulfillmentResults } from '../domain/fulfillment';
import { RunFulfillmentInput } from '../domain/fulfillment';
import { command } from './define';

export const fulfillmentChannels = {
  /** Run Fulfillment on the named orders, or on every open order; returns the Fulfillment Results. */
  'fulfillment:run': command<FulfillmentResults>('orders', 'documents', 'stock')(RunFulfillmentInput),
};
