// Cancelling (docs/rules.md, Complete and cancel; Adjust and Change Status: stock freed by a cancellation
// is not auto-released): picks, backorders, an order line's remainder, a whole order.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { doc, expectConsistent, free, items, line, order, run, stock } from '../helpers/scenario';
import { printSheets } from '../helpers/print';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'BOLT', 'NUT', { sku: 'PIN', allowBackorder: false });
});

const status = (n: string) => h.call('orders:get', { order: n }).status;

describe('cancelling a pick', () => {
  beforeEach(() => {
    stock(h, 'BOLT', 'A-1', 5);
    stock(h, 'BOLT', 'A-2', 3);
    stock(h, 'NUT', 'A-1', 2);
    order(h, '1040', [['BOLT', 10], ['NUT', 2]]);
    run(h, '1040'); // 1040.001: BOLT 8 (A-1 5, A-2 3), NUT 2; 1040.002: BOLT 2 on backorder
  });

  it('releases its allocations, frees the stock and turns its quantity into cancelled on the order lines', () => {
    printSheets(h, '1040.001');

    const cancelled = h.call('picks:cancel', { pick: '1040.001' });

    expect(cancelled).toMatchObject({ number: '1040.001', status: 'Cancelled', shipCode: 'Cancelled' });
    expect(cancelled.lines.map((l) => ({ sku: l.sku, qty: l.qty, cancelled: l.cancelled, bins: l.bins }))).toEqual([
      { sku: 'BOLT', qty: 0, cancelled: 8, bins: [] },
      { sku: 'NUT', qty: 0, cancelled: 2, bins: [] },
    ]);
    expect(h.call('inventory:itemStock', { sku: 'BOLT' }).bins.map((b) => [b.bin, b.available, b.allocated, b.free])).toEqual([
      ['A-1', 5, 0, 5],
      ['A-2', 3, 0, 3],
    ]);
    expect(free(h, 'NUT')).toBe(2);
    expect(line(h, '1040', 1).accounting).toEqual({ ordered: 10, completed: 0, allocated: 0, backordered: 2, unallocated: 0, cancelled: 8 });
    expect(line(h, '1040', 2).accounting).toEqual({ ordered: 2, completed: 0, allocated: 0, backordered: 0, unallocated: 0, cancelled: 2 });
    expect(doc(h, '1040.002').status).toBe('Back Order');
    expect(status('1040')).toBe('Open');
    expect(h.call('inventory:ledger', { sku: 'BOLT' }).rows.map((r) => r.kind)).toEqual(['receipt', 'receipt']);
    expectConsistent(h);
  });

  it('cancels the order too when the pick held everything the order still had open', () => {
    h.call('backorders:cancel', { backorder: '1040.002' });
    expect(status('1040')).toBe('Open');

    h.call('picks:cancel', { pick: '1040.001' });

    expect(status('1040')).toBe('Cancelled');
    expect(line(h, '1040', 1).accounting).toMatchObject({ ordered: 10, cancelled: 10 });
    expectConsistent(h);
  });

  it('refuses a completed pick, naming it, and changes nothing', () => {
    h.call('picks:complete', { pick: '1040.001' });
    const before = snapshot(h.db);

    const refusal = h.refusal('picks:cancel', { pick: '1040.001' });

    expect(refusal).toMatchObject({ code: 'refused', field: 'pick' });
    expect(refusal.message).toContain('1040.001');
    expect(refusal.message).toContain('completed');
    expect(snapshot(h.db)).toEqual(before);
  });

  it('refuses cancelling it twice, and a backorder given as a pick', () => {
    h.call('picks:cancel', { pick: '1040.001' });
    const before = snapshot(h.db);

    expect(h.refusal('picks:cancel', { pick: '1040.001' })).toMatchObject({ code: 'refused', field: 'pick', message: '1040.001 is cancelled' });
    expect(h.refusal('picks:cancel', { pick: '1040.002' })).toMatchObject({ code: 'refused', field: 'pick' });
    expect(h.refusal('picks:cancel', { pick: '1040.009' })).toMatchObject({ code: 'not_found', field: 'pick' });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('cancelling a backorder', () => {
  beforeEach(() => {
    stock(h, 'BOLT', 'A-1', 6);
    order(h, '1040', [['BOLT', 10], ['NUT', 3]]);
    run(h, '1040'); // 1040.001: BOLT 6; 1040.002: BOLT 4, NUT 3
  });

  it('turns its outstanding quantity into cancelled; the order keeps its pick', () => {
    const cancelled = h.call('backorders:cancel', { backorder: '1040.002' });

    expect(cancelled).toMatchObject({ number: '1040.002', status: 'Cancelled', shipCode: 'Cancelled' });
    expect(cancelled.lines.map((l) => [l.sku, l.qty, l.cancelled])).toEqual([
      ['BOLT', 0, 4],
      ['NUT', 0, 3],
    ]);
    expect(line(h, '1040', 1).accounting).toEqual({ ordered: 10, completed: 0, allocated: 6, backordered: 0, unallocated: 0, cancelled: 4 });
    expect(line(h, '1040', 2).accounting).toEqual({ ordered: 3, completed: 0, allocated: 0, backordered: 0, unallocated: 0, cancelled: 3 });
    expect(h.call('backorders:list', {}).rows).toEqual([]);
    expect(doc(h, '1040.001').status).toBe('Open');
    expect(free(h, 'BOLT')).toBe(0);
    expect(status('1040')).toBe('Open');
    expectConsistent(h);
  });

  it('refuses cancelling it twice, and a pick given as a backorder', () => {
    h.call('backorders:cancel', { backorder: '1040.002' });
    const before = snapshot(h.db);

    expect(h.refusal('backorders:cancel', { backorder: '1040.002' })).toMatchObject({ code: 'refused', field: 'backorder', message: '1040.002 is already cancelled' });
    expect(h.refusal('backorders:cancel', { backorder: '1040.001' })).toMatchObject({ code: 'refused', field: 'backorder' });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe("cancelling an order line's remainder", () => {
  it("cancels that line's pick share, backorder and nothing of the other lines", () => {
    stock(h, 'BOLT', 'A-1', 6);
    stock(h, 'NUT', 'A-1', 4);
    order(h, '1040', [['BOLT', 10], ['NUT', 4], ['PIN', 3]]);
    run(h, '1040'); // 1040.001: BOLT 6, NUT 4; 1040.002: BOLT 4; PIN 3 unallocated

    const result = h.call('orders:cancelLine', { order: '1040', lineNo: 1 });

    expect(result).toEqual({
      order: '1040',
      cancelled: [{ lineNo: 1, sku: 'BOLT', qty: 10 }],
      documents: [
        { number: '1040.001', status: 'Open' },
        { number: '1040.002', status: 'Cancelled' },
      ],
    });
    expect(doc(h, '1040.001').lines.map((l) => `${l.sku} ${l.qty}`)).toEqual(['BOLT 0', 'NUT 4']);
    expect(free(h, 'BOLT')).toBe(6);
    expect(free(h, 'NUT')).toBe(0);
    expect(line(h, '1040', 1).accounting).toEqual({ ordered: 10, completed: 0, allocated: 0, backordered: 0, unallocated: 0, cancelled: 10 });
    expect(line(h, '1040', 2).accounting).toMatchObject({ allocated: 4, cancelled: 0 });
    expect(line(h, '1040', 3).accounting).toMatchObject({ unallocated: 3, cancelled: 0 });

    expect(h.call('orders:cancelLine', { order: '1040', lineNo: 3 }).cancelled).toEqual([{ lineNo: 3, sku: 'PIN', qty: 3 }]);
    expect(line(h, '1040', 3).accounting).toMatchObject({ unallocated: 0, cancelled: 3 });
    expect(status('1040')).toBe('Open');
    expectConsistent(h);
  });

  it('leaves what was already picked picked', () => {
    stock(h, 'BOLT', 'A-1', 6);
    order(h, '1040', [['BOLT', 10]]);
    run(h, '1040');
    h.call('picks:complete', { pick: '1040.001' });

    const result = h.call('orders:cancelLine', { order: '1040', lineNo: 1 });

    expect(result.cancelled).toEqual([{ lineNo: 1, sku: 'BOLT', qty: 4 }]);
    expect(line(h, '1040', 1).accounting).toEqual({ ordered: 10, completed: 6, allocated: 0, backordered: 0, unallocated: 0, cancelled: 4 });
    expect(h.call('inventory:itemStock', { sku: 'BOLT' }).total).toMatchObject({ onHand: 0, allocated: 0 });
    expect(status('1040')).toBe('Completed');
    expectConsistent(h);
  });

  it('refuses a line with nothing left to cancel, and an unknown line', () => {
    order(h, '1040', [['BOLT', 2], ['NUT', 1]]);
    h.call('orders:cancelLine', { order: '1040', lineNo: 1 });
    const before = snapshot(h.db);

    expect(h.refusal('orders:cancelLine', { order: '1040', lineNo: 1 })).toMatchObject({ code: 'refused', field: 'lineNo', message: 'line 1 of order 1040 has nothing left to cancel' });
    expect(h.refusal('orders:cancelLine', { order: '1040', lineNo: 7 })).toMatchObject({ code: 'not_found', field: 'lineNo' });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('cancelling a whole order', () => {
  beforeEach(() => {
    stock(h, 'BOLT', 'A-1', 6);
    order(h, '1040', [['BOLT', 10], ['PIN', 3], ['NUT', 2, 'Vendor Order']]);
    run(h, '1040'); // 1040.001: BOLT 6; 1040.002: BOLT 4; PIN 3 unallocated
  });

  it('cancels every pick, backorder and unallocated quantity, frees the stock, and the order is Cancelled', () => {
    const result = h.call('orders:cancel', { order: '1040' });

    expect(result.cancelled).toEqual([
      { lineNo: 1, sku: 'BOLT', qty: 10 },
      { lineNo: 2, sku: 'PIN', qty: 3 },
      { lineNo: 3, sku: 'NUT', qty: 2 },
    ]);
    expect(result.documents).toEqual([
      { number: '1040.001', status: 'Cancelled' },
      { number: '1040.002', status: 'Cancelled' },
    ]);
    expect(status('1040')).toBe('Cancelled');
    expect(free(h, 'BOLT')).toBe(6);
    for (const l of h.call('orders:get', { order: '1040' }).billOfMaterial) {
      expect(l.accounting).toMatchObject({ allocated: 0, backordered: 0, unallocated: 0, cancelled: l.accounting.ordered });
    }
    expect(h.call('backorders:list', {}).total).toBe(0);
    expectConsistent(h);
  });

  it('leaves what was already picked picked', () => {
    h.call('picks:complete', { pick: '1040.001' });

    const result = h.call('orders:cancel', { order: '1040' });

    expect(result.cancelled[0]).toEqual({ lineNo: 1, sku: 'BOLT', qty: 4 });
    expect(line(h, '1040', 1).accounting).toEqual({ ordered: 10, completed: 6, allocated: 0, backordered: 0, unallocated: 0, cancelled: 4 });
    expect(result.documents).toEqual([
      { number: '1040.001', status: 'Completed' },
      { number: '1040.002', status: 'Cancelled' },
    ]);
    expectConsistent(h);
  });

  it('refuses cancelling it twice, and changes nothing', () => {
    h.call('orders:cancel', { order: '1040' });
    const before = snapshot(h.db);

    expect(h.refusal('orders:cancel', { order: '1040' })).toMatchObject({ code: 'refused', field: 'order', message: 'order 1040 is already cancelled' });
    expect(h.refusal('orders:cancelLine', { order: '1040', lineNo: 1 })).toMatchObject({ code: 'refused', field: 'order' });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('stock freed by a cancellation is not auto-released', () => {
  it.each([
    ['picks:cancel', () => h.call('picks:cancel', { pick: '1040.001' })],
    ['orders:cancelLine', () => h.call('orders:cancelLine', { order: '1040', lineNo: 1 })],
    ['orders:cancel', () => h.call('orders:cancel', { order: '1040' })],
  ] as const)('after %s the waiting backorder of another order stays Back Order and is listed as fulfillable', (_how, cancel) => {
    expect(h.call('settings:get', {}).autoRelease).toBe(true);
    stock(h, 'BOLT', 'A-1', 5);
    order(h, '1040', [['BOLT', 5]]);
    order(h, '1041', [['BOLT', 3]]);
    run(h, '1040', '1041'); // 1040.001 holds all 5; 1041.001 waits for 3
    expect(h.call('backorders:list', { filter: 'fulfillable' }).rows).toEqual([]);

    cancel();

    expect(free(h, 'BOLT')).toBe(5);
    expect(doc(h, '1041.001')).toMatchObject({ status: 'Back Order', shipCode: 'Unshippable backorder', lines: [{ sku: 'BOLT', qty: 3 }] });
    expect(line(h, '1041', 1).accounting).toMatchObject({ allocated: 0, backordered: 3 });
    const fulfillable = h.call('backorders:list', { filter: 'fulfillable' });
    expect(fulfillable.rows.map((r) => ({ number: r.number, status: r.status, outstanding: r.outstanding, fillableNow: r.fillableNow }))).toEqual([
      { number: '1041.001', status: 'Back Order', outstanding: 3, fillableNow: 3 },
    ]);
    expectConsistent(h);
  });
});
