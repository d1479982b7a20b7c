import { skuKey } from '../../../shared/domain/items';
import type { Invariant } from './invariant';

/** What completed picks issued of an item is what order lines say was completed of it. */
export const pickedIsCompleted: Invariant = (run, _prev, next) => {
  const completedBySku = new Map<string, number>();
  for (const order of next.orders.values()) {
    for (const line of order.billOfMaterial) completedBySku.set(skuKey(line.sku), (completedBySku.get(skuKey(line.sku)) ?? 0) + line.accounting.completed);
  }
  for (const sku of run.model.itemOrder) {
    const picked = run.model.picked.get(skuKey(sku))!;
    const completed = completedBySku.get(skuKey(sku)) ?? 0;
    run.check(picked === completed, () => `${sku}: ${picked} issued by completed picks, but order lines say ${completed} completed`);
  }
};
