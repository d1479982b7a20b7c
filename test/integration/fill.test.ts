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

// Order 1040 wants 6 grease and 2 bearings. Only 2 grease were in stock when fulfillment ran:
// pick 1040.001 holds them and backorder 1040.002 waits for 4 grease and 2 bearings. Then 5 grease
// and 3 bearings arrived with auto-release off, so the clerk fills the backorder by hand.
let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', 'HX-5', 'PAD-F');
  bins(h, 'A-01', 'A-02');
  h.call('settings:update', { autoRelease: false });
  receive(h, 'TR-GR', 'A-01', 2);
  order(h, '1040', [['TR-GR', 6], ['BRG-1', 2]]);
  expect(run(h, '1040').orders[0]).toMatchObject({ picks: ['1040.001'], backorder: '1040.002' });
  receive(h, 'TR-GR', 'A-02', 5);
  receive(h, 'BRG-1', 'A-01', 3);
});

const line = (ordered: number, allocated: number, backordered: number) => ({ ordered, completed: 0, allocated, backordered, unallocated: 0, cancelled: 0 });

describe('Complete: fills every line in full', () => {
  it('turns the backorder into a pick in place, allocated in its bins', () => {
    expect(h.call('backorders:fill', { backorder: '1040.002', complete: true })).toEqual({
      backorder: '1040.002',
      pick: '1040.002',
      inPlace: true,
      filled: [{ sku: 'TR-GR', qty: 4 }, { sku: 'BRG-1', qty: 2 }],
      remaining: [],
    });
    expect(docView(h, '1040.002')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'TR-GR', qty: 4 }, { sku: 'BRG-1', qty: 2 }] });
    expect(h.call('documents:get', { document: '1040.002' }).lines.map((l) => l.bins)).toEqual([[{ bin: 'A-02', qty: 4 }], [{ bin: 'A-01', qty: 2 }]]);
    expect(attachments(h, '1040')).toEqual(['1040.001 Open 2', '1040.002 Open 6']);
    expect(accounting(h, '1040', 1)).toEqual(line(6, 6, 0));
    expect(accounting(h, '1040', 2)).toEqual(line(2, 2, 0));
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 7, allocated: 6, free: 1 });
    expectConsistent(h);
  });
});

describe('the All box: fills one line in full', () => {
  it('splits that line off into a new pick and the backorder keeps the other line', () => {
    expect(h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'BRG-1', all: true }] })).toEqual({
      backorder: '1040.002',
      pick: '1040.003',
      inPlace: false,
      filled: [{ sku: 'BRG-1', qty: 2 }],
      remaining: [{ sku: 'TR-GR', qty: 4 }],
    });
    expect(docView(h, '1040.003')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'BRG-1', qty: 2 }] });
    expect(h.call('documents:get', { document: '1040.003' }).splitFrom).toBe('1040.002');
    expect(docView(h, '1040.002')).toEqual({ status: 'Back Order', shipCode: 'Unshippable backorder', lines: [{ sku: 'TR-GR', qty: 4 }] });
    expect(accounting(h, '1040', 1)).toEqual(line(6, 2, 4));
    expect(accounting(h, '1040', 2)).toEqual(line(2, 2, 0));
    expectConsistent(h);
  });

  it('turns the backorder into a pick in place when the box is ticked on every line left', () => {
    h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'BRG-1', all: true }] });
    expect(h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'tr-gr', all: true }] })).toMatchObject({
      pick: '1040.002',
      inPlace: true,
      filled: [{ sku: 'TR-GR', qty: 4 }],
    });
    expect(attachments(h, '1040')).toEqual(['1040.001 Open 2', '1040.002 Open 4', '1040.003 Open 2']);
    expect(accounting(h, '1040', 1)).toEqual(line(6, 6, 0));
    expectConsistent(h);
  });
});

describe('the Filled column: fills part of a line', () => {
  it('splits the filled quantity into a new pick, the backorder keeps the rest, and each fill is accounted for', () => {
    expect(h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 3 }] })).toEqual({
      backorder: '1040.002',
      pick: '1040.003',
      inPlace: false,
      filled: [{ sku: 'TR-GR', qty: 3 }],
      remaining: [{ sku: 'TR-GR', qty: 1 }, { sku: 'BRG-1', qty: 2 }],
    });
    expect(docView(h, '1040.003').lines).toEqual([{ sku: 'TR-GR', qty: 3 }]);
    expect(docView(h, '1040.002').lines).toEqual([{ sku: 'TR-GR', qty: 1 }, { sku: 'BRG-1', qty: 2 }]);
    expect(accounting(h, '1040', 1)).toEqual(line(6, 5, 1));
    expect(accounting(h, '1040', 2)).toEqual(line(2, 0, 2));
    expectConsistent(h);

    // A second partial fill makes another pick, numbered next.
    expect(h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'BRG-1', filled: 1 }] })).toMatchObject({
      pick: '1040.004',
      inPlace: false,
      remaining: [{ sku: 'TR-GR', qty: 1 }, { sku: 'BRG-1', qty: 1 }],
    });
    expect(accounting(h, '1040', 2)).toEqual(line(2, 1, 1));
    expectConsistent(h);

    // Typing the last of each line fills the backorder whole: a pick in place.
    expect(h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 1 }, { sku: 'BRG-1', filled: 1 }] })).toMatchObject({
      pick: '1040.002',
      inPlace: true,
      remaining: [],
    });
    expect(attachments(h, '1040')).toEqual(['1040.001 Open 2', '1040.002 Open 2', '1040.003 Open 3', '1040.004 Open 1']);
    expect(accounting(h, '1040', 1)).toEqual(line(6, 6, 0));
    expect(accounting(h, '1040', 2)).toEqual(line(2, 2, 0));
    expectConsistent(h);
  });

  it('allocates the filled quantity across bins in pick sequence', () => {
    receive(h, 'TR-GR', 'A-01', 1);
    h.call('backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 3 }] });
    expect(h.call('documents:get', { document: '1040.003' }).lines[0]!.bins).toEqual([{ bin: 'A-01', qty: 1 }, { bin: 'A-02', qty: 2 }]);
    expectConsistent(h);
  });
});

describe('a fill that cannot be done is refused with the reason and changes nothing', () => {
  it('refuses filling more than is outstanding on the line', () => {
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 5 }] })).toMatchObject({
      code: 'refused',
      field: 'lines.0.filled',
      message: 'line 1: 5 is more than the 4 of TR-GR outstanding on backorder 1040.002',
    });
  });

  it('refuses filling more than is free, whether typed, ticked or Complete', () => {
    // Order 1050 takes 3 of the 5 free grease: fulfillment does not wait behind a backorder.
    order(h, '1050', [['TR-GR', 3]]);
    run(h, '1050');
    expect(stockOf(h, 'TR-GR').free).toBe(2);
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 3 }] })).toMatchObject({
      code: 'refused',
      field: 'lines.0.filled',
      message: 'line 1: only 2 of TR-GR are free; 3 cannot be filled',
    });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'BRG-1', filled: 1 }, { sku: 'TR-GR', all: true }] })).toMatchObject({
      code: 'refused',
      message: 'line 2: only 2 of TR-GR are free; 4 cannot be filled',
    });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', complete: true })).toMatchObject({
      code: 'refused',
      field: 'backorder',
      message: 'only 2 of TR-GR are free; 4 cannot be filled',
    });
  });

  it.each([
    [0, 'line 1: filled must be a whole number above 0'],
    [-1, 'line 1: filled must be a whole number above 0'],
    [1.5, 'line 1: filled must be a whole number above 0'],
  ])('refuses a Filled quantity of %s', (filled, message) => {
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled }] })).toMatchObject({
      code: 'invalid',
      field: 'lines.0.filled',
      message,
    });
  });

  it('refuses a sku that is not on the backorder', () => {
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'BRG-1', all: true }, { sku: 'HX-5', filled: 1 }] })).toMatchObject({
      code: 'invalid',
      field: 'lines.1.sku',
      message: 'line 2: sku HX-5 is not outstanding on backorder 1040.002',
    });
  });

  it('refuses a backorder already released, and a pick', () => {
    h.call('backorders:fill', { backorder: '1040.002', complete: true });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', complete: true })).toMatchObject({
      code: 'refused',
      field: 'backorder',
      message: '1040.002 is already released',
    });
    const pick = refusedUnchanged(h, 'backorders:fill', { backorder: '1040.001', lines: [{ sku: 'TR-GR', filled: 1 }] });
    expect(pick).toMatchObject({ code: 'refused', field: 'backorder' });
    expect(pick.message).toMatch(/^1040\.001 /);
  });

  it('refuses a cancelled backorder', () => {
    h.call('backorders:cancel', { backorder: '1040.002' });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', complete: true })).toMatchObject({
      code: 'refused',
      field: 'backorder',
      message: '1040.002 is cancelled',
    });
  });

  it('refuses an unknown backorder number', () => {
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.099', complete: true })).toMatchObject({ code: 'not_found', field: 'backorder' });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040', complete: true })).toMatchObject({
      code: 'invalid',
      field: 'backorder',
      message: 'backorder must be a pick or backorder number such as 1040.002',
    });
  });
});

describe('an order that ships complete', () => {
  beforeEach(() => {
    order(h, '1060', [['HX-5', 2], ['PAD-F', 1]], { policy: 'complete' });
    expect(run(h, '1060').orders[0]).toMatchObject({ picks: [], backorder: '1060.001' });
    receive(h, 'HX-5', 'A-01', 2);
    receive(h, 'PAD-F', 'A-01', 1);
  });

  it.each([
    [[{ sku: 'HX-5', all: true }]],
    [[{ sku: 'HX-5', filled: 1 }]],
  ])('refuses a partial fill %j: every line must go in full', (lines) => {
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1060.001', lines })).toMatchObject({
      code: 'refused',
      field: 'backorder',
      message: 'order 1060 ships complete: fill every line of 1060.001 in full (Complete)',
    });
  });

  it('accepts Complete, turning the backorder into a pick in place', () => {
    expect(h.call('backorders:fill', { backorder: '1060.001', complete: true })).toMatchObject({ pick: '1060.001', inPlace: true });
    expect(docView(h, '1060.001')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'HX-5', qty: 2 }, { sku: 'PAD-F', qty: 1 }] });
    expect(accounting(h, '1060', 1)).toEqual(line(2, 2, 0));
    expect(accounting(h, '1060', 2)).toEqual(line(1, 1, 0));
    expectConsistent(h);
  });
});
