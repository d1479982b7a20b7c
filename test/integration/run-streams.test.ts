import { describe, expect, it } from 'vitest';
import { summarise, type OrderFulfillment } from '../../shared/domain/fulfillment';
import { runFulfillment, streamFulfillment } from '../../main/engine/operations/fulfill';
import { writeTransaction } from '../../main/store/transaction';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { expectConsistent, items, order, run, stock } from '../helpers/scenario';

// A run over every order hands each order's outcome on as soon as the order is done, and reads the
// orders, their lines and open picks a slice at a time (issue 11: peak memory at 500,000 lines).
// Whatever the slice, and whether the outcomes are streamed or collected, the run must do the same.

const NOW = '2026-11-24T09:00:00.000Z';
const engine = (h: Harness) => ({ db: h.db, now: () => NOW, user: 'test-clerk' });

/**
 * A desk where the slices matter: orders whose precedence is not their entry order, an order that
 * ships complete and goes whole (row by row, mid-run), one that cannot, an open pick a line grows on,
 * items first needed late in the run, an inactive item, a cancelled order named in the run.
 */
function desk(): { h: Harness; named: string[] } {
  const h = createHarness();
  h.call('settings:update', { autoRelease: false });
  items(h, 'BOLT', 'NUT', 'WASHER', { sku: 'PIN', allowBackorder: false }, 'OLD');
  stock(h, 'PIN', 'A-1', 5);
  stock(h, 'BOLT', 'A-2', 9);
  stock(h, 'NUT', 'A-3', 3);
  stock(h, 'WASHER', 'A-4', 2);
  order(h, '1040', [['PIN', 5]]);
  run(h, '1040');
  // A count takes 2 PIN back off 1040.001 and finds them again: the next run grows that pick's line.
  h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'delta', qty: -2, reason: 'count' });
  h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'delta', qty: 2, reason: 'found in count' });
  order(h, '1041', [['BOLT', 3]], { priority: 'low' });
  order(h, '1042', [['BOLT', 2], ['NUT', 1]], { policy: 'complete' });
  order(h, '1043', [['NUT', 5], ['PIN', 1]], { policy: 'complete' });
  order(h, '1044', [['BOLT', 4], ['OLD', 1]], { priority: 'high' });
  h.call('items:update', { id: itemId(h, 'OLD'), active: false });
  order(h, '1045', [['NUT', 2], ['BOLT', 2]]);
  order(h, '1046', [['WASHER', 3]], { priority: 'low' });
  order(h, '1047', [['BOLT', 1]]);
  h.call('orders:cancel', { order: '1047' });
  return { h, named: ['1041', '1042', '1043', '1040', '1044', '1045', '1046', '1047'] };
}

const idOf = (h: Harness, number: string): number => h.db.prepare<[string], number>('SELECT id FROM "order" WHERE number = ?').pluck().get(number)!;

/** Runs the engine on `h` reading `ordersPerRead` orders at a time; returns the outcomes as they came. */
function stream(h: Harness, selection: { orders: string[] } | { all: true }, ordersPerRead?: number): OrderFulfillment[] {
  const seen: OrderFulfillment[] = [];
  const chosen = 'all' in selection ? selection : { orderIds: selection.orders.map((number) => idOf(h, number)) };
  writeTransaction(h.db, (db) => streamFulfillment({ ...engine(h), db }, chosen, (outcome) => seen.push(outcome), ordersPerRead));
  return seen;
}

const itemId = (h: Harness, sku: string): number => h.db.prepare<[string], number>('SELECT id FROM item WHERE sku = ?').pluck().get(sku)!;

/** Then a count takes PIN back off 1040's pick and finds it again, and OLD is back in stock: a run over every open order. */
function moreWork(h: Harness): void {
  h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'delta', qty: -3, reason: 'count' });
  h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'delta', qty: 3, reason: 'found in count' });
  h.call('items:update', { id: itemId(h, 'OLD'), active: true });
  stock(h, 'OLD', 'A-6', 1);
}

describe('a run that reads its orders a slice at a time', () => {
  it('does the same whatever the slice: the same outcomes, in precedence order, and the same database', () => {
    const runs = [1, 2, 3, 1_000].map((ordersPerRead) => {
      const { h, named } = desk();
      const first = stream(h, { orders: named }, ordersPerRead);
      moreWork(h);
      const second = stream(h, { all: true }, ordersPerRead);
      expectConsistent(h);
      return { first, second, rows: snapshot(h.db) };
    });
    const [one, ...others] = runs;
    // High before normal before low; within a priority, by date then entry.
    expect(one!.first.map((o) => o.order)).toEqual(['1044', '1040', '1042', '1043', '1045', '1047', '1041', '1046']);
    expect(one!.first.find((o) => o.order === '1040')).toMatchObject({ picks: ['1040.001'], allocated: [{ sku: 'PIN', qty: 2 }] });
    expect(one!.first.find((o) => o.order === '1042')).toMatchObject({ picks: ['1042.001'], backorder: null });
    expect(one!.second.map((o) => o.order)).toEqual(['1044', '1040', '1042', '1043', '1045', '1041', '1046']);
    // Onto the picks the first run made: OLD, an item the run reads only then, and PIN on 1040.001's line.
    expect(one!.second.filter((o) => o.allocated.length > 0)).toMatchObject([
      { order: '1044', allocated: [{ sku: 'OLD', qty: 1 }], picks: ['1044.001'] },
      { order: '1040', allocated: [{ sku: 'PIN', qty: 3 }], picks: ['1040.001'] },
    ]);
    for (const other of others) expect(other).toEqual(one);
  });
});

describe('fulfillment:run streams each order to the stored run and the answer', () => {
  it('stores and answers exactly what the collected results say', () => {
    const streamed = desk();
    const collected = desk();
    const answer = streamed.h.call('fulfillment:run', { orders: streamed.named });
    const results = writeTransaction(collected.h.db, (db) =>
      runFulfillment({ ...engine(collected.h), db }, { orderIds: collected.named.map((n) => idOf(collected.h, n)) }),
    );

    const { run: runId, ...summary } = answer;
    expect(summary).toEqual(summarise(results));
    const stored = streamed.h.call('fulfillment:results', { run: runId, offset: 0, limit: 200 });
    expect(stored.rows).toEqual(results.orders);
    expect(stored.total).toBe(results.orders.length);
    // Every order once, in run order; the engine's writes are the same as the collected run's.
    expect(new Set(stored.rows.map((o) => o.order)).size).toBe(collected.named.length);
    const { fulfillment_run: storedRuns, fulfillment_run_chunk: chunks, ...rows } = snapshot(streamed.h.db);
    const { fulfillment_run: none, fulfillment_run_chunk: noChunks, ...collectedRows } = snapshot(collected.h.db);
    expect(rows).toEqual(collectedRows);
    expect([storedRuns!.length, chunks!.length, none!.length, noChunks!.length]).toEqual([2, 2, 1, 1]);
    expect(streamed.h.call('fulfillment:results', { run: runId, offset: 0, limit: 1 }).at).toBe(NOW);
  });
});
