import type { Alert, AlertLevel, OrderFulfillment } from '../../../shared/domain/fulfillment';
import type { Tone } from '../../components/Badge';
import { counted } from '../../format';

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

/** `1 error · 2 warnings`: an order's alerts counted by level, or undefined when it has none. */
export function alertsText(alerts: readonly Alert[]): string | undefined {
  if (alerts.length === 0) return undefined;
  const count = (level: AlertLevel) => alerts.filter((a) => a.level === level).length;
  return [counted(count('error'), 'error'), counted(count('warning'), 'warning'), counted(count('info'), 'note')].filter((t) => !t.startsWith('0 ')).join(' · ');
}
