import { skuKey } from '../../../shared/domain/items';
import { show } from '../util';
import type { Invariant } from './invariant';

/** The inventory status bar under each order line: the item's stock, what others hold, what the line needs and its coverage. */
export const lineStatusBar: Invariant = (run, _prev, next) => {
  for (const [number, order] of next.orders) {
    for (const line of order.billOfMaterial) {
      const a = line.accounting;
      const total = next.stock.get(skuKey(line.sku))!.total;
      const needs = line.status === 'Warehouse Pick' ? a.backordered + a.unallocated : 0;
      const bar = {
        onHand: total.onHand,
        available: total.available,
        frozen: total.frozen,
        allocated: total.allocated,
        free: total.free,
        allocatedToOthers: total.allocated - a.allocated,
        needs,
        coverage: needs === 0 || total.free >= needs ? 'full' : total.free > 0 ? 'partial' : 'none',
      };
      const shown = Object.fromEntries(Object.keys(bar).map((k) => [k, line.stock[k as keyof typeof line.stock]]));
      run.check(show(shown) === show(bar), () => `order ${number} line ${line.lineNo}: status bar ${show(shown)}, expected ${show(bar)}`);
    }
  }
};
