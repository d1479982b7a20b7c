import { skuKey } from '../../../shared/domain/items';
import { sum } from '../util';
import type { Invariant } from './invariant';

/** A backordered line's place in the backorder queue: the units of its item that live orders ahead of it in precedence wait for. */
export const queueAhead: Invariant = (run, _prev, next) => {
  for (const [number, order] of next.orders) {
    const me = run.model.precedence(order);
    for (const line of order.billOfMaterial) {
      const ahead =
        line.accounting.backordered === 0
          ? null
          : sum([...next.backorders], ([docNumber, docLines]) => {
              const other = next.orders.get(next.docs.get(docNumber)!.order)!;
              if (other.status !== 'Draft' && other.status !== 'Open') return 0;
              const them = run.model.precedence(other);
              const before = them[0] - me[0] || them[1].localeCompare(me[1]) || them[2] - me[2];
              return before < 0 ? sum(docLines.filter((l) => skuKey(l.sku) === skuKey(line.sku)), (l) => l.qty) : 0;
            });
      run.check(line.queueAhead === ahead, () => `order ${number} line ${line.lineNo}: ${line.queueAhead} queued ahead, expected ${ahead}`);
    }
  }
};
