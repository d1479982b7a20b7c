import { skuKey } from '../../../shared/domain/items';
import { show } from '../util';
import type { Invariant } from './invariant';

/**
 * Stock newly allocated in this step was taken from the earliest bins with free stock (explicit
 * sequence first, then natural order of the code): no bin before one that was newly allocated from
 * still has free stock. And only a step that may allocate did.
 */
export const allocationsFollowPickSequence: Invariant = (run, prev, next) => {
  for (const sku of run.model.itemOrder) {
    const bins = next.stock.get(skuKey(sku))!.bins;
    const before = prev.stock.get(skuKey(sku))?.bins ?? [];
    const taken = bins.map((b) => b.allocated - (before.find((x) => x.bin === b.bin)?.allocated ?? 0));
    const last = taken.findLastIndex((q) => q > 0);
    run.check(run.mayAllocate || last < 0, () => `${sku}: this step allocated ${taken[last]} in ${bins[last]!.bin}; it never should (no auto-release here)`);
    const skipped = bins.slice(0, Math.max(0, last)).filter((b) => b.free > 0);
    run.check(
      skipped.length === 0,
      () => `${sku}: this step allocated ${taken[last]} in ${bins[last]!.bin} while ${skipped.map((b) => `${b.bin} (${b.free} free)`).join(', ')} comes first in pick sequence: ${show(bins)}`,
    );
  }
};
