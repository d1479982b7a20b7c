// Steps on picks: completing one (short picks included), cancelling one, printing its sheet.
import { skuKey } from '../../../shared/domain/items';
import { isPick, sheetUnits } from '../observation';
import type { OperationOf } from '../operations';
import { show, sum } from '../util';
import { checkCancelled } from './cancelled';
import { checkSheetOrder } from './fulfillment';
import type { Step, Steps } from './step';

const completePick: Step<OperationOf<'picks:complete'>> = (run, op) => {
  const number = run.refs.doc(op.doc, 'pick');
  const known = run.obs.docs.get(number);
  const lines = known ? run.look('documents:get', { document: number }).lines.filter((l) => l.qty > 0) : [];
  const allocatedOf = (sku: string) => sum(lines.filter((l) => skuKey(l.sku) === skuKey(sku)), (l) => l.qty);
  const requests: { sku: string; picked: number }[] = [];
  for (const spec of op.lines) {
    const target = lines.length > 0 ? lines[spec.line % lines.length]! : undefined;
    const sku = target ? (spec.lower ? target.sku.toLowerCase() : target.sku) : run.refs.sku({ k: 'item', i: spec.line, lower: spec.lower });
    if (requests.some((r) => skuKey(r.sku) === skuKey(sku))) continue;
    const picked = spec.amount.k === 'abs' ? spec.amount.n : spec.amount.k === 'rel' ? Math.max(0, allocatedOf(sku) + spec.amount.d) : allocatedOf(sku);
    requests.push({ sku, picked });
  }
  const out = run.act('picks:complete', { pick: number, lines: requests });
  const valid = isPick(known?.status) && requests.every((r) => r.picked >= 0 && allocatedOf(r.sku) > 0 && r.picked <= allocatedOf(r.sku));
  run.check(out.ok === valid, () => `picks:complete of ${number} (${known?.status}): ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
  if (!out.ok) return;
  const result = out.value;
  // What was pulled per sku: as asked, else all of it.
  const skus = [...new Map(lines.map((l) => [skuKey(l.sku), l.sku])).values()];
  const expectedPicked = skus.map((sku) => ({ sku, qty: requests.find((r) => skuKey(r.sku) === skuKey(sku))?.picked ?? allocatedOf(sku) }));
  const perSku = (list: { sku: string; qty: number }[]) =>
    show(Object.entries(list.reduce<Record<string, number>>((m, x) => ({ ...m, [skuKey(x.sku)]: (m[skuKey(x.sku)] ?? 0) + x.qty }), {})).filter(([, q]) => q > 0).sort());
  run.check(perSku(result.picked) === perSku(expectedPicked), () => `picks:complete picked ${show(result.picked)}, expected ${show(expectedPicked)}`);
  const expectedShort = expectedPicked.map((p) => ({ sku: p.sku, qty: allocatedOf(p.sku) - p.qty }));
  run.check(perSku(result.short) === perSku(expectedShort), () => `picks:complete short ${show(result.short)}, expected ${show(expectedShort)}`);
  for (const s of result.short) {
    run.check((s.backorder !== null) === run.model.item(s.sku)!.allowBackorder, () => `picks:complete: ${s.qty} short of ${s.sku} went to ${s.backorder}`);
    run.check(s.countBins.length > 0, () => `picks:complete: ${s.qty} short of ${s.sku} without a bin to count`);
  }
  for (const p of expectedPicked) {
    run.model.stock.get(skuKey(p.sku))!.available -= p.qty;
    run.model.picked.set(skuKey(p.sku), run.model.picked.get(skuKey(p.sku))! + p.qty);
    run.model.byKind.get(skuKey(p.sku))!['pick issue'] -= p.qty;
  }
  return (_prev, next) => {
    // A pick that pulled nothing closes Cancelled (issue 9): nothing left the shelves.
    const closed = result.picked.some((p) => p.qty > 0) ? 'Completed' : 'Cancelled';
    run.check(next.docs.get(number)?.status === closed, () => `${number} after picks:complete is ${next.docs.get(number)?.status}, expected ${closed}`);
    run.check(next.orders.get(known!.order)!.status === result.orderStatus, () => `picks:complete says the order is ${result.orderStatus}`);
  };
};

const cancelPick: Step<OperationOf<'picks:cancel'>> = (run, op) => {
  const number = run.refs.doc(op.doc, 'pick');
  const out = run.act('picks:cancel', { pick: number });
  const status = run.obs.docs.get(number)?.status;
  run.check(out.ok === isPick(status), () => `picks:cancel of a ${status} document: ${out.ok ? 'accepted' : 'refused'}`);
  if (!out.ok) return;
  run.check(out.value.status === 'Cancelled', () => `picks:cancel left it ${out.value.status}`);
  return (prev, next) => checkCancelled(run, number, 'allocated', prev, next);
};

/** A sheet printed as the print view does it: print:sheets, then print:done with its version. */
const printSheet: Step<OperationOf<'print:done'>> = (run, op) => {
  const number = run.refs.doc(op.doc, 'pick');
  const doc = run.obs.docs.get(number);
  const sheets = run.act('print:sheets', { documents: [number] }, 'query');
  const printable = isPick(doc?.status) || doc?.status === 'Back Order';
  run.check(sheets.ok === printable, () => `print:sheets of a ${doc?.status} document: ${sheets.ok ? 'given' : 'refused'}`);
  if (!sheets.ok) return;
  const sheet = sheets.value[0]!;
  run.check(sheetUnits(sheet) === doc!.qty, () => `${sheet.kind} sheet of ${number} lists ${sheetUnits(sheet)}, it holds ${doc!.qty}`);
  const out = run.act('print:done', { documents: [{ number, version: sheet.version }] });
  run.check(out.ok, () => `print:done of ${number} refused: ${out.ok ? '' : out.error.message}`);
  return (_prev, next) => {
    const expected = doc!.status === 'Back Order' ? 'Back Order' : 'Printed';
    run.check(next.docs.get(number)?.status === expected, () => `${number} after print:done is ${next.docs.get(number)?.status}`);
    checkSheetOrder(run, sheet, next);
  };
};

export const pickSteps = {
  'picks:complete': completePick,
  'picks:cancel': cancelPick,
  'print:done': printSheet,
} satisfies Partial<Steps>;
