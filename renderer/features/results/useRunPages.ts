import { useState } from 'react';
import { RESULTS_PAGE, type FulfillmentSummary, type OrderFulfillment } from '../../../shared/domain/fulfillment';
import { useChannel } from '../../data/hooks';

export interface RunPages {
  /** The orders shown, and the place in the run of the first of them. */
  rows: OrderFulfillment[];
  offset: number;
  canNext: boolean;
  canPrevious: boolean;
  next(): void;
  previous(): void;
  loading: boolean;
  error: unknown;
}

/**
 * Pages through a run's orders: the first page is the run's answer; every later one is read from the
 * stored run (`fulfillment:results`). A page may hold fewer orders than asked (orders with many lines
 * fill it sooner), so each page starts where the one before ended, and Previous goes back the same way.
 */
export function useRunPages(results: FulfillmentSummary): RunPages {
  const [starts, setStarts] = useState<number[]>([0]);
  const asked = starts.at(-1)!;
  const later = useChannel('fulfillment:results', { run: results.run, offset: asked, limit: RESULTS_PAGE }, { enabled: asked > 0 });
  // While a page loads the one before stays on screen, with its own place in the run.
  const page = asked === 0 ? { rows: results.orders, offset: 0 } : (later.data ?? { rows: [], offset: asked });
  const loading = asked > 0 && (later.isLoading || later.isPlaceholderData);
  const end = page.offset + page.rows.length;
  const canNext = !loading && page.rows.length > 0 && end < results.ordersReported;
  const canPrevious = starts.length > 1;
  return {
    rows: page.rows,
    offset: page.offset,
    canNext,
    canPrevious,
    next: () => {
      if (canNext) setStarts([...starts, end]);
    },
    previous: () => {
      if (canPrevious) setStarts(starts.slice(0, -1));
    },
    loading,
    error: later.error,
  };
}
