// The order's history on its Details tab (docs/screens.md): what happened to the order and its documents,
// newest first, each with its document number and time, recorded inside the operation's transaction.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, expectConsistent, items, order, receive, refusedUnchanged, run, stock } from '../helpers/scenario';
import { printSheets } from '../helpers/print';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', 'PAD-F', { sku: 'HX-5', allowBackorder: false });
  bins(h, 'A-01');
});

/** The history as `kind document: text`, newest first. */
const history = (n: string) => h.call('orders:history', { order: n }).events.map((e) => `${e.kind} ${e.document ?? '-'}: ${e.text}`);

/** Moves the clock to 09:MM on the test day, so each step has its own time. */
const at = (minute: number) => {
  const iso = `2026-11-24T09:${String(minute).padStart(2, '0')}:00.000Z`;
  h.setNow(iso);
  return iso;
};

describe('an order from entry to completion', () => {
  it('lists created, run, documents created, printed, split, released, completed and cancelled, newest first', () => {
    stock(h, 'TR-GR', 'A-01', 6);
    at(1);
    order(h, '1040', [['TR-GR', 10], ['BRG-1', 2]], { customer: 'Acme Tools' });
    at(2);
    h.call('orders:update', { order: '1040', priority: 'high' });
    const runAt = at(3);
    run(h, '1040');
    at(4);
    printSheets(h, '1040.001');
    at(5);
    printSheets(h, '1040.001');
    at(6);
    receive(h, 'TR-GR', 'A-01', 4); // auto-release: 4 × TR-GR split off 1040.002
    at(7);
    receive(h, 'BRG-1', 'A-01', 2); // the rest of 1040.002: released in place
    at(8);
    h.call('picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 5 }] });
    at(9);
    h.call('backorders:cancel', { backorder: '1040.004' });
    at(10);
    h.call('picks:cancel', { pick: '1040.003' });
    const lastAt = at(11);
    h.call('picks:complete', { pick: '1040.002' });

    expect(history('1040')).toEqual([
      'completed -: Order completed: every Warehouse Pick line picked or cancelled',
      'completed 1040.002: Pick completed: 2 picked',
      'cancelled 1040.003: Pick cancelled: 4 × TR-GR',
      'cancelled 1040.004: Backorder cancelled: 1 × TR-GR',
      'completed 1040.001: Pick completed: 5 picked; 1 × TR-GR short, back on backorder 1040.004',
      'backorder_created 1040.004: Backorder created',
      'released 1040.002: Backorder released in full, now a pick: 2 × BRG-1',
      'split 1040.003: Pick split off backorder 1040.002: 4 × TR-GR; 2 × BRG-1 stay on it',
      'printed 1040.001: Pick sheet printed (2nd time)',
      'printed 1040.001: Pick sheet printed',
      'run -: Run Fulfillment: 6 allocated, 6 backordered; order now Open',
      'backorder_created 1040.002: Backorder created',
      'pick_created 1040.001: Pick created',
      'updated -: Changed priority normal → high',
      'created -: Order created as Draft for Acme Tools, 2 lines',
    ]);
    const { order: number, events } = h.call('orders:history', { order: '1040' });
    expect(number).toBe('1040');
    expect(events[0]).toMatchObject({ at: lastAt, user: 'test-clerk', kind: 'completed', document: null });
    expect(events.filter((e) => e.at === runAt).map((e) => e.kind)).toEqual(['run', 'backorder_created', 'pick_created']);
    // Ids grow with time: newest first is id descending.
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => b - a));
    expectConsistent(h);
  });
});

describe('cancelling', () => {
  beforeEach(() => {
    stock(h, 'TR-GR', 'A-01', 3);
    order(h, '1041', [['TR-GR', 3], ['BRG-1', 2]]);
    run(h, '1041');
  });

  it('records a line remainder, the documents it emptied, and the whole order', () => {
    h.call('orders:cancelLine', { order: '1041', lineNo: 2 });
    h.call('orders:cancel', { order: '1041' });

    expect(history('1041').slice(0, 4)).toEqual([
      'cancelled 1041.001: Pick cancelled: nothing left on it',
      'cancelled -: Order cancelled: 3 × TR-GR',
      'cancelled 1041.002: Backorder cancelled: nothing left on it',
      'cancelled -: Line 2 remainder cancelled: 2 × BRG-1',
    ]);
    expectConsistent(h);
  });

  it('records an order cancelled after part of it was picked as Completed, as cancelling its last backorder would', () => {
    h.call('picks:complete', { pick: '1041.001' });
    h.call('orders:cancel', { order: '1041' });

    expect(h.call('orders:get', { order: '1041' }).status).toBe('Completed');
    expect(history('1041').slice(0, 3)).toEqual([
      'cancelled 1041.002: Backorder cancelled: nothing left on it',
      'cancelled -: Order cancelled: 2 × BRG-1; Completed with what was picked',
      'completed 1041.001: Pick completed: 3 picked',
    ]);
  });
});

describe('editing, filling and counting', () => {
  it('records bill-of-material and header edits, saying what changed', () => {
    order(h, '1042', [['TR-GR', 2]]);
    h.call('orders:addLine', { order: '1042', line: { sku: 'brg-1', qty: 4 } });
    h.call('orders:updateLine', { order: '1042', lineNo: 2, qty: 5, status: 'Vendor Order' });
    h.call('orders:removeLine', { order: '1042', lineNo: 1 });
    h.call('orders:update', { order: '1042', customer: 'Birch & Co', orderDate: '2026-11-21', policy: 'partial' });
    h.call('orders:update', { order: '1042', customer: 'Birch & Co' }); // changes nothing: not recorded

    expect(history('1042')).toEqual([
      'updated -: Changed customer Customer 1042 → Birch & Co, order date 2026-11-20 → 2026-11-21',
      'updated -: Line 1 removed: 2 × TR-GR',
      'updated -: Line 2 (BRG-1): qty 4 → 5, status Warehouse Pick → Vendor Order',
      'updated -: Line 2 added: 4 × BRG-1',
      'created -: Order created as Draft for Customer 1042, 1 line',
    ]);
  });

  it('records a fill with what was filled, and the split it made', () => {
    h.call('settings:update', { autoRelease: false });
    order(h, '1043', [['TR-GR', 5], ['BRG-1', 2]]);
    run(h, '1043');
    receive(h, 'TR-GR', 'A-01', 3);
    h.call('backorders:fill', { backorder: '1043.001', lines: [{ sku: 'TR-GR', filled: 3 }] });
    receive(h, 'BRG-1', 'A-01', 2);
    receive(h, 'TR-GR', 'A-01', 2);
    h.call('backorders:fill', { backorder: '1043.001', complete: true });

    expect(history('1043').slice(0, 5)).toEqual([
      'filled 1043.001: Filled 2 × TR-GR, 2 × BRG-1 (Complete): now a pick',
      'released 1043.001: Backorder released in full, now a pick: 2 × TR-GR, 2 × BRG-1',
      'filled 1043.001: Filled 3 × TR-GR: moved to pick 1043.002',
      'split 1043.002: Pick split off backorder 1043.001: 3 × TR-GR; 2 × TR-GR, 2 × BRG-1 stay on it',
      'run -: Run Fulfillment: 0 allocated, 7 backordered; order now Open',
    ]);
  });

  it('records stock a count took back from a pick, and where it went', () => {
    stock(h, 'TR-GR', 'A-01', 4);
    stock(h, 'HX-5', 'A-01', 2);
    order(h, '1044', [['TR-GR', 4], ['HX-5', 2]]);
    run(h, '1044');
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 1, reason: 'cycle count' });
    h.call('inventory:changeStatus', { sku: 'HX-5', bin: 'A-01', from: 'available', to: 'frozen', qty: 2, reason: 'recall' });

    expect(history('1044').slice(0, 4)).toEqual([
      'given_back 1044.001: Pick gave back 2 × HX-5: no longer available in A-01; left unallocated',
      'given_back 1044.001: Pick gave back 3 × TR-GR: no longer available in A-01; back on backorder 1044.002',
      'backorder_created 1044.002: Backorder created',
      'run -: Run Fulfillment: 6 allocated; order now Open',
    ]);
    expectConsistent(h);
  });
});

describe('what the history leaves out', () => {
  it('a refused operation records nothing', () => {
    stock(h, 'TR-GR', 'A-01', 2);
    order(h, '1045', [['TR-GR', 4]]);
    run(h, '1045');
    const before = history('1045');

    refusedUnchanged(h, 'picks:complete', { pick: '1045.001', lines: [{ sku: 'TR-GR', picked: 3 }] });
    refusedUnchanged(h, 'backorders:fill', { backorder: '1045.002', complete: true });
    refusedUnchanged(h, 'orders:addLine', { order: '1045', line: { sku: 'TR-GR', qty: 1 } });
    refusedUnchanged(h, 'orders:update', { order: '1045', orderDate: '2026-02-30' });
    refusedUnchanged(h, 'orders:cancelLine', { order: '1045', lineNo: 2 });
    refusedUnchanged(h, 'print:done', { documents: [{ number: '1045.001', version: 'not a sheet' }] });
    refusedUnchanged(h, 'backorders:cancel', { backorder: '1045.001' });
    refusedUnchanged(h, 'fulfillment:run', { orders: ['1045', '9999'] });
    expect(history('1045')).toEqual(before);
  });

  it('a run over every open order notes only the orders it had something to place on', () => {
    stock(h, 'TR-GR', 'A-01', 2);
    order(h, '1046', [['TR-GR', 2]], { status: 'Open' });
    order(h, '1047', [['PAD-F', 1, 'Non-stock']], { status: 'Open' });
    h.call('fulfillment:run', { all: true });
    h.call('fulfillment:run', { all: true });

    expect(history('1046')).toEqual([
      'run -: Run Fulfillment: 2 allocated',
      'pick_created 1046.001: Pick created',
      'created -: Order created as Open for Customer 1046, 1 line',
    ]);
    expect(history('1047')).toEqual(['created -: Order created as Open for Customer 1047, 1 line']);
  });

  it('refuses an unknown order, naming the field order', () => {
    expect(h.refusal('orders:history', { order: '9999' })).toEqual({ code: 'not_found', field: 'order', message: 'Order 9999 was not found' });
    expect(h.refusal('orders:history', { order: '1040.001' })).toMatchObject({ code: 'invalid', field: 'order' });
  });
});
