import { beforeEach, describe, expect, it } from 'vitest';
import { runFulfillment } from '../../main/engine/operations/fulfill';
import { writeTransaction } from '../../main/store/transaction';
import { createHarness, type Harness } from '../helpers/harness';
import { printSheets } from '../helpers/print';
import { accounting, doc, expectConsistent, free, items, order, run, stock } from '../helpers/scenario';

// The run over many orders writes set-oriented (issue 11): the order's open pick, its lines and its
// document numbers are read once for the whole run, rows go in with plain inserts, and reservations
// are written once per bin at the end. These pin down the cases that shortcut could get wrong.

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'BOLT', { sku: 'PIN', allowBackorder: false });
  h.call('settings:update', { autoRelease: false });
});

/** A count finds `qty` of the item missing in the bin, and later finds it again. */
function lostAndFound(sku: string, bin: string, qty: number, found = qty): void {
  h.call('inventory:adjust', { sku, bin, mode: 'delta', qty: -qty, reason: 'count' });
  h.call('inventory:adjust', { sku, bin, mode: 'delta', qty: found, reason: 'found in count' });
}

describe('a run over several orders', () => {
  it('grows the line already on the open pick, in the same bin, when a count had taken part of it back', () => {
    stock(h, 'PIN', 'A-1', 5);
    order(h, '1040', [['PIN', 5]]);
    run(h, '1040');
    lostAndFound('PIN', 'A-1', 2); // PIN is not backorderable: the 2 given back stay unallocated

    expect(run(h, '1040').orders[0]).toMatchObject({ allocated: [{ sku: 'PIN', qty: 2 }], picks: ['1040.001'], backorder: null });
    expect(doc(h, '1040.001').lines).toEqual([{ sku: 'PIN', qty: 5, bins: [{ bin: 'A-1', qty: 5 }] }]);
    expect(free(h, 'PIN')).toBe(0);
    expectConsistent(h);
  });

  it('numbers each order on from its own documents, and reserves once what several orders take from one bin', () => {
    stock(h, 'PIN', 'A-1', 5);
    order(h, '1040', [['PIN', 5], ['BOLT', 2]]);
    order(h, '1041', [['PIN', 1]]);
    run(h, '1040'); // 1040.001 picks 5 PIN, 1040.002 backorders 2 BOLT
    printSheets(h, '1040.001');
    lostAndFound('PIN', 'A-1', 2, 3); // 1040.001 gives back 2 PIN; 3 turn up again

    const results = run(h, '1041', '1040'); // 1041 is still a Draft; 1040 comes first all the same
    expect(results.orders.map((o) => [o.order, o.picks, o.backorder])).toEqual([
      ['1040', ['1040.003'], null],
      ['1041', ['1041.001'], null],
    ]);
    expect(doc(h, '1040.003').lines).toEqual([{ sku: 'PIN', qty: 2, bins: [{ bin: 'A-1', qty: 2 }] }]);
    expect(accounting(h, '1041')).toMatchObject({ allocated: 1, unallocated: 0 });
    expect(free(h, 'PIN')).toBe(0);
    expectConsistent(h);
  });

  it('keeps the numbering and the history in order around an order that ships complete and goes whole', () => {
    items(h, 'NUT');
    stock(h, 'BOLT', 'A-1', 10);
    order(h, '1040', [['BOLT', 2]]);
    order(h, '1041', [['BOLT', 3]], { policy: 'complete' }); // released whole, row by row, between the other two
    order(h, '1042', [['BOLT', 4], ['NUT', 2]]);

    const results = run(h, '1040', '1041', '1042');
    expect(results.orders.map((o) => [o.order, o.picks, o.backorder])).toEqual([
      ['1040', ['1040.001'], null],
      ['1041', ['1041.001'], null],
      ['1042', ['1042.001'], '1042.002'],
    ]);
    expect(doc(h, '1042.001').lines).toEqual([{ sku: 'BOLT', qty: 4, bins: [{ bin: 'A-1', qty: 4 }] }]);
    expect(h.call('orders:history', { order: '1041' }).events.map((e) => e.kind)).toEqual(['run', 'pick_created', 'created']);
    expect(h.call('orders:history', { order: '1042' }).events.map((e) => e.kind)).toEqual(['run', 'backorder_created', 'pick_created', 'created']);
    expect(free(h, 'BOLT')).toBe(1);
    expectConsistent(h);
  });

  it('marks every Open order it went through as through fulfillment, in batches, and leaves a Draft it was not given alone', () => {
    stock(h, 'BOLT', 'A-1', 100);
    const numbers = Array.from({ length: 70 }, (_, i) => order(h, String(2000 + i), [['BOLT', 1]], { status: 'Open' }));
    order(h, '3000', [['BOLT', 1]]); // a Draft: a run over every order takes Open orders only
    h.setNow('2026-11-25T10:00:00.000Z');

    h.call('fulfillment:run', { all: true });
    for (const number of numbers) expect(h.call('orders:get', { order: number })).toMatchObject({ status: 'Open', fulfilled: true });
    expect(h.call('orders:get', { order: '3000' })).toMatchObject({ status: 'Draft', fulfilled: false });
    const stamped = h.db.prepare(`SELECT number FROM "order" WHERE updated_at = '2026-11-25T10:00:00.000Z' ORDER BY number`).pluck().all();
    expect(stamped).toEqual(numbers);
    expectConsistent(h);
  });

  it('reports its progress order by order', () => {
    stock(h, 'PIN', 'A-1', 1);
    for (const number of ['1040', '1041', '1042']) order(h, number, [['PIN', 1]]);
    h.call('fulfillment:run', { orders: ['1040', '1041', '1042'] });
    const reports: [string, number, number][] = [];
    writeTransaction(h.db, (db) =>
      runFulfillment({ db, now: () => '2026-11-24T09:00:00.000Z', user: 'test-clerk', progress: (what, done, total) => reports.push([what, done, total]) }, { all: true }),
    );
    expect(reports).toEqual([
      ['orders', 1, 3],
      ['orders', 2, 3],
      ['orders', 3, 3],
    ]);
  });
});
