// Steps on backorders: the Release Review, releasing, filling by hand and cancelling. The release
// checks are also what a receipt's auto-release is held to (stock.ts).
import type { Output } from '../../../shared/contract';
import { skuKey } from '../../../shared/domain/items';
import type { Observation } from '../observation';
import type { OperationOf } from '../operations';
import type { Run } from '../run';
import { show, sum } from '../util';
import { checkCancelled } from './cancelled';
import type { Step, Steps } from './step';

const review: Step<OperationOf<'backorders:review'>> = (run, op) => {
  const numbers = op.docs.map((r) => run.refs.doc(r, 'backorder'));
  const out = run.act('backorders:review', { backorders: numbers }, 'query');
  run.check(out.ok === numbers.every((n) => run.obs.docs.has(n)), () => `backorders:review ${out.ok ? 'accepted unknown' : 'refused known'} documents`);
  if (out.ok) checkReview(run, out.value, numbers);
};

function checkReview(run: Run, review: Output<'backorders:review'>, numbers: string[]): void {
  run.check(show(review.map((r) => r.backorder).sort()) === show([...new Set(numbers)].sort()), () => `review covers ${show(review.map((r) => r.backorder))}`);
  for (const r of review) {
    const doc = run.obs.docs.get(r.backorder)!;
    if (doc.status !== 'Back Order') run.check(r.verdict === 'blocked', () => `review: ${r.backorder} is ${doc.status} but ${r.verdict}`);
    const full = r.lines.every((l) => l.allocatable === l.outstanding);
    const some = r.lines.some((l) => l.allocatable > 0);
    if (r.verdict === 'ready') run.check(full && r.lines.length > 0, () => `review: ${r.backorder} ready with ${show(r.lines)}`);
    if (r.verdict === 'partial') run.check(some && !full, () => `review: ${r.backorder} partial with ${show(r.lines)}`);
    if (r.verdict === 'partial') run.check(run.obs.orders.get(r.order)!.policy === 'partial', () => `review: ${r.backorder} of ${r.order}, which ships complete, is partial`);
    run.check(r.lines.every((l) => l.allocatable >= 0 && l.allocatable <= l.outstanding), () => `review: ${r.backorder} lines ${show(r.lines)}`);
  }
}

const release: Step<OperationOf<'backorders:release'>> = (run, op) => {
  const numbers = op.docs.map((r, i) => run.refs.doc(r, i === 0 ? 'fillable' : 'backorder'));
  const review = run.act('backorders:review', { backorders: numbers }, 'query');
  const out = run.act('backorders:release', { backorders: numbers });
  run.check(out.ok === numbers.every((n) => run.obs.docs.has(n)), () => `backorders:release ${out.ok ? 'accepted unknown' : 'refused known'} documents`);
  run.check(review.ok === out.ok, () => 'the review and the release disagree on refusing');
  if (!out.ok || !review.ok) return;
  checkReview(run, review.value, numbers);
  const said = review.value.map((r) => `${r.backorder}:${r.verdict}`);
  const did = out.value.outcomes.map((o) => `${o.backorder}:${o.outcome === 'released' ? 'ready' : o.outcome === 'split' ? 'partial' : 'blocked'}`);
  run.check(show(said) === show(did), () => `review said ${show(said)}, release did ${show(did)}`);
  const outcomes = out.value.outcomes;
  return (prev, next) => {
    checkReleased(run, outcomes, next);
    checkBackorderPrecedence(run, numbers, prev, next);
  };
};

const fill: Step<OperationOf<'backorders:fill'>> = (run, op) => {
  const spec = op.fill;
  const number = run.refs.doc(op.doc, 'fillable');
  const known = run.obs.docs.get(number);
  const lines = known ? run.look('documents:get', { document: number }).lines.filter((l) => l.qty > 0) : [];
  const outstanding = (sku: string) => sum(lines.filter((l) => skuKey(l.sku) === skuKey(sku)), (l) => l.qty);
  let input: { backorder: string; complete: true } | { backorder: string; lines: ({ sku: string; all: true } | { sku: string; filled: number })[] };
  if (spec === 'complete') input = { backorder: number, complete: true };
  else {
    input = {
      backorder: number,
      lines: spec.map(({ line, amount }) => {
        const target = line.k === 'line' && lines.length > 0 ? lines[line.i % lines.length]! : undefined;
        const sku = target ? (line.k === 'line' && line.lower ? target.sku.toLowerCase() : target.sku) : run.refs.sku(line.k === 'sku' ? line.sku : { k: 'item', i: 0, lower: false });
        if (amount.k === 'all') return { sku, all: true as const };
        // Relative to what free stock covers now: +1 is more than is free or outstanding.
        const base = target ? Math.max(1, target.freeNow ?? target.qty) : 1;
        return { sku, filled: amount.k === 'abs' ? amount.n : Math.max(1, base + amount.d) };
      }),
    };
  }
  const out = run.act('backorders:fill', input);

  // What the engine should do: fill the requests in turn from what is outstanding.
  let asked = 0;
  let overAsked = false;
  if ('complete' in input) asked = sum(lines, (l) => l.qty);
  else {
    const wanted = new Map<string, number>();
    for (const request of input.lines) {
      const key = skuKey(request.sku);
      const left = outstanding(request.sku) - (wanted.get(key) ?? 0);
      const q = 'all' in request ? left : request.filled;
      // A sku not outstanding, or more than is left, is refused; `All` of nothing left adds nothing.
      // A sku the request already named is refused too (issue 9: one line per sku on a document).
      if (outstanding(request.sku) === 0 || q > left || (!('all' in request) && q <= 0) || wanted.has(key)) overAsked = true;
      wanted.set(key, (wanted.get(key) ?? 0) + q);
      asked += q;
    }
  }
  const whole = asked === sum(lines, (l) => l.qty);
  if (!out.ok) {
    const order = known && run.obs.orders.get(known.order);
    const free = lines.every((l) => run.obs.stock.get(skuKey(l.sku))!.total.free >= outstanding(l.sku));
    // A complete order's backorder is filled only whole, and then the whole order goes: only when
    // nothing else of the order waits is free stock of this backorder's lines enough to say it must work.
    const waiting = order ? sum(order.billOfMaterial.filter((l) => l.status === 'Warehouse Pick'), (l) => l.accounting.backordered + l.accounting.unallocated) : 0;
    const completeOk = whole && waiting === sum(lines, (l) => l.qty);
    const mustWork = known?.status === 'Back Order' && !overAsked && asked > 0 && free && (order?.policy === 'partial' || completeOk);
    run.check(!mustWork, () => `backorders:fill refused a fill that free stock covers: ${out.error.message}`);
    return;
  }
  const result = out.value;
  run.check(known?.status === 'Back Order', () => `backorders:fill accepted ${number}, which is ${known?.status}`);
  run.check(!overAsked, () => 'backorders:fill accepted more than is outstanding');
  run.check(run.obs.orders.get(known!.order)!.policy === 'partial' || whole, () => 'backorders:fill filled part of a backorder of an order that ships complete');
  const filled = sum(result.filled, (f) => f.qty);
  run.check(filled === asked, () => `backorders:fill filled ${filled}, asked ${asked}`);
  run.check(result.inPlace === whole && (result.pick === number) === whole, () => `backorders:fill: inPlace ${result.inPlace}, pick ${result.pick}, whole ${whole}`);
  run.check(sum(result.remaining, (r) => r.qty) === sum(lines, (l) => l.qty) - asked, () => `backorders:fill remaining ${show(result.remaining)}`);
  const completePolicy = run.obs.orders.get(known!.order)!.policy === 'complete';
  return (_prev, next) => {
    // An order that ships complete goes whole: its unplaced lines join the filled pick, and nothing of it waits.
    const pick = next.docs.get(result.pick);
    const pickHolds = completePolicy ? (pick?.qty ?? 0) >= asked : pick?.qty === asked;
    run.check(pick?.status === 'Open' && pickHolds, () => `filled pick ${result.pick}: ${show(pick)}`);
    if (completePolicy) {
      const waiting = next.orders.get(known!.order)!.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && l.accounting.backordered + l.accounting.unallocated > 0);
      run.check(waiting.length === 0, () => `backorders:fill of ${number} (ships complete) left ${show(waiting.map((l) => l.lineNo))} waiting`);
    }
    if (!whole) run.check(next.docs.get(number)?.status === 'Back Order', () => `${number} after a partial fill is ${next.docs.get(number)?.status}`);
  };
};

const cancelBackorder: Step<OperationOf<'backorders:cancel'>> = (run, op) => {
  const number = run.refs.doc(op.doc, 'backorder');
  const out = run.act('backorders:cancel', { backorder: number });
  const status = run.obs.docs.get(number)?.status;
  run.check(out.ok === (status === 'Back Order'), () => `backorders:cancel of a ${status} document: ${out.ok ? 'accepted' : 'refused'}`);
  if (!out.ok) return;
  run.check(out.value.status === 'Cancelled', () => `backorders:cancel left it ${out.value.status}`);
  return (prev, next) => checkCancelled(run, number, 'backordered', prev, next);
};

/**
 * Releases serve backorders in precedence (priority, order date, entry order, then the backorder's
 * number): a partial-policy backorder that still holds an item after its turn took all there was,
 * so no backorder after it got any of that item.
 */
export function checkBackorderPrecedence(run: Run, numbers: string[], prev: Observation, next: Observation): void {
  const key = (n: string) => {
    const order = prev.orders.get(prev.docs.get(n)!.order)!;
    return [...run.model.precedence(order), Number(n.slice(n.lastIndexOf('.') + 1))] as const;
  };
  const live = [...new Set(numbers)].filter((n) => {
    const doc = prev.docs.get(n);
    const order = doc && prev.orders.get(doc.order);
    return doc?.status === 'Back Order' && (order?.status === 'Draft' || order?.status === 'Open');
  });
  const queue = live.sort((x, y) => {
    const a = key(x);
    const b = key(y);
    return a[0] - b[0] || a[1].localeCompare(b[1]) || a[2] - b[2] || a[3] - b[3];
  });
  const holding = (n: string, obs: Observation, sku: string) =>
    obs.docs.get(n)?.status === 'Back Order' ? sum((obs.backorders.get(n) ?? []).filter((l) => skuKey(l.sku) === skuKey(sku)), (l) => l.qty) : 0;
  const exhausted = new Map<string, string>();
  for (const n of queue) {
    const skus = [...new Set((prev.backorders.get(n) ?? []).filter((l) => l.qty > 0).map((l) => l.sku))];
    for (const sku of skus) {
      const took = holding(n, prev, sku) - holding(n, next, sku);
      const by = exhausted.get(skuKey(sku));
      run.check(by === undefined || took === 0, () => `release precedence: ${n} got ${took} of ${sku} though ${by}, ahead of it, still waits for it`);
    }
    if (prev.orders.get(prev.docs.get(n)!.order)!.policy !== 'partial') continue;
    for (const sku of skus) if (holding(n, next, sku) > 0 && !exhausted.has(skuKey(sku))) exhausted.set(skuKey(sku), n);
  }
}

/** What each release outcome says happened to its backorder did. */
export function checkReleased(run: Run, outcomes: Output<'backorders:release'>['outcomes'], next: Observation): void {
  for (const o of outcomes) {
    if (o.outcome === 'released') {
      run.check(o.pick === o.backorder && next.docs.get(o.backorder)?.status === 'Open', () => `${o.backorder} released in place is ${next.docs.get(o.backorder)?.status}`);
    } else if (o.outcome === 'split') {
      const order = next.orders.get(o.order)!;
      run.check(order.policy === 'partial', () => `${o.backorder} of order ${o.order}, which ships complete, was split into ${o.pick}`);
      run.check(next.docs.get(o.pick)?.status === 'Open', () => `pick ${o.pick} split from ${o.backorder} is ${next.docs.get(o.pick)?.status}`);
      const left = next.docs.get(o.backorder);
      const remaining = sum(o.remaining, (r) => r.qty);
      run.check(left?.status === 'Back Order' && left.qty === remaining && remaining > 0, () => `${o.backorder} after a split: ${show(left)}, remaining ${show(o.remaining)}`);
    }
  }
}

export const backorderSteps = {
  'backorders:review': review,
  'backorders:release': release,
  'backorders:fill': fill,
  'backorders:cancel': cancelBackorder,
} satisfies Partial<Steps>;
