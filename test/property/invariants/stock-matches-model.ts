import { STOCK_STATUSES } from '../../../shared/domain/inventory';
import { skuKey } from '../../../shared/domain/items';
import { show, sum } from '../util';
import type { Invariant } from './invariant';

/** On hand per item and status is what was received, adjusted, moved and picked; allocated stays within available. */
export const stockMatchesModel: Invariant = (run, _prev, next) => {
  for (const sku of run.model.itemOrder) {
    const key = skuKey(sku);
    const model = run.model.stock.get(key)!;
    const seen = next.stock.get(key)!.total;
    const expected = { ...model, onHand: sum(STOCK_STATUSES, (s) => model[s]) };
    const actual = { available: seen.available, frozen: seen.frozen, damaged: seen.damaged, quarantine: seen.quarantine, onHand: seen.onHand };
    run.check(show(actual) === show(expected), () => `stock of ${sku}: engine says ${show(actual)}, the model (received + adjusted - picked) ${show(expected)}`);
    run.check(seen.allocated >= 0 && seen.allocated <= seen.available, () => `stock of ${sku}: allocated ${seen.allocated} of ${seen.available} available`);
  }
};
