import type { LineAccounting } from '../../../shared/domain/orders';
import type { Observation } from '../observation';
import type { Run } from '../run';
import { sum } from '../util';

/** Cancelling a document moves exactly what it held to cancelled on its order's lines. */
export function checkCancelled(run: Run, number: string, from: 'allocated' | 'backordered', prev: Observation, next: Observation): void {
  const held = prev.docs.get(number)!.qty;
  const order = prev.docs.get(number)!.order;
  const delta = (f: keyof LineAccounting) =>
    sum(next.orders.get(order)!.billOfMaterial, (l) => l.accounting[f] - (prev.orders.get(order)!.billOfMaterial.find((o) => o.lineNo === l.lineNo)?.accounting[f] ?? 0));
  run.check(delta('cancelled') === held && delta(from) === -held, () => `cancelling ${number} (${held}) moved ${delta('cancelled')} to cancelled and ${delta(from)} ${from}`);
}
