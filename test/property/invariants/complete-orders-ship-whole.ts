import type { Invariant } from './invariant';

/**
 * Policy `complete` is "ship nothing until every line can go": a step that puts more of such an
 * order onto picks (a run, a print, a release, a fill, a receipt's auto-release) leaves none of its
 * lines waiting on a backorder or unallocated. (A count or a short pick may still send part of a
 * complete order back to a backorder: those steps never allocate.)
 */
export const completeOrdersShipWhole: Invariant = (run, prev, next) => {
  for (const [number, order] of next.orders) {
    const before = prev.orders.get(number);
    if (!before || before.policy !== 'complete' || order.policy !== 'complete') continue;
    const grew = order.billOfMaterial.filter((l) => l.accounting.allocated > (before.billOfMaterial.find((o) => o.lineNo === l.lineNo)?.accounting.allocated ?? 0));
    if (grew.length === 0) continue;
    const waiting = order.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && l.accounting.backordered + l.accounting.unallocated > 0);
    run.check(
      waiting.length === 0,
      () =>
        `order ${number} ships complete, yet this step allocated ${grew.map((l) => `line ${l.lineNo} (${l.sku})`).join(', ')} ` +
        `while ${waiting.map((l) => `line ${l.lineNo} (${l.sku}) waits for ${l.accounting.backordered + l.accounting.unallocated}`).join(', ')}`,
    );
  }
};
