import { show, sum } from '../util';
import type { Invariant } from './invariant';

/**
 * Every order line is accounted for: ordered = completed + allocated + backordered + unallocated +
 * cancelled, each a whole number >= 0; completed and cancelled never go down.
 */
export const lineAccountingAddsUp: Invariant = (run, prev, next) => {
  for (const [number, order] of next.orders) {
    const before = prev.orders.get(number);
    for (const line of order.billOfMaterial) {
      const a = line.accounting;
      const parts = [a.completed, a.allocated, a.backordered, a.unallocated, a.cancelled];
      run.check(
        parts.every((n) => Number.isInteger(n) && n >= 0) && sum(parts, (n) => n) === a.ordered,
        () => `order ${number} line ${line.lineNo}: ordered ${a.ordered} is not completed + allocated + backordered + unallocated + cancelled: ${show(a)}`,
      );
      const old = before?.billOfMaterial.find((l) => l.lineNo === line.lineNo);
      if (old && old.sku === line.sku) {
        run.check(
          a.completed >= old.accounting.completed && a.cancelled >= old.accounting.cancelled,
          () => `order ${number} line ${line.lineNo}: completed or cancelled went down: ${show(old.accounting)} -> ${show(a)}`,
        );
      }
    }
  }
};
