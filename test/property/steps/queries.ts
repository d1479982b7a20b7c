// Read-only calls, one step kind with a query of its own per channel: each must change nothing
// (`run.act` checks, byte for byte) and say what the model and the last observation say.
import { skuKey } from '../../../shared/domain/items';
import { isPick, sheetUnits } from '../observation';
import type { OperationOf, Query, QueryOf } from '../operations';
import type { Run } from '../run';
import { show, sum } from '../util';
import type { Step, Steps } from './step';

/** One check for every read-only channel the generators call: a map of this type cannot leave one out. */
type Queries = { [K in Query['kind']]: (run: Run, q: QueryOf<K>) => void };

const queries: Queries = {
  'print:sheets': (run, q) => {
    const number = run.refs.doc(q.doc, 'backorder');
    const doc = run.obs.docs.get(number);
    const out = run.act('print:sheets', { documents: [number] }, 'query');
    const printable = isPick(doc?.status) || doc?.status === 'Back Order';
    run.check(out.ok === printable, () => `print:sheets of a ${doc?.status} document: ${out.ok ? 'given' : 'refused'}`);
    if (!out.ok) return;
    const sheet = out.value[0]!;
    const kind = doc!.status === 'Back Order' ? 'backorder' : 'pick';
    run.check(sheet.kind === kind && sheetUnits(sheet) === doc!.qty, () => `${sheet.kind} sheet of ${number} lists ${show(sheet.lines)}, it holds ${doc!.qty}`);
  },
  'documents:get': (run, q) => {
    const number = run.refs.doc(q.doc, 'pick');
    const doc = run.obs.docs.get(number);
    const out = run.act('documents:get', { document: number }, 'query');
    run.check(out.ok === (doc !== undefined), () => `documents:get ${number}: ${out.ok ? 'given' : 'refused'}`);
    if (!out.ok) return;
    const d = out.value;
    run.check(d.status === doc!.status && d.order === doc!.order && sum(d.lines, (l) => l.qty) === doc!.qty, () => `documents:get ${number}: ${show(d)} but the order shows ${show(doc)}`);
    for (const line of d.lines) {
      const inBins = sum(line.bins, (b) => b.qty);
      if (isPick(d.status)) run.check(inBins === line.qty, () => `${number} line ${line.lineNo}: ${line.qty} allocated, bins say ${inBins}`);
      if (d.status === 'Back Order') {
        const free = run.obs.stock.get(skuKey(line.sku))!.total.free;
        run.check(line.freeNow === Math.min(line.qty, free), () => `${number} line ${line.lineNo}: freeNow ${line.freeNow}, ${line.qty} outstanding and ${free} free`);
      }
    }
  },
  'backorders:list': (run, q) => {
    const input = { filter: q.filter, ...(q.sku === null ? {} : { query: run.refs.sku(q.sku) }) };
    const out = run.act('backorders:list', input, 'query');
    if (!out.ok) return run.fail(`backorders:list was refused: ${out.error.message}`);
    run.check(out.value.rows.every((r) => r.status === 'Back Order' && r.outstanding > 0 && run.obs.backorders.has(r.number)), () => `backorders:list lists ${show(out.value.rows)}`);
    if (input.query !== undefined && q.filter === 'all') {
      const holding = [...run.obs.backorders].filter(([, lines]) => lines.some((l) => l.qty > 0 && skuKey(l.sku) === skuKey(input.query!))).map(([n]) => n);
      const missing = holding.filter((n) => !out.value.rows.some((r) => r.number === n));
      run.check(missing.length === 0, () => `searching backorders for ${input.query} misses ${show(missing)}`);
    }
  },
  'inventory:ledger': (run, q) => {
    const sku = run.refs.sku(q.sku);
    const out = run.act('inventory:ledger', { sku, limit: 1000 }, 'query');
    run.check(out.ok === (run.model.item(sku) !== undefined), () => `inventory:ledger ${sku}: ${out.ok ? 'given' : 'refused'}`);
    if (!out.ok) return;
    const onHand = run.obs.stock.get(skuKey(sku))!.total.onHand;
    const total = sum(out.value.rows, (r) => r.qty);
    run.check(out.value.total === out.value.rows.length && total === onHand, () => `the ledger of ${sku} adds up to ${total}, on hand is ${onHand}`);
    const kinds = Object.fromEntries(Object.keys(run.model.byKind.get(skuKey(sku))!).map((k) => [k, sum(out.value.rows.filter((r) => r.kind === k), (r) => r.qty)]));
    run.check(show(kinds) === show(run.model.byKind.get(skuKey(sku))), () => `the ledger of ${sku} per kind ${show(kinds)}, expected ${show(run.model.byKind.get(skuKey(sku)))}`);
    run.check(out.value.rows.every((r, i) => i === 0 || r.id < out.value.rows[i - 1]!.id), () => `the ledger of ${sku} is not newest first`);
    // Only a count that confirmed what a bin held is an entry of 0.
    run.check(out.value.rows.every((r) => r.qty !== 0 || r.kind === 'adjustment'), () => `the ledger of ${sku} has an entry of 0 that is not a count`);
    run.check(
      out.value.rows.filter((r) => r.kind === 'pick issue').every((r) => r.document !== null && run.obs.docs.get(r.document)?.status === 'Completed'),
      () => `a pick issue of ${sku} does not name a completed pick`,
    );
  },
  'inventory:list': (run, q) => {
    const out = run.act('inventory:list', { filter: q.filter, limit: 1000 }, 'query');
    if (!out.ok) return run.fail(`inventory:list was refused: ${out.error.message}`);
    for (const row of out.value.rows) {
      const seen = run.obs.stock.get(skuKey(row.sku))!.total;
      run.check(
        row.onHand === seen.onHand && row.allocated === seen.allocated && row.free === seen.free && row.frozen === seen.frozen,
        () => `inventory:list row ${show(row)} disagrees with the item's stock ${show(seen)}`,
      );
      const waiting = sum([...run.obs.orders.values()].filter((o) => o.status === 'Draft' || o.status === 'Open'), (o) =>
        sum(o.billOfMaterial.filter((l) => l.status === 'Warehouse Pick' && skuKey(l.sku) === skuKey(row.sku)), (l) => l.accounting.backordered + l.accounting.unallocated),
      );
      run.check(row.waiting === waiting, () => `inventory:list: ${row.waiting} of ${row.sku} waiting, order lines say ${waiting}`);
      if (q.filter === 'frozen') run.check(row.frozen > 0, () => `the frozen filter lists ${row.sku} with nothing frozen`);
      if (q.filter === 'low') run.check(row.free < row.waiting, () => `the low filter lists ${row.sku}: ${row.free} free, ${row.waiting} waiting`);
    }
    if (q.filter === 'all') {
      const active = run.model.itemOrder.filter((sku) => run.model.item(sku)!.active);
      run.check(out.value.rows.length === active.length, () => `inventory:list lists ${out.value.rows.length} items, ${active.length} are active`);
    }
  },
  'orders:list': (run) => {
    const out = run.act('orders:list', { limit: 1000 }, 'query');
    if (!out.ok) return run.fail(`orders:list was refused: ${out.error.message}`);
    run.check(show(out.value.rows.map((r) => r.number).sort()) === show([...run.model.orders].sort()), () => `orders:list lists ${show(out.value.rows.map((r) => r.number))}`);
  },
  'orders:get': (run, q) => {
    const number = run.refs.order(q.order);
    const out = run.act('orders:get', { order: number }, 'query');
    run.check(out.ok === run.model.orders.includes(number), () => `orders:get ${number}: ${out.ok ? 'given' : 'refused'}`);
  },
  'items:list': (run) => {
    const out = run.act('items:list', { includeInactive: true }, 'query');
    if (!out.ok) return run.fail(`items:list was refused: ${out.error.message}`);
    run.check(out.value.total === run.model.itemOrder.length, () => `items:list counts ${out.value.total} items`);
  },
  'items:getKit': (run, q) => {
    const sku = run.refs.sku(q.sku);
    const out = run.act('items:getKit', { kit: sku }, 'query');
    run.check(out.ok === (run.model.item(sku) !== undefined), () => `items:getKit ${sku}: ${out.ok ? 'given' : 'refused'}`);
    if (!out.ok) return;
    const expected = (run.model.kits.get(skuKey(sku)) ?? []).map((c) => [c.sku, c.qty]);
    run.check(show(out.value.components.map((c) => [c.sku, c.qty])) === show(expected), () => `items:getKit ${sku}: ${show(out.value.components)}`);
  },
  'bins:list': (run) => {
    const out = run.act('bins:list', {}, 'query');
    if (!out.ok) return run.fail(`bins:list was refused: ${out.error.message}`);
    run.check(show(out.value.map((b) => b.code).sort()) === show([...run.model.bins].sort()), () => `bins:list lists ${show(out.value.map((b) => b.code))}`);
  },
  'settings:get': (run) => {
    const out = run.act('settings:get', {}, 'query');
    run.check(out.ok && out.value.autoRelease === run.model.autoRelease, () => `settings:get says ${show(out)}`);
  },
  'inventory:verify': (run) => {
    const out = run.act('inventory:verify', {}, 'query');
    run.check(out.ok && out.value.ok && out.value.problems.length === 0, () => `inventory:verify says ${show(out)}`);
  },
};

const query: Step<OperationOf<'query'>> = (run, op) => {
  // TypeScript cannot tie queries[kind] to the query of that kind; the map's type already did.
  const check = queries[op.query.kind] as (run: Run, q: Query) => void;
  check(run, op.query);
};

export const querySteps = { query } satisfies Partial<Steps>;
