import type { FulfillmentSummary } from '../../../shared/domain/fulfillment';
import { navigate } from '../../app/router';
import type { SliceCreator } from '../../store/types';

export interface FulfillmentRun {
  /** The orders the clerk asked for, as asked. */
  asked: string[];
  at: string;
  /** The run's answer: totals, the first page of orders and the first alerts; the rest is paged from the stored run. */
  results: FulfillmentSummary;
}

/** Run Fulfillment and the Fulfillment Results it ends on (kept until the next run). */
export interface ResultsSlice {
  lastRun?: FulfillmentRun;
  running: boolean;
  /** Runs fulfillment on the orders and opens the Fulfillment Results screen; a refusal is toasted. */
  runFulfillment(orders: string[]): Promise<FulfillmentRun | undefined>;
}

export const createResultsSlice: SliceCreator<ResultsSlice> = (api) => (set, get) => ({
  running: false,
  async runFulfillment(orders) {
    if (get().running || orders.length === 0) return undefined;
    set({ running: true });
    try {
      const results = await api.call('fulfillment:run', { orders });
      const run = { asked: orders, at: new Date().toISOString(), results };
      set({ lastRun: run, running: false });
      navigate('results');
      return run;
    } catch (error) {
      set({ running: false });
      get().notify(error instanceof Error ? error.message : String(error), 'error');
      return undefined;
    }
  },
});
