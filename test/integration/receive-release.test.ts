import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
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
  items(h, 'TR-GR', 'BRG-1', 'HX-5');
  bins(h, 'A-01', 'A-02');
});

describe('receiving stock', () => {
  it('adds available stock and posts a receipt entry with the reference, the clerk and the bin', () => {
    h.setNow('2026-11-25T08:30:00.000Z');
    const result = h.call('inventory:receive', { reference: ' PO-4471 ', lines: [{ sku: 'tr-gr', bin: 'a-01', qty: 12 }] });
    expect(result).toEqual({
      reference: 'PO-4471',
      lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 12 }],
      released: [],
      releasedMore: 0,
      releaseTotals: { inFull: 0, inPart: 0, units: 0, picks: 0 },
      autoRelease: true,
    });
    expect(h.call('inventory:ledger', { sku: 'TR-GR' }).rows).toEqual([
      {
        id: expect.any(Number),
        at: '2026-11-25T08:30:00.000Z',
        user: 'test-clerk',
        kind: 'receipt',
        sku: 'TR-GR',
        bin: 'A-01',
        status: 'available',
        qty: 12,
        reason: 'receipt PO-4471',
        document: 'PO-4471',
      },
    ]);
    expect(stockOf(h, 'TR-GR')).toEqual({ onHand: 12, available: 12, frozen: 0, damaged: 0, quarantine: 0, allocated: 0, free: 12 });
    expectConsistent(h);
  });

  it('puts a line that names no bin in the item’s bin earliest in pick sequence', () => {
    bins(h, 'A-10', 'A-2', ['Z-9', 5]);
    receive(h, 'TR-GR', 'A-10', 4);
    receive(h, 'TR-GR', 'A-2', 1);
    // Natural order: A-2 comes before A-10.
    expect(h.call('inventory:receive', { lines: [{ sku: 'TR-GR', qty: 3 }] }).lines).toEqual([{ sku: 'TR-GR', bin: 'A-2', qty: 3 }]);
    // A bin with an explicit sequence comes before every bin without one.
    receive(h, 'TR-GR', 'Z-9', 1);
    expect(h.call('inventory:receive', { lines: [{ sku: 'TR-GR', qty: 2 }] }).lines).toEqual([{ sku: 'TR-GR', bin: 'Z-9', qty: 2 }]);
    expect(h.call('inventory:itemStock', { sku: 'TR-GR' }).bins.map((b) => `${b.bin}:${b.available}`)).toEqual(['Z-9:3', 'A-2:4', 'A-10:4']);
    expectConsistent(h);
  });

  it('puts an item stocked nowhere yet in a RECEIVING bin', () => {
    const result = h.call('inventory:receive', { lines: [{ sku: 'BRG-1', qty: 6 }, { sku: 'HX-5', qty: 2 }] });
    expect(result.lines).toEqual([{ sku: 'BRG-1', bin: 'RECEIVING', qty: 6 }, { sku: 'HX-5', bin: 'RECEIVING', qty: 2 }]);
    expect(h.call('bins:list', {}).map((b) => `${b.code}:${b.items}`)).toEqual(['A-01:0', 'A-02:0', 'RECEIVING:2']);
    expect(result.reference).toBe('');
    expect(h.call('inventory:ledger', { sku: 'BRG-1' }).rows[0]).toMatchObject({ reason: 'receipt', document: null, bin: 'RECEIVING' });
    expectConsistent(h);
  });

  it.each([
    [{ lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 5 }, { sku: 'TR-GR', bin: 'Z-99', qty: 5 }] }, 'not_found', 'lines.1.bin', 'line 2: Bin Z-99 was not found'],
    [{ lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 5 }, { sku: 'NOPE-1', qty: 5 }] }, 'not_found', 'lines.1.sku', 'line 2: Item NOPE-1 was not found'],
    [{ lines: [{ sku: 'TR-GR', qty: 0 }] }, 'invalid', 'lines.0.qty', 'line 1: qty must be a whole number above 0'],
    [{ lines: [{ sku: 'TR-GR', qty: -3 }] }, 'invalid', 'lines.0.qty', 'line 1: qty must be a whole number above 0'],
    [{ lines: [{ sku: 'TR-GR', qty: 2.5 }] }, 'invalid', 'lines.0.qty', 'line 1: qty must be a whole number above 0'],
    [{ lines: [] }, 'invalid', 'lines', 'lines must have at least one line'],
  ])('refuses %j naming the field, and posts none of the receipt', (input, code, field, message) => {
    expect(refusedUnchanged(h, 'inventory:receive', input)).toMatchObject({ code, field, message });
    expect(stockOf(h, 'TR-GR').onHand).toBe(0);
  });
});

describe('auto-release on receipt', () => {
  it('turns a backorder the receipt covers in full into a pick in place: same number, Open, Ready to ship', () => {
    order(h, '1040', [['TR-GR', 5]]);
    expect(run(h, '1040').orders[0]).toMatchObject({ picks: [], backorder: '1040.001' });
    expect(docView(h, '1040.001')).toEqual({ status: 'Back Order', shipCode: 'Unshippable backorder', lines: [{ sku: 'TR-GR', qty: 5 }] });

    const result = receive(h, 'TR-GR', 'A-01', 5);
    expect(result.released).toEqual([{ backorder: '1040.001', order: '1040', outcome: 'released', pick: '1040.001' }]);
    expect(docView(h, '1040.001')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'TR-GR', qty: 5 }] });
    expect(h.call('documents:get', { document: '1040.001' }).lines[0]!.bins).toEqual([{ bin: 'A-01', qty: 5 }]);
    expect(attachments(h, '1040')).toEqual(['1040.001 Open 5']);
    expect(accounting(h, '1040')).toEqual({ ordered: 5, completed: 0, allocated: 5, backordered: 0, unallocated: 0, cancelled: 0 });
    expectConsistent(h);
  });

  it('splits a backorder the receipt covers in part: the new pick is numbered next and the backorder keeps the rest', () => {
    receive(h, 'TR-GR', 'A-01', 2);
    order(h, '1040', [['TR-GR', 6], ['BRG-1', 1]]);
    expect(run(h, '1040').orders[0]).toMatchObject({ picks: ['1040.001'], backorder: '1040.002' });

    const result = receive(h, 'TR-GR', 'A-02', 3);
    expect(result.released).toEqual([
      { backorder: '1040.002', order: '1040', outcome: 'split', pick: '1040.003', remaining: [{ sku: 'TR-GR', qty: 1 }, { sku: 'BRG-1', qty: 1 }] },
    ]);
    expect(docView(h, '1040.003')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'TR-GR', qty: 3 }] });
    expect(h.call('documents:get', { document: '1040.003' }).splitFrom).toBe('1040.002');
    expect(docView(h, '1040.002')).toEqual({
      status: 'Back Order',
      shipCode: 'Unshippable backorder',
      lines: [{ sku: 'TR-GR', qty: 1 }, { sku: 'BRG-1', qty: 1 }],
    });
    expect(accounting(h, '1040', 1)).toEqual({ ordered: 6, completed: 0, allocated: 5, backordered: 1, unallocated: 0, cancelled: 0 });
    expect(accounting(h, '1040', 2)).toEqual({ ordered: 1, completed: 0, allocated: 0, backordered: 1, unallocated: 0, cancelled: 0 });
    expectConsistent(h);
  });

  it('serves waiting backorders by priority, then order date, then entry order', () => {
    order(h, '1001', [['TR-GR', 4]], { orderDate: '2026-11-10' });
    order(h, '1002', [['TR-GR', 4]], { orderDate: '2026-11-18', priority: 'high' });
    order(h, '1003', [['TR-GR', 4]], { orderDate: '2026-11-05' });
    order(h, '1004', [['TR-GR', 4]], { orderDate: '2026-11-05' });
    run(h, '1001', '1002', '1003', '1004');

    const result = receive(h, 'TR-GR', 'A-01', 10);
    expect(result.released).toEqual([
      { backorder: '1002.001', order: '1002', outcome: 'released', pick: '1002.001' },
      { backorder: '1003.001', order: '1003', outcome: 'released', pick: '1003.001' },
      { backorder: '1004.001', order: '1004', outcome: 'split', pick: '1004.002', remaining: [{ sku: 'TR-GR', qty: 2 }] },
    ]);
    expect(docView(h, '1001.001').status).toBe('Back Order');
    expect(accounting(h, '1001').backordered).toBe(4);
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 10, allocated: 10, free: 0 });
    expectConsistent(h);
  });

  it('releases a complete-policy backorder only in full, skipping it while later backorders are still served', () => {
    order(h, '1001', [['TR-GR', 3], ['BRG-1', 2]], { orderDate: '2026-11-01', policy: 'complete' });
    order(h, '1002', [['TR-GR', 3]], { orderDate: '2026-11-10' });
    run(h, '1001', '1002');

    // Enough grease for 1001, but no bearings: 1001 is skipped and 1002, later, gets the grease.
    expect(receive(h, 'TR-GR', 'A-01', 4).released).toEqual([{ backorder: '1002.001', order: '1002', outcome: 'released', pick: '1002.001' }]);
    expect(docView(h, '1001.001').lines).toEqual([{ sku: 'TR-GR', qty: 3 }, { sku: 'BRG-1', qty: 2 }]);
    expect(accounting(h, '1001', 1)).toMatchObject({ allocated: 0, backordered: 3 });
    expect(stockOf(h, 'TR-GR').free).toBe(1);

    // Bearings arrive, but only 1 grease is free: still nothing for 1001, not even the bearings.
    expect(receive(h, 'BRG-1', 'A-02', 2).released).toEqual([]);
    expect(stockOf(h, 'BRG-1')).toMatchObject({ allocated: 0, free: 2 });

    // Two more grease: now every line can go, and the backorder becomes a pick in place.
    expect(receive(h, 'TR-GR', 'A-01', 2).released).toEqual([{ backorder: '1001.001', order: '1001', outcome: 'released', pick: '1001.001' }]);
    expect(docView(h, '1001.001')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'TR-GR', qty: 3 }, { sku: 'BRG-1', qty: 2 }] });
    expectConsistent(h);
  });

  it('leaves the surplus of a receipt available and free', () => {
    order(h, '1040', [['TR-GR', 3]]);
    run(h, '1040');
    receive(h, 'TR-GR', 'A-01', 10);
    expect(stockOf(h, 'TR-GR')).toEqual({ onHand: 10, available: 10, frozen: 0, damaged: 0, quarantine: 0, allocated: 3, free: 7 });
    expect(h.call('inventory:itemStock', { sku: 'TR-GR' }).bins).toEqual([
      { bin: 'A-01', sequence: null, available: 10, frozen: 0, damaged: 0, quarantine: 0, allocated: 3, free: 7 },
    ]);
    expectConsistent(h);
  });

  it('releases nothing when auto-release is turned off in settings; the backorder waits as fulfillable', () => {
    order(h, '1040', [['TR-GR', 5]]);
    run(h, '1040');
    expect(h.call('settings:get', {})).toMatchObject({ autoRelease: true });
    expect(h.call('settings:update', { autoRelease: false })).toMatchObject({ autoRelease: false });
    expect(h.call('settings:get', {})).toMatchObject({ autoRelease: false });

    expect(h.call('inventory:previewReceipt', { lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 8 }] })).toMatchObject({ released: [], autoRelease: false });
    const result = receive(h, 'TR-GR', 'A-01', 8);
    expect(result).toMatchObject({ released: [], autoRelease: false });
    expect(docView(h, '1040.001').status).toBe('Back Order');
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 8, allocated: 0, free: 8 });
    expect(h.call('backorders:list', { filter: 'fulfillable' }).rows.map((r) => `${r.number} ${r.fillableNow}`)).toEqual(['1040.001 5']);
    expectConsistent(h);
  });

  it('previews what a receipt would post and release to which orders, changing nothing', () => {
    order(h, '1001', [['TR-GR', 4]], { orderDate: '2026-11-01' });
    order(h, '1002', [['TR-GR', 4]], { orderDate: '2026-11-02' });
    run(h, '1001', '1002');
    const input = { reference: 'PO-9', lines: [{ sku: 'TR-GR', qty: 6 }] };
    const expected = {
      reference: 'PO-9',
      lines: [{ sku: 'TR-GR', bin: 'RECEIVING', qty: 6 }],
      released: [
        { backorder: '1001.001', order: '1001', outcome: 'released', pick: '1001.001' },
        { backorder: '1002.001', order: '1002', outcome: 'split', pick: '1002.002', remaining: [{ sku: 'TR-GR', qty: 2 }] },
      ],
      releasedMore: 0,
      releaseTotals: { inFull: 1, inPart: 1, units: 6, picks: 2 },
      autoRelease: true,
    };

    const before = snapshot(h.db);
    expect(h.call('inventory:previewReceipt', input)).toEqual(expected);
    expect(snapshot(h.db)).toEqual(before);
    // The receipt then does exactly what the preview said.
    expect(h.call('inventory:receive', input)).toEqual(expected);
    expectConsistent(h);
  });
});

describe('stock that arrives other than by a receipt is never auto-released', () => {
  beforeEach(() => {
    order(h, '1040', [['TR-GR', 5]]);
    run(h, '1040');
  });

  it('an adjustment that adds stock leaves the backorder waiting', () => {
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'delta', qty: 5, reason: 'found in count' });
    expect(docView(h, '1040.001').status).toBe('Back Order');
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 5, allocated: 0, free: 5 });
    expectConsistent(h);
  });

  it('a status change from frozen to available leaves the backorder waiting', () => {
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', status: 'frozen', mode: 'set', qty: 5, reason: 'held for inspection' });
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', from: 'frozen', to: 'available', qty: 5, reason: 'inspection passed' });
    expect(docView(h, '1040.001').status).toBe('Back Order');
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 5, frozen: 0, allocated: 0, free: 5 });
    expectConsistent(h);
  });

  it('stock freed by cancelling another order’s pick leaves the backorder waiting', () => {
    receive(h, 'TR-GR', 'A-01', 5); // releases 1040.001 in place
    order(h, '1041', [['TR-GR', 5]]);
    run(h, '1041');
    expect(docView(h, '1041.001').status).toBe('Back Order');
    h.call('picks:cancel', { pick: '1040.001' });
    expect(docView(h, '1041.001').status).toBe('Back Order');
    expect(stockOf(h, 'TR-GR')).toMatchObject({ allocated: 0, free: 5 });
    expectConsistent(h);
  });
});

describe('Release Back Order: the review', () => {
  beforeEach(() => {
    h.call('settings:update', { autoRelease: false });
  });

  it('says ready, partial or blocked for each backorder, with what free stock covers per line, and changes nothing', () => {
    order(h, '1001', [['TR-GR', 4]], { orderDate: '2026-11-01' });
    order(h, '1002', [['TR-GR', 4], ['BRG-1', 2]], { orderDate: '2026-11-02' });
    order(h, '1003', [['HX-5', 1]], { orderDate: '2026-11-03' });
    run(h, '1001', '1002', '1003');
    receive(h, 'TR-GR', 'A-01', 6);
    receive(h, 'BRG-1', 'A-01', 2);

    const before = snapshot(h.db);
    expect(h.call('backorders:review', { backorders: ['1003.001', '1002.001', '1001.001'] })).toEqual([
      { backorder: '1001.001', order: '1001', customer: 'Customer 1001', verdict: 'ready', reason: null, lines: [{ sku: 'TR-GR', outstanding: 4, allocatable: 4 }] },
      {
        backorder: '1002.001',
        order: '1002',
        customer: 'Customer 1002',
        verdict: 'partial',
        reason: 'only part can be allocated now; 2 × TR-GR would stay on 1002.001',
        lines: [
          { sku: 'TR-GR', outstanding: 4, allocatable: 2 },
          { sku: 'BRG-1', outstanding: 2, allocatable: 2 },
        ],
      },
      { backorder: '1003.001', order: '1003', customer: 'Customer 1003', verdict: 'blocked', reason: 'no free stock of HX-5', lines: [{ sku: 'HX-5', outstanding: 1, allocatable: 0 }] },
    ]);
    expect(snapshot(h.db)).toEqual(before);
  });

  it('blocks a backorder whose item has only frozen stock', () => {
    order(h, '1040', [['TR-GR', 3]]);
    run(h, '1040');
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', status: 'frozen', mode: 'set', qty: 9, reason: 'recall hold' });
    expect(h.call('backorders:review', { backorders: ['1040.001'] })[0]).toMatchObject({ verdict: 'blocked', reason: 'only frozen stock of TR-GR' });
  });

  it('blocks a backorder that was already released', () => {
    order(h, '1040', [['TR-GR', 3]]);
    run(h, '1040');
    receive(h, 'TR-GR', 'A-01', 3);
    h.call('backorders:release', { backorders: ['1040.001'] });
    expect(h.call('backorders:review', { backorders: ['1040.001'] })[0]).toMatchObject({ verdict: 'blocked', reason: '1040.001 is already released' });
  });

  it('blocks a cancelled backorder of an order that is still open', () => {
    receive(h, 'BRG-1', 'A-02', 1);
    order(h, '1040', [['TR-GR', 3], ['BRG-1', 1]]);
    run(h, '1040'); // 1040.001: the backorder of TR-GR; 1040.002: the pick of BRG-1
    h.call('backorders:cancel', { backorder: '1040.001' });
    receive(h, 'TR-GR', 'A-01', 3);
    expect(h.call('orders:get', { order: '1040' }).status).toBe('Open');
    expect(h.call('backorders:review', { backorders: ['1040.001'] })[0]).toMatchObject({ verdict: 'blocked', reason: '1040.001 is cancelled' });
  });

  it('blocks the backorder of a cancelled order, saying the order is cancelled', () => {
    receive(h, 'TR-GR', 'A-01', 1);
    order(h, '1040', [['TR-GR', 3]]);
    run(h, '1040');
    receive(h, 'TR-GR', 'A-01', 5);
    h.call('orders:cancel', { order: '1040' });
    expect(h.call('backorders:review', { backorders: ['1040.002'] })[0]).toMatchObject({ verdict: 'blocked', reason: 'order 1040 is cancelled' });
  });

  it('blocks a complete-policy backorder that cannot go in full, naming the lines short', () => {
    order(h, '1040', [['TR-GR', 3], ['BRG-1', 2]], { policy: 'complete' });
    run(h, '1040');
    receive(h, 'TR-GR', 'A-01', 3);
    receive(h, 'BRG-1', 'A-01', 1);
    expect(h.call('backorders:review', { backorders: ['1040.001'] })).toEqual([
      {
        backorder: '1040.001',
        order: '1040',
        customer: 'Customer 1040',
        verdict: 'blocked',
        reason: 'order 1040 ships complete and not every line can be filled now (BRG-1 short)',
        lines: [
          { sku: 'TR-GR', outstanding: 3, allocatable: 3 },
          { sku: 'BRG-1', outstanding: 2, allocatable: 1 },
        ],
      },
    ]);
  });

  it('refuses a number that is no document, naming its place in the selection', () => {
    expect(refusedUnchanged(h, 'backorders:review', { backorders: ['1040.009'] })).toMatchObject({ code: 'not_found', field: 'backorders.0' });
  });
});

describe('Release Back Order: submit', () => {
  beforeEach(() => {
    h.call('settings:update', { autoRelease: false });
    order(h, '1001', [['TR-GR', 4]], { orderDate: '2026-11-01' });
    order(h, '1002', [['TR-GR', 4], ['BRG-1', 2]], { orderDate: '2026-11-02' });
    order(h, '1003', [['TR-GR', 4]], { orderDate: '2026-11-03' });
    run(h, '1001', '1002', '1003');
    receive(h, 'TR-GR', 'A-01', 3);
    receive(h, 'TR-GR', 'A-02', 3);
    receive(h, 'BRG-1', 'A-01', 2);
  });

  it('releases the ready and partial ones in precedence, whatever order they were selected in, and confirms each', () => {
    const confirmation = h.call('backorders:release', { backorders: ['1003.001', '1002.001', '1001.001'] });
    expect(confirmation).toEqual({
      outcomes: [
        { backorder: '1001.001', order: '1001', outcome: 'released', pick: '1001.001' },
        { backorder: '1002.001', order: '1002', outcome: 'split', pick: '1002.002', remaining: [{ sku: 'TR-GR', qty: 2 }] },
        { backorder: '1003.001', order: '1003', outcome: 'skipped', reason: 'no free stock of TR-GR' },
      ],
    });
    // 1001 took A-01's 3 and one of A-02's, in pick sequence; 1002 the last 2.
    expect(h.call('documents:get', { document: '1001.001' }).lines[0]!.bins).toEqual([{ bin: 'A-01', qty: 3 }, { bin: 'A-02', qty: 1 }]);
    expect(docView(h, '1002.002')).toEqual({ status: 'Open', shipCode: 'Ready to ship', lines: [{ sku: 'TR-GR', qty: 2 }, { sku: 'BRG-1', qty: 2 }] });
    expect(docView(h, '1002.001').lines).toEqual([{ sku: 'TR-GR', qty: 2 }]);
    expect(docView(h, '1003.001').status).toBe('Back Order');
    expect(stockOf(h, 'TR-GR')).toMatchObject({ allocated: 6, free: 0 });
    expectConsistent(h);
  });

  it('serves the earlier order first even when only the later one was selected first and stock covers one', () => {
    const result = h.call('backorders:release', { backorders: ['1003.001', '1001.001'] });
    expect(result.outcomes.map((o) => `${o.backorder} ${o.outcome}`)).toEqual(['1001.001 released', '1003.001 split']);
    expect(accounting(h, '1001')).toMatchObject({ allocated: 4, backordered: 0 });
    expect(accounting(h, '1003')).toMatchObject({ allocated: 2, backordered: 2 });
    expectConsistent(h);
  });

  it('does what the review said it would', () => {
    const selection = { backorders: ['1002.001', '1003.001', '1001.001'] };
    const review = h.call('backorders:review', selection);
    const { outcomes } = h.call('backorders:release', selection);
    const verdictOf = { released: 'ready', split: 'partial', skipped: 'blocked' } as const;
    expect(outcomes.map((o) => [o.backorder, verdictOf[o.outcome]])).toEqual(review.map((r) => [r.backorder, r.verdict]));
    expect(review.map((r) => r.verdict)).toEqual(['ready', 'partial', 'blocked']);
    expectConsistent(h);
  });

  it('refuses a selection naming a number that is no document, releasing none of it', () => {
    expect(refusedUnchanged(h, 'backorders:release', { backorders: ['1001.001', '1009.001'] })).toMatchObject({
      code: 'not_found',
      field: 'backorders.1',
      message: 'backorder 1009.001 was not found',
    });
  });

  it('confirms a backorder already released as skipped and changes nothing for it', () => {
    h.call('backorders:release', { backorders: ['1001.001'] });
    const before = snapshot(h.db);
    expect(h.call('backorders:release', { backorders: ['1001.001'] }).outcomes).toEqual([
      { backorder: '1001.001', order: '1001', outcome: 'skipped', reason: '1001.001 is already released' },
    ]);
    expect(snapshot(h.db)).toEqual(before);
  });
});
