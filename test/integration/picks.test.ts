import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import {
  accounting,
  attachments,
  bins,
  docView,
  expectConsistent,
  run,
  items,
  order,
  receive,
  refusedUnchanged,
  stockOf,
} from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', { sku: 'HX-5', description: 'Hex key 5 mm', allowBackorder: false }, { sku: 'PAD-F', description: 'Brake pad, front', unit: 'pk' });
  bins(h, 'A-01', 'A-02');
});

/** Order 1040: 6 grease (3 in A-01, 3 of the 5 in A-02) and 2 of the 4 bearings in A-01, all on pick 1040.001. */
function pickedOrder(): void {
  receive(h, 'TR-GR', 'A-01', 3);
  receive(h, 'TR-GR', 'A-02', 5);
  receive(h, 'BRG-1', 'A-01', 4);
  order(h, '1040', [['TR-GR', 6], ['BRG-1', 2]]);
  expect(run(h, '1040').orders[0]).toMatchObject({ picks: ['1040.001'], backorder: null });
}

const ledgerOf = (sku: string) =>
  h.call('inventory:ledger', { sku }).rows.map((e) => ({ kind: e.kind, bin: e.bin, qty: e.qty, document: e.document, reason: e.reason, user: e.user }));

describe('completing a pick', () => {
  beforeEach(pickedOrder);

  it('pulls everything by default: issues from its bins in pick sequence, on hand drops, pick and order complete', () => {
    const result = h.call('picks:complete', { pick: '1040.001' });
    expect(result).toEqual({ pick: '1040.001', picked: [{ sku: 'TR-GR', qty: 6 }, { sku: 'BRG-1', qty: 2 }], short: [], orderStatus: 'Completed' });
    expect(ledgerOf('TR-GR').slice(0, 2)).toEqual([
      { kind: 'pick issue', bin: 'A-02', qty: -3, document: '1040.001', reason: 'pick', user: 'test-clerk' },
      { kind: 'pick issue', bin: 'A-01', qty: -3, document: '1040.001', reason: 'pick', user: 'test-clerk' },
    ]);
    expect(ledgerOf('BRG-1')[0]).toEqual({ kind: 'pick issue', bin: 'A-01', qty: -2, document: '1040.001', reason: 'pick', user: 'test-clerk' });
    expect(stockOf(h, 'TR-GR')).toEqual({ onHand: 2, available: 2, frozen: 0, damaged: 0, quarantine: 0, allocated: 0, free: 2 });
    expect(stockOf(h, 'BRG-1')).toMatchObject({ onHand: 2, allocated: 0 });
    expect(docView(h, '1040.001')).toEqual({ status: 'Completed', shipCode: 'Picked', lines: [{ sku: 'TR-GR', qty: 6 }, { sku: 'BRG-1', qty: 2 }] });
    expect(h.call('orders:get', { order: '1040' }).status).toBe('Completed');
    expect(accounting(h, '1040', 1)).toEqual({ ordered: 6, completed: 6, allocated: 0, backordered: 0, unallocated: 0, cancelled: 0 });
    expectConsistent(h);
  });

  it('gives a short line’s remainder back to a backorder of the order and names the bins to count', () => {
    const result = h.call('picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 4 }] });
    expect(result).toEqual({
      pick: '1040.001',
      picked: [{ sku: 'TR-GR', qty: 4 }, { sku: 'BRG-1', qty: 2 }],
      short: [{ sku: 'TR-GR', qty: 2, backorder: '1040.002', countBins: ['A-02'] }],
      orderStatus: 'Open',
    });
    // A-01 was emptied first, then 1 of the 3 reserved in A-02.
    expect(ledgerOf('TR-GR').slice(0, 2).map((e) => `${e.bin} ${e.qty}`)).toEqual(['A-02 -1', 'A-01 -3']);
    expect(h.call('inventory:itemStock', { sku: 'TR-GR' }).bins.map((b) => `${b.bin} ${b.available}/${b.allocated}`)).toEqual(['A-01 0/0', 'A-02 4/0']);
    expect(docView(h, '1040.002')).toEqual({ status: 'Back Order', shipCode: 'Unshippable backorder', lines: [{ sku: 'TR-GR', qty: 2 }] });
    expect(h.call('documents:get', { document: '1040.001' }).lines[0]).toMatchObject({ sku: 'TR-GR', qty: 4, short: 2 });
    expect(accounting(h, '1040', 1)).toEqual({ ordered: 6, completed: 4, allocated: 0, backordered: 2, unallocated: 0, cancelled: 0 });
    expect(h.call('orders:get', { order: '1040' }).status).toBe('Open');
    expectConsistent(h);
  });

  it('leaves the remainder of an item that is not backorderable unallocated', () => {
    receive(h, 'HX-5', 'A-01', 3);
    order(h, '1041', [['HX-5', 3]]);
    run(h, '1041');
    expect(h.call('picks:complete', { pick: '1041.001', lines: [{ sku: 'HX-5', picked: 1 }] })).toEqual({
      pick: '1041.001',
      picked: [{ sku: 'HX-5', qty: 1 }],
      short: [{ sku: 'HX-5', qty: 2, backorder: null, countBins: ['A-01'] }],
      orderStatus: 'Open',
    });
    expect(attachments(h, '1041')).toEqual(['1041.001 Completed 1']);
    expect(accounting(h, '1041')).toEqual({ ordered: 3, completed: 1, allocated: 0, backordered: 0, unallocated: 2, cancelled: 0 });
    expectConsistent(h);
  });

  it('refuses picking more than was allocated, or a sku not on the pick', () => {
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 7 }] })).toMatchObject({
      code: 'refused',
      field: 'lines.0.picked',
      message: 'line 1: 7 is more than the 6 of TR-GR allocated on pick 1040.001',
    });
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.001', lines: [{ sku: 'BRG-1', picked: 2 }, { sku: 'HX-5', picked: 1 }] })).toMatchObject({
      code: 'invalid',
      field: 'lines.1.sku',
      message: 'line 2: sku HX-5 is not on pick 1040.001',
    });
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: -1 }] })).toMatchObject({
      code: 'invalid',
      field: 'lines.0.picked',
      message: 'line 1: picked must be 0 or more',
    });
  });

  it('refuses completing a pick twice, and completing a backorder', () => {
    h.call('picks:complete', { pick: '1040.001', lines: [{ sku: 'BRG-1', picked: 0 }] });
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.001' })).toEqual({ code: 'refused', field: 'pick', message: '1040.001 is already completed' });
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.002' })).toEqual({
      code: 'refused',
      field: 'pick',
      message: '1040.002 is a backorder, not a pick: fill or release it first',
    });
  });

  it('completes the order only when everything ordered has been picked', () => {
    order(h, '1042', [['TR-GR', 4]]);
    expect(run(h, '1042').orders[0]).toMatchObject({ picks: ['1042.001'], backorder: '1042.002' });
    expect(h.call('picks:complete', { pick: '1042.001' }).orderStatus).toBe('Open');
    expect(receive(h, 'TR-GR', 'A-01', 2).released).toEqual([{ backorder: '1042.002', order: '1042', outcome: 'released', pick: '1042.002' }]);
    expect(h.call('picks:complete', { pick: '1042.002' }).orderStatus).toBe('Completed');
    expect(h.call('orders:get', { order: '1042' }).status).toBe('Completed');
    expect(accounting(h, '1042')).toEqual({ ordered: 4, completed: 4, allocated: 0, backordered: 0, unallocated: 0, cancelled: 0 });
    expectConsistent(h);
  });
});
