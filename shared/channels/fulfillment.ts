import type { FulfillmentResultsPage, FulfillmentSummary } from '../domain/fulfillment';
import { FulfillmentResultsInput, RunFulfillmentInput } from '../domain/fulfillment';
import { command, query } from './define';

export const fulfillmentChannels = {
  /**
   * Run Fulfillment on the named orders, or on every open order. Answers the Fulfillment Results in
   * summary: totals and alert counts over the whole run, the first orders in detail, the first alerts
   * in full, and the stored run's number to page the rest with `fulfillment:results`.
   */
  'fulfillment:run': command<FulfillmentSummary>('orders', 'documents', 'stock')(RunFulfillmentInput),
  /** A page of a stored run's orders, each with what the run did for it, in run order. */
  'fulfillment:results': query<FulfillmentResultsPage>('orders')(FulfillmentResultsInput),
};
