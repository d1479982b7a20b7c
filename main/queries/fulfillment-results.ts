import { detailsOf, firstPage, type FulfillmentResultsPage } from '../../shared/domain/fulfillment';
import { DomainError } from '../../shared/errors';
import type { ReadDb } from '../store/handles';
import { RUNS_KEPT, storedRun, storedRunOrders } from '../store/repos/fulfillment-runs';

/**
 * A page of a stored run's Fulfillment Results: its orders in run order from `offset`, as many as fit
 * one page (up to `limit` orders and the page's detail budget, at least one), and how many it has.
 */
export function fulfillmentResultsPage(db: ReadDb, input: { run: number; offset: number; limit: number }): FulfillmentResultsPage {
  const run = storedRun(db, input.run);
  if (!run) throw new DomainError('not_found', `Run ${input.run} was not found: only the last ${RUNS_KEPT} runs are kept, so run fulfillment again`, 'run');
  const rows = firstPage(storedRunOrders(db, run.id, input.offset, input.limit), input.limit, detailsOf);
  return { run: run.id, at: run.at, rows, total: run.orders, offset: input.offset };
}
