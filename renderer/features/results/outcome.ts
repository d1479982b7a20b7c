import type { Alert, AlertLevel, OrderFulfillment } from '../../../shared/domain/fulfillment';
import type { Tone } from '../../components/Badge';

export interface Outcome {
  tone: Tone;
  label: string;
}

/**
 * One order's outcome of the run, in a word: all of it allocated, part of it (the rest backordered or
 * refused), or none of it. An order the run had nothing to do for (closed, nothing outstanding) is
 * neutral rather than red: nothing went wrong.
 */
export function outcomeOf(order: OrderFulfillment): Outcome {
  const allocated = order.allocated.length > 0;
  const refused = order.alerts.some((a) => a.level === 'error');
  if (allocated && !order.backorder && !refused) return { tone: 'full', label: 'Allocated' };
  if (allocated) return { tone: 'partial', label: order.backorder ? 'Part backordered' : 'Part allocated' };
  if (!order.backorder && !refused) return { tone: 'neutral', label: 'Nothing to allocate' };
  return { tone: 'none', label: 'Nothing allocated' };
}

/** `TR-GR 6 · BOLT-8 50`, or undefined when nothing was allocated. */
export const allocatedText = (order: OrderFulfillment): string | undefined =>
  order.allocated.length === 0 ? undefined : order.allocated.map((a) => `${a.sku} ${a.qty.toLocaleString()}`).join(' · ');

const RANK: Record<AlertLevel, number> = { error: 0, warning: 1, info: 2 };

/** Errors first (they need the clerk), then warnings, then information; otherwise in run order. */
export const sortAlerts = (alerts: readonly Alert[]): Alert[] => [...alerts].sort((a, b) => RANK[a.level] - RANK[b.level]);

export function countAlerts(alerts: readonly Alert[]): Record<AlertLevel, number> {
  const counts: Record<AlertLevel, number> = { error: 0, warning: 0, info: 0 };
  for (const alert of alerts) counts[alert.level]++;
  return counts;
}
