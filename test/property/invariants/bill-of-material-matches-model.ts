import { show } from '../util';
import type { Invariant } from './invariant';

/** Every order's lines (sku, quantity, status) are what the calls made say: they change only through the BOM operations. */
export const billOfMaterialMatchesModel: Invariant = (run, _prev, next) => {
  for (const [number, order] of next.orders) {
    const model = run.model.lines.get(number)!;
    const bom = order.billOfMaterial.map((l) => ({ lineNo: l.lineNo, sku: l.sku, qty: l.accounting.ordered, status: l.status }));
    const expected = [...model.entries()].sort(([a], [b]) => a - b).map(([lineNo, l]) => ({ lineNo, ...l }));
    run.check(show(bom) === show(expected), () => `order ${number}: bill of material ${show(bom)}, expected ${show(expected)}`);
  }
};
