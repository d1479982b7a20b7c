import { summarise } from '../../shared/domain/fulfillment';
import { runFulfillment } from '../engine/operations/fulfill';
import { fulfillmentResultsPage } from '../queries/fulfillment-results';
import { recordRun } from '../store/repos/fulfillment-runs';
import { requireOrder } from '../store/repos/orders';
import type { HandlerGroup } from './types';

export const fulfillmentHandlers: HandlerGroup = {
  domain: 'fulfillment',
  handlers: {
    // The engine reports on every order; the answer carries a summary and a first page, and the run is
    // stored (in the same transaction) so that the rest can be paged after the fact.
    'fulfillment:run': (input, ctx) => {
      const results = runFulfillment(ctx, 'all' in input ? { all: true } : { orderIds: input.orders.map((number, i) => requireOrder(ctx.db, number, `orders.${i}`).id) });
      const run = recordRun(ctx.db, { at: ctx.now(), user: ctx.user, orders: results.orders });
      return { run, ...summarise(results) };
    },
    'fulfillment:results': (input, ctx) => fulfillmentResultsPage(ctx.db, input),
  },
};
