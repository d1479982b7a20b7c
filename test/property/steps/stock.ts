// Steps on stock: receipts (and their preview), counts and status changes.
import { expect } from 'vitest';
import type { Output } from '../../../shared/contract';
import { skuKey } from '../../../shared/domain/items';
import { binRow } from '../observation';
import type { OperationOf } from '../operations';
import type { Run } from '../run';
import { show, sum } from '../util';
import { checkBackorderPrecedence, checkReleased } from './backorders';
import type { Step, Steps } from './step';

/** A receipt, after its preview: both agree, and the receipt does what the preview said. */
const receive: Step<OperationOf<'inventory:receive'>> = (run, op) => {
  const input = { reference: op.reference, lines: run.refs.receiptLines(op.lines) };
  const preview = run.act('inventory:previewReceipt', input, 'query');
  const out = run.act('inventory:receive', input);
  run.check(
    preview.ok === out.ok && (out.ok || (!preview.ok && preview.error.message === out.error.message)),
    () => `the preview (${preview.ok ? 'ok' : preview.error.message}) and the receipt (${out.ok ? 'ok' : out.error.message}) disagree`,
  );
  const valid = input.lines.every((l) => l.qty > 0 && run.model.item(l.sku) && (l.bin === undefined || run.model.bins.includes(l.bin.toUpperCase())));
  run.check(out.ok === valid, () => `inventory:receive ${out.ok ? 'accepted' : 'refused'} ${show(input)}`);
  if (!out.ok || !preview.ok) return;
  const result = out.value;
  expect(preview.value, run.context('the receipt did not do what its preview said')).toEqual(result);
  run.check(result.autoRelease === run.model.autoRelease, () => `receipt says autoRelease ${result.autoRelease}`);
  if (!run.model.autoRelease) run.check(result.released.length === 0, () => 'a receipt released backorders with auto-release off');
  run.check(result.lines.length === input.lines.length, () => 'receipt lines do not match the input');
  result.lines.forEach((posted, i) => {
    const asked = input.lines[i]!;
    run.check(skuKey(posted.sku) === skuKey(asked.sku) && posted.qty === asked.qty, () => `receipt line ${i} posted ${show(posted)} for ${show(asked)}`);
    if (asked.bin !== undefined) run.check(posted.bin === asked.bin.toUpperCase(), () => `receipt line ${i} went to ${posted.bin}, not ${asked.bin}`);
    else if (input.lines.filter((l) => skuKey(l.sku) === skuKey(asked.sku)).length === 1) {
      // The README's rule: the first bin in pick sequence that holds some of the item (in any status);
      // when none does, the first that held it; when none ever did, RECEIVING.
      const bins = run.obs.stock.get(skuKey(asked.sku))?.bins ?? [];
      const holding = bins.find((b) => b.available + b.frozen + b.damaged + b.quarantine > 0);
      const primary = (holding ?? bins[0])?.bin ?? 'RECEIVING';
      run.check(posted.bin === primary, () => `receipt line ${i} without a bin went to ${posted.bin}, not the primary bin ${primary}`);
    }
    run.model.received(posted.sku, posted.bin, posted.qty);
  });
  // Runs release far fewer than an answer lists, so the list is whole and every one is checked.
  const totals = result.releaseTotals;
  run.check(result.releasedMore === 0, () => `a receipt of a small run answered with ${result.releasedMore} released backorders not listed`);
  run.check(
    totals.inFull === result.released.filter((r) => r.outcome === 'released').length && totals.inPart === result.released.filter((r) => r.outcome === 'split').length,
    () => `the receipt's totals ${show(totals)} do not count what it lists`,
  );
  run.check(totals.picks === new Set(result.released.map((r) => r.pick)).size, () => `the receipt says ${totals.picks} picks for ${show(result.released)}`);
  const receivedItems = new Set(result.lines.map((l) => skuKey(l.sku)));
  return (prev, next) => {
    checkReleased(run, result.released, next);
    const allocated = (obs: typeof next) => sum([...obs.stock.values()], (s) => s.total.allocated);
    run.check(allocated(next) - allocated(prev) === totals.units, () => `the receipt says it released ${totals.units} units; ${allocated(next) - allocated(prev)} were allocated`);
    if (!run.model.autoRelease) return;
    const waiting = [...prev.backorders].filter(([, lines]) => lines.some((l) => l.qty > 0 && receivedItems.has(skuKey(l.sku)))).map(([n]) => n);
    checkBackorderPrecedence(run, waiting, prev, next);
    // A partial-policy backorder takes what it can: none still waits for a received item that has free stock.
    for (const [docNumber, doc] of next.docs) {
      if (doc.status !== 'Back Order') continue;
      const order = next.orders.get(doc.order)!;
      if (order.policy !== 'partial') continue;
      const detail = run.look('documents:get', { document: docNumber });
      for (const line of detail.lines) {
        if (line.qty === 0 || !receivedItems.has(skuKey(line.sku))) continue;
        const free = next.stock.get(skuKey(line.sku))!.total.free;
        run.check(free === 0, () => `after the receipt ${docNumber} still waits for ${line.qty} of ${line.sku} while ${free} are free (auto-release on)`);
      }
    }
  };
};

/** The receipt preview on its own: a query, so it must change nothing (`run.act` checks). */
const previewReceipt: Step<OperationOf<'inventory:previewReceipt'>> = (run, op) => {
  run.act('inventory:previewReceipt', { reference: op.reference, lines: run.refs.receiptLines(op.lines) }, 'query');
};

const adjust: Step<OperationOf<'inventory:adjust'>> = (run, op) => {
  const sku = run.refs.sku(op.sku);
  const bin = run.refs.bin(op.bin, sku);
  const input = { sku, bin, status: op.status, mode: op.mode, qty: op.qty, reason: 'count' };
  const out = run.act('inventory:adjust', input);
  const row = binRow(run.obs, sku, bin);
  const before = row?.[op.status] ?? 0;
  const after = op.mode === 'set' ? op.qty : before + op.qty;
  // A count that finds what the bin holds is recorded (as 0) where the bin holds or held the item; a
  // change by 0 is refused as input.
  const confirms = op.mode === 'set' && row !== undefined;
  const valid = run.model.item(sku) !== undefined && run.model.bins.includes(bin.toUpperCase()) && after >= 0 && (after !== before || confirms);
  run.check(out.ok === valid, () => `inventory:adjust from ${before} to ${after}: ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
  if (!out.ok) return;
  const result = out.value;
  run.check(result.before === before && result.after === after, () => `inventory:adjust says ${result.before} -> ${result.after}, expected ${before} -> ${after}`);
  run.model.stock.get(skuKey(sku))![op.status] += after - before;
  run.model.byKind.get(skuKey(sku))!.adjustment += after - before;
  const allocated = row?.allocated ?? 0;
  const owed = op.status === 'available' ? Math.max(0, allocated - after) : 0;
  checkGivenBack(run, result.givenBack, owed, 'inventory:adjust', sku, bin);
};

const changeStatus: Step<OperationOf<'inventory:changeStatus'>> = (run, op) => {
  const sku = run.refs.sku(op.sku);
  const bin = run.refs.bin(op.bin, sku);
  const row = binRow(run.obs, sku, bin);
  const held = row?.[op.from] ?? 0;
  const qty = op.qty.k === 'abs' ? op.qty.n : op.qty.k === 'rel' ? Math.max(1, held + op.qty.d) : held;
  const input = { sku, bin, from: op.from, to: op.to, qty, reason: 'inspection' };
  const out = run.act('inventory:changeStatus', input);
  const valid = run.model.item(sku) !== undefined && run.model.bins.includes(bin.toUpperCase()) && op.from !== op.to && qty > 0 && held >= qty;
  run.check(out.ok === valid, () => `inventory:changeStatus of ${qty} (${held} held): ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
  if (!out.ok) return;
  const model = run.model.stock.get(skuKey(sku))!;
  model[op.from] -= qty;
  model[op.to] += qty;
  const owed = op.from === 'available' ? Math.max(0, (row?.allocated ?? 0) - (held - qty)) : 0;
  checkGivenBack(run, out.value.givenBack, owed, 'inventory:changeStatus', sku, bin);
};

/** Picks give back exactly what is no longer there, to a backorder when the item allows it. */
function checkGivenBack(run: Run, givenBack: Output<'inventory:adjust'>['givenBack'], owed: number, what: string, sku: string, bin: string): void {
  const total = sum(givenBack, (g) => g.qty);
  // The newest picks give back first: a pick newer than one that gave back gave back all it held there.
  const held = (pick: string) =>
    sum((run.obs.picks.get(pick) ?? []).filter((a) => skuKey(a.sku) === skuKey(sku) && a.bin === bin.toUpperCase()), (a) => a.qty);
  const gave = (pick: string) => sum(givenBack.filter((g) => g.pick === pick), (g) => g.qty);
  for (const g of givenBack) {
    for (const other of run.obs.picks.keys()) {
      if (held(other) === 0 || run.obs.born.get(other)! <= run.obs.born.get(g.pick)!) continue;
      run.check(gave(other) === held(other), () => `${what}: ${g.pick} gave back ${g.qty} while the newer ${other} kept ${held(other) - gave(other)} of its ${held(other)} in ${bin}`);
    }
  }
  run.check(total === owed, () => `${what}: picks gave back ${total}, ${owed} were allocated beyond what is left`);
  for (const g of givenBack) {
    const backorderable = run.model.item(g.sku)!.allowBackorder;
    run.check((g.backorder !== null) === backorderable, () => `${what}: ${g.qty} of ${g.sku} from ${g.pick} went to ${g.backorder}`);
  }
}

export const stockSteps = {
  'inventory:receive': receive,
  'inventory:previewReceipt': previewReceipt,
  'inventory:adjust': adjust,
  'inventory:changeStatus': changeStatus,
} satisfies Partial<Steps>;
