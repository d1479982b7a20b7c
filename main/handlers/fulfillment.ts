import { RunSummariser } from '../../shared/domain/fulfillment';
import { streamFulfillment } from '../engine/operations/fulfill';
import { fulfillmentResultsPage } from '../queries/fulfillment-results';
import { RunRecorder } from '../store/repos/fulfillment-runs';
import { requireOrder } from '../store/repos/orders';
import type { HandlerGroup } from './types';

export const fulfillmentHandlers: HandlerGroup = {
  domain: 'fulfillment',
  handlers: {
    // The engine reports on every order; the answer carries a summary and a first page, and the run is
    // stored (in the same transaction) so that the rest can be paged after the fact. Each order's
    // outcome goes to both as soon as the engine is done with the order: nothing holds all of them.
    'fulfillment:run': (input, ctx) => {
      const selection = 'all' in input ? { all: true as const } : { orderIds: input.orders.map((number, i) => requireOrder(ctx.db, number, `orders.${i}`).id) };
      const recorder = new RunRecorder(ctx.db, ctx.user);
      const summariser = new RunSummariser();
      const totals = streamFulfillment(ctx, selection, (order) => {
        recorder.add(order);
        summariser.add(order);
      });
      return { run: recorder.finish(ctx.now()), ...summariser.finish(totals) };
    },
    'fulfillment:results': (input, ctx) => fulfillmentResultsPage(ctx.db, input),
  },
};
