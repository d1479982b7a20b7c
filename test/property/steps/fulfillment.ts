// Steps that run fulfillment: a run on chosen orders or all of them, and Print on an order (which
// runs it first). checkRun is also what orders:updateLine checks when it starts a run.
import type { FulfillmentResults } from '../../../shared/domain/fulfillment';
import { skuKey } from '../../../shared/domain/items';
import type { Sheet } from '../../../shared/domain/print';
import { PRIORITY_RANK } from '../model';
import { isPick, sheetUnits, type Observation } from '../observation';
import type { OperationOf } from '../operations';
import type { Run } from '../run';
import { show, sum } from '../util';
import type { Step, Steps } from './step';

const runFulfillment: Step<OperationOf<'fulfillment:run'>> = (run, op) => {
  const refs = op.orders;
  const numbers = refs === 'all' ? null : [...new Set(refs.map((r) => run.refs.order(r)))];
  const out = run.act('fulfillment:run', numbers === null ? { all: true } : { orders: numbers });
  const known = numbers === null || numbers.every((n) => run.obs.orders.has(n));
  run.check(out.ok === known, () => `fulfillment:run ${out.ok ? 'accepted an unknown order' : `refused known orders: ${!out.ok && out.error.message}`}`);
  if (!out.ok) return;
  const selected = numbers ?? [...run.obs.orders.values()].filter((o) => o.status === 'Open').map((o) => o.number);
  const results = out.value;
  const reported = results.orders.map((o) => o.order).sort();
  run.check(show(reported) === show([...selected].sort()), () => `fulfillment:run reported on ${show(reported)}, selected ${show(selected)}`);
  return (prev, next) => checkRun(run, selected, prev, next, results);
};

/**
 * What a run may do to the orders it ran on: a Draft order becomes Open; only Warehouse Pick lines
 * move, and only from unallocated onto picks and backorders; an active backorderable item's line
 * is then fully placed; a line is never partly allocated and left partly unallocated; a `complete`
 * order gets all it needs or nothing; the results say what was allocated and backordered.
 */
export function checkRun(run: Run, selected: string[], prev: Observation, next: Observation, results: FulfillmentResults): void {
  // Precedence: priority, then order date, then entry order, whatever order they were selected in.
  const entry = (n: string) => run.model.orders.indexOf(n);
  const inPrecedence = [...selected].sort((x, y) => {
    const a = prev.orders.get(x)!;
    const b = prev.orders.get(y)!;
    return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.orderDate.localeCompare(b.orderDate) || entry(x) - entry(y);
  });
  // Once a partial order backorders an active backorderable item, no free stock of it was left:
  // no order after it in this run gets any of it.
  const exhausted = new Map<string, string>();
  for (const number of inPrecedence) {
    const before = prev.orders.get(number)!;
    const after = next.orders.get(number)!;
    if (before.status !== 'Draft' && before.status !== 'Open') continue;
    for (const old of before.billOfMaterial) {
      const now = after.billOfMaterial.find((l) => l.lineNo === old.lineNo)!;
      if (now.status !== 'Warehouse Pick') continue;
      const key = skuKey(old.sku);
      const took = now.accounting.allocated - old.accounting.allocated;
      const by = exhausted.get(key);
      run.check(by === undefined || took === 0, () => `precedence: ${number} line ${old.lineNo} got ${took} of ${old.sku} after ${by} (ahead of it in precedence) had to backorder it`);
      const item = run.model.item(old.sku)!;
      if (before.policy === 'partial' && item.active && item.allowBackorder && now.accounting.backordered > old.accounting.backordered) {
        exhausted.set(key, `${number} line ${old.lineNo}`);
      }
    }
  }

  for (const number of selected) {
    const before = prev.orders.get(number)!;
    const after = next.orders.get(number)!;
    if (before.status !== 'Draft' && before.status !== 'Open') {
      run.check(show(after.billOfMaterial.map((l) => l.accounting)) === show(before.billOfMaterial.map((l) => l.accounting)), () => `a run changed closed order ${number}`);
      continue;
    }
    run.check(after.status === 'Open' && after.fulfilled, () => `after a run order ${number} is ${after.status}, fulfilled ${after.fulfilled}`);
    let allocated = 0;
    let backordered = 0;
    let released = 0;
    let leftUnallocated = false;
    for (const old of before.billOfMaterial) {
      const now = after.billOfMaterial.find((l) => l.lineNo === old.lineNo)!;
      const a = old.accounting;
      const b = now.accounting;
      // The status the run saw (orders:updateLine changes it just before its run).
      const where = `run on ${number} line ${old.lineNo} (${old.sku}, ${now.status}): ${show(a)} -> ${show(b)}`;
      if (now.status !== 'Warehouse Pick') {
        run.check(show(a) === show(b), () => `${where}: a line not filled from stock moved`);
        continue;
      }
      // Backordered units move only when an order that ships complete goes whole: its backorders become picks.
      const backorderMoved = b.backordered >= a.backordered || (before.policy === 'complete' && b.backordered === 0);
      run.check(b.completed === a.completed && b.cancelled === a.cancelled && b.allocated >= a.allocated && backorderMoved, () => `${where}: moved the wrong way`);
      released += Math.max(0, a.backordered - b.backordered);
      run.check(b.unallocated === 0 || b.unallocated === a.unallocated, () => `${where}: partly allocated, the rest left unallocated`);
      const item = run.model.item(old.sku)!;
      if (item.active && item.allowBackorder) run.check(b.unallocated === 0, () => `${where}: an active backorderable item left unallocated`);
      if (!item.allowBackorder) run.check(b.backordered <= a.backordered, () => `${where}: a run backordered an item that is not backorderable`);
      // Unplaced quantity of an inactive item stays unplaced (a backorder of it may still be released whole).
      if (!item.active) run.check(b.unallocated === a.unallocated && b.backordered <= a.backordered, () => `${where}: a run placed an inactive item`);
      allocated += b.allocated - a.allocated;
      backordered += Math.max(0, b.backordered - a.backordered);
      if (b.unallocated > 0) leftUnallocated = true;
    }
    const outcome = results.orders.find((o) => o.order === number);
    if (!outcome) run.fail(`the fulfillment results say nothing about ${number}`);
    // An error per line left unallocated, naming the reason; a warning per backordered line naming the backorder.
    for (const now of after.billOfMaterial) {
      if (now.status !== 'Warehouse Pick' || now.accounting.unallocated === 0) continue;
      const item = run.model.item(now.sku)!;
      const reasons = !item.active ? ['inactive_item'] : ['not_backorderable', 'only_frozen'];
      const alert = outcome.alerts.find((x) => x.level === 'error' && x.sku !== undefined && skuKey(x.sku) === skuKey(now.sku) && reasons.includes(x.reason));
      run.check(alert !== undefined, () => `run on ${number}: line ${now.lineNo} (${now.sku}) left unallocated without an error alert (${reasons.join(' or ')}): ${show(outcome.alerts)}`);
      run.check(now.alert !== null, () => `run on ${number}: line ${now.lineNo} (${now.sku}) left unallocated shows no alert`);
    }
    // Allocations go into the order's open pick (created if none); the shortfall onto one new backorder.
    const fresh = after.attachments.filter((d) => !prev.docs.has(d.number));
    const freshPicks = fresh.filter((d) => isPick(d.status)).map((d) => d.number);
    const freshBackorders = fresh.filter((d) => d.status === 'Back Order').map((d) => d.number);
    const hadOpenPick = before.attachments.some((d) => d.status === 'Open');
    // Released backorders become picks in place (and the order's open pick): no new pick is needed then.
    const placedFresh = allocated - released;
    run.check(freshPicks.length === (placedFresh > 0 && !hadOpenPick && released === 0 ? 1 : 0), () => `run on ${number}: new picks ${show(freshPicks)}, ${allocated} allocated (${released} from backorders), an open pick before: ${hadOpenPick}`);
    if (released === 0) run.check(outcome.picks.length === (allocated > 0 ? 1 : 0), () => `run on ${number}: results name picks ${show(outcome.picks)} for ${allocated} allocated`);
    else run.check(outcome.picks.length > 0 && outcome.picks.every((p) => after.attachments.some((d) => d.number === p && isPick(d.status))), () => `run on ${number}: results name picks ${show(outcome.picks)} after releasing ${released} from backorders`);
    run.check(show(freshBackorders) === show(outcome.backorder ? [outcome.backorder] : []), () => `run on ${number}: new backorders ${show(freshBackorders)}, results say ${outcome.backorder}`);
    for (const warning of outcome.alerts.filter((x) => x.reason === 'backordered')) {
      run.check(warning.level === 'warning' && warning.backorder === outcome.backorder && (warning.qty ?? 0) > 0, () => `run on ${number}: backorder warning ${show(warning)}`);
    }
    const reportedAllocated = sum(outcome.allocated, (x) => x.qty);
    const reportedBackordered = sum(
      outcome.alerts.filter((x) => x.reason === 'backordered'),
      (x) => x.qty ?? 0,
    );
    run.check(reportedAllocated === allocated, () => `run on ${number}: results say ${reportedAllocated} allocated, order lines moved ${allocated}`);
    run.check(reportedBackordered === backordered, () => `run on ${number}: alerts say ${reportedBackordered} backordered, order lines moved ${backordered}`);
    run.check((outcome.backorder !== null) === backordered > 0, () => `run on ${number}: backorder ${outcome.backorder} for ${backordered} units`);
    if (before.policy === 'complete' && allocated > 0) {
      // Ship nothing until every line can go: a run that allocates leaves no line of the order
      // waiting, neither placed in this run nor already waiting on a backorder.
      const waiting = after.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && l.accounting.backordered + l.accounting.unallocated > 0);
      run.check(
        backordered === 0 && !leftUnallocated && waiting.length === 0,
        () => `run on ${number} (ships complete) allocated ${allocated} while ${waiting.map((l) => `line ${l.lineNo} (${l.sku}) waits for ${l.accounting.backordered + l.accounting.unallocated}`).join(', ')}`,
      );
    }
  }
}

const printOrder: Step<OperationOf<'orders:print'>> = (run, op) => {
  const number = run.refs.order(op.order);
  const out = run.act('orders:print', { order: number });
  const before = run.obs.orders.get(number);
  // Only a Draft or Open order prints; one whose run leaves nothing on a document says so.
  const live = before !== undefined && (before.status === 'Draft' || before.status === 'Open');
  run.check(!out.ok || live, () => `orders:print accepted a ${before?.status ?? 'unknown'} order ${number}`);
  if (!out.ok) {
    if (live) run.check(out.error.message.includes('has nothing to print'), () => `orders:print ${number} refused: ${out.error.message}`);
    return;
  }
  const result = out.value;
  return (prev, next) => {
    checkRun(run, [number], prev, next, result.fulfillment);
    const after = next.orders.get(number)!;
    // Nothing is Printed until print:done records the sheets.
    const docs = after.attachments.filter((d) => isPick(d.status) || d.status === 'Back Order');
    const sheets = result.sheets.map((s) => ({ number: s.number, kind: s.kind, qty: sheetUnits(s) }));
    const expected = docs.map((d) => ({ number: d.number, kind: d.status === 'Back Order' ? 'backorder' : 'pick', qty: d.qty }));
    run.check(show(sheets) === show(expected), () => `orders:print sheets ${show(sheets)}, documents ${show(expected)}`);
    for (const sheet of result.sheets) checkSheetOrder(run, sheet, next);
  };
};

/** A pick sheet walks the bins in pick sequence. */
export function checkSheetOrder(run: Run, sheet: Sheet, next: Observation): void {
  if (sheet.kind !== 'pick') return;
  const positions = sheet.lines.map((l) => next.binOrder.indexOf(l.bin));
  run.check(positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]!)), () => `pick sheet ${sheet.number} is not in pick sequence: ${show(sheet.lines.map((l) => l.bin))}, bins ${show(next.binOrder)}`);
}

export const fulfillmentSteps = {
  'fulfillment:run': runFulfillment,
  'orders:print': printOrder,
} satisfies Partial<Steps>;
