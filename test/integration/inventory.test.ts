import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import {
  accounting,
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
  items(h, 'TR-GR', 'BRG-1', { sku: 'HX-5', description: 'Hex key 5 mm', allowBackorder: false }, 'PAD-F');
  bins(h, 'A-01', 'A-02');
});

const ledgerOf = (sku: string) => h.call('inventory:ledger', { sku }).rows.map((e) => `${e.kind} ${e.bin} ${e.status} ${e.qty} (${e.reason}) by ${e.user}`);

/** On hand per status from the ledger entries alone. */
function ledgerSums(sku: string): Record<string, number> {
  const sums: Record<string, number> = { available: 0, frozen: 0, damaged: 0, quarantine: 0 };
  for (const e of h.call('inventory:ledger', { sku, limit: 1000 }).rows) sums[e.status]! += e.qty;
  return sums;
}

describe('adjusting a bin', () => {
  beforeEach(() => {
    receive(h, 'TR-GR', 'A-01', 10);
  });

  it('sets or changes a quantity with a reason, each a ledger entry by the clerk, and the balances equal the ledger', () => {
    expect(h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 7, reason: 'cycle count' })).toEqual({
      sku: 'TR-GR',
      bin: 'A-01',
      status: 'available',
      before: 10,
      after: 7,
      givenBack: [],
    });
    expect(h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'delta', qty: 2, reason: 'found behind the shelf' })).toMatchObject({ before: 7, after: 9 });
    expect(h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-02', status: 'damaged', mode: 'delta', qty: 1, reason: 'crushed tin' })).toMatchObject({
      bin: 'A-02',
      status: 'damaged',
      before: 0,
      after: 1,
    });
    expect(ledgerOf('TR-GR')).toEqual([
      'adjustment A-02 damaged 1 (crushed tin) by test-clerk',
      'adjustment A-01 available 2 (found behind the shelf) by test-clerk',
      'adjustment A-01 available -3 (cycle count) by test-clerk',
      'receipt A-01 available 10 (receipt PO-4471) by test-clerk',
    ]);
    expect(h.call('inventory:ledger', { sku: 'TR-GR' }).rows[0]!.document).toBeNull();
    expect(stockOf(h, 'TR-GR')).toEqual({ onHand: 10, available: 9, frozen: 0, damaged: 1, quarantine: 0, allocated: 0, free: 9 });
    expect(ledgerSums('TR-GR')).toEqual({ available: 9, frozen: 0, damaged: 1, quarantine: 0 });
    expectConsistent(h);
  });

  it.each([
    [{ mode: 'delta', qty: -11, reason: 'count' }, 'qty', 'A-01 holds only 10 available of TR-GR: taking 11 would leave it below zero'],
    [{ mode: 'set', qty: -1, reason: 'count' }, 'qty', 'qty must be 0 or more when setting a quantity'],
    [{ mode: 'delta', qty: 0, reason: 'count' }, 'qty', 'qty must not be 0 when changing a quantity'],
    [{ mode: 'delta', qty: 1.5, reason: 'count' }, 'qty', 'qty must be a whole number'],
    [{ mode: 'set', qty: 4, reason: '   ' }, 'reason', 'reason must say why (a reason is required)'],
    [{ mode: 'set', qty: 4 }, 'reason', 'reason is required'],
  ])('refuses %j, naming the field, and changes nothing', (change, field, message) => {
    expect(refusedUnchanged(h, 'inventory:adjust', { sku: 'TR-GR', bin: 'A-01', ...change })).toMatchObject({ field, message });
  });

  it('refuses an unknown bin or sku', () => {
    expect(refusedUnchanged(h, 'inventory:adjust', { sku: 'TR-GR', bin: 'Z-9', mode: 'set', qty: 1, reason: 'count' })).toEqual({
      code: 'not_found',
      field: 'bin',
      message: 'Bin Z-9 was not found',
    });
    expect(refusedUnchanged(h, 'inventory:adjust', { sku: 'NOPE', bin: 'A-01', mode: 'set', qty: 1, reason: 'count' })).toMatchObject({
      code: 'not_found',
      field: 'sku',
    });
  });
});

describe('changing the status of stock', () => {
  beforeEach(() => {
    receive(h, 'TR-GR', 'A-01', 10);
  });

  it('moves quantity between statuses as two ledger entries with the reason', () => {
    expect(h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', from: 'available', to: 'frozen', qty: 4, reason: 'recall hold' })).toEqual({
      sku: 'TR-GR',
      bin: 'A-01',
      from: 'available',
      to: 'frozen',
      qty: 4,
      givenBack: [],
    });
    expect(ledgerOf('TR-GR').slice(0, 2)).toEqual([
      'status change A-01 frozen 4 (recall hold) by test-clerk',
      'status change A-01 available -4 (recall hold) by test-clerk',
    ]);
    expect(stockOf(h, 'TR-GR')).toEqual({ onHand: 10, available: 6, frozen: 4, damaged: 0, quarantine: 0, allocated: 0, free: 6 });
    expect(ledgerSums('TR-GR')).toEqual({ available: 6, frozen: 4, damaged: 0, quarantine: 0 });
    expectConsistent(h);
  });

  it.each([
    [{ from: 'available', to: 'frozen', qty: 11, reason: 'hold' }, 'refused', 'qty', 'A-01 holds only 10 available of TR-GR; cannot move 11'],
    [{ from: 'frozen', to: 'available', qty: 1, reason: 'release' }, 'refused', 'qty', 'A-01 holds only 0 frozen of TR-GR; cannot move 1'],
    [{ from: 'available', to: 'available', qty: 1, reason: 'hold' }, 'invalid', 'to', 'to must differ from from'],
    [{ from: 'available', to: 'frozen', qty: 1, reason: '' }, 'invalid', 'reason', 'reason must say why (a reason is required)'],
    [{ from: 'available', to: 'frozen', qty: 0, reason: 'hold' }, 'invalid', 'qty', 'qty must be a whole number above 0'],
  ])('refuses %j and changes nothing', (change, code, field, message) => {
    expect(refusedUnchanged(h, 'inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', ...change })).toMatchObject({ code, field, message });
  });
});

describe('a count that finds allocated stock missing', () => {
  beforeEach(() => {
    receive(h, 'TR-GR', 'A-01', 10);
    order(h, '1001', [['TR-GR', 4]]);
    order(h, '1002', [['TR-GR', 4]]);
    run(h, '1001', '1002');
  });

  it('is accepted, and the newest pick holding the bin gives back what no longer exists to a backorder of its order', () => {
    const result = h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 5, reason: 'cycle count' });
    expect(result).toMatchObject({ before: 10, after: 5 });
    expect(result.givenBack).toEqual([{ pick: '1002.001', order: '1002', sku: 'TR-GR', bin: 'A-01', qty: 3, backorder: '1002.002' }]);
    expect(docView(h, '1001.001').lines).toEqual([{ sku: 'TR-GR', qty: 4 }]);
    expect(docView(h, '1002.001').lines).toEqual([{ sku: 'TR-GR', qty: 1 }]);
    expect(docView(h, '1002.002')).toEqual({ status: 'Back Order', shipCode: 'Unshippable backorder', lines: [{ sku: 'TR-GR', qty: 3 }] });
    expect(accounting(h, '1002')).toEqual({ ordered: 4, completed: 0, allocated: 1, backordered: 3, unallocated: 0, cancelled: 0 });
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 5, allocated: 5, free: 0 });
    expectConsistent(h);

    // A second count reaches past the newest pick into the older one.
    expect(h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'delta', qty: -3, reason: 'recount' }).givenBack).toEqual([
      { pick: '1002.001', order: '1002', sku: 'TR-GR', bin: 'A-01', qty: 1, backorder: '1002.002' },
      { pick: '1001.001', order: '1001', sku: 'TR-GR', bin: 'A-01', qty: 2, backorder: '1001.002' },
    ]);
    expect(accounting(h, '1001')).toEqual({ ordered: 4, completed: 0, allocated: 2, backordered: 2, unallocated: 0, cancelled: 0 });
    expect(accounting(h, '1002')).toEqual({ ordered: 4, completed: 0, allocated: 0, backordered: 4, unallocated: 0, cancelled: 0 });
    // 1001.001 still holds its other 2 in A-01.
    expect(h.call('documents:get', { document: '1001.001' }).lines[0]!.bins).toEqual([{ bin: 'A-01', qty: 2 }]);
    expectConsistent(h);
  });

  it('leaves a pick that gave back part of its reservation holding, and issuing, the rest', () => {
    expect(h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 6, reason: 'cycle count' }).givenBack).toEqual([
      { pick: '1002.001', order: '1002', sku: 'TR-GR', bin: 'A-01', qty: 2, backorder: '1002.002' },
    ]);
    expect(h.call('documents:get', { document: '1002.001' }).lines[0]).toMatchObject({ qty: 2, bins: [{ bin: 'A-01', qty: 2 }] });
    expect(h.call('picks:complete', { pick: '1002.001' }).picked).toEqual([{ sku: 'TR-GR', qty: 2 }]);
    expect(h.call('inventory:ledger', { sku: 'TR-GR' }).rows[0]).toMatchObject({ kind: 'pick issue', bin: 'A-01', qty: -2, document: '1002.001' });
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 4, allocated: 4, free: 0 });
    expectConsistent(h);
  });

  it('leaves the quantity unallocated when the item is not backorderable', () => {
    receive(h, 'HX-5', 'A-02', 3);
    order(h, '1003', [['HX-5', 3]]);
    run(h, '1003');
    expect(h.call('inventory:adjust', { sku: 'HX-5', bin: 'A-02', mode: 'set', qty: 1, reason: 'cycle count' }).givenBack).toEqual([
      { pick: '1003.001', order: '1003', sku: 'HX-5', bin: 'A-02', qty: 2, backorder: null },
    ]);
    expect(accounting(h, '1003')).toEqual({ ordered: 3, completed: 0, allocated: 1, backordered: 0, unallocated: 2, cancelled: 0 });
    expectConsistent(h);
  });

  it('applies to a status change that takes reserved stock out of available too', () => {
    const result = h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', from: 'available', to: 'quarantine', qty: 4, reason: 'supplier recall' });
    expect(result.givenBack).toEqual([{ pick: '1002.001', order: '1002', sku: 'TR-GR', bin: 'A-01', qty: 2, backorder: '1002.002' }]);
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 6, quarantine: 4, allocated: 6, free: 0 });
    expect(h.call('documents:get', { document: '1002.001' }).lines[0]).toMatchObject({ qty: 2, bins: [{ bin: 'A-01', qty: 2 }] });
    expectConsistent(h);
  });

  it('refuses a count that would make the bin negative, giving nothing back', () => {
    expect(refusedUnchanged(h, 'inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'delta', qty: -12, reason: 'count' })).toMatchObject({
      code: 'refused',
      field: 'qty',
    });
  });
});

describe('frozen stock is never allocated', () => {
  beforeEach(() => {
    h.call('settings:update', { autoRelease: false });
    receive(h, 'TR-GR', 'A-01', 7);
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', from: 'available', to: 'frozen', qty: 5, reason: 'recall hold' });
  });

  it('not by fulfillment, a release or a fill', () => {
    order(h, '1040', [['TR-GR', 6]]);
    expect(run(h, '1040').orders[0]).toMatchObject({ allocated: [{ sku: 'TR-GR', qty: 2 }], picks: ['1040.001'], backorder: '1040.002' });
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 2, frozen: 5, allocated: 2, free: 0 });
    expect(h.call('backorders:review', { backorders: ['1040.002'] })[0]).toMatchObject({ verdict: 'blocked', reason: 'only frozen stock of TR-GR' });
    expect(h.call('backorders:release', { backorders: ['1040.002'] }).outcomes[0]).toMatchObject({ outcome: 'skipped' });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', complete: true })).toMatchObject({
      code: 'refused',
      message: 'only 0 of TR-GR are free (5 more are only frozen); 4 cannot be filled',
    });
    expect(h.call('backorders:list', { filter: 'fulfillable' }).rows).toEqual([]);
    expectConsistent(h);
  });

  it('and an item that is not backorderable says only frozen stock could cover it', () => {
    receive(h, 'HX-5', 'A-01', 4);
    h.call('inventory:changeStatus', { sku: 'HX-5', bin: 'A-01', from: 'available', to: 'frozen', qty: 4, reason: 'recall hold' });
    expect(run(h, h.call('orders:create', { number: '1041', customer: 'Bayside Marine', orderDate: '2026-11-20', lines: [{ sku: 'HX-5', qty: 3 }] }).number).alerts).toEqual([
      {
        level: 'error',
        reason: 'only_frozen',
        order: '1041',
        sku: 'HX-5',
        qty: 3,
        message: 'HX-5 has only frozen stock to cover it (3 needed, 0 free, 4 frozen): nothing allocated',
      },
    ]);
    expect(accounting(h, '1041')).toMatchObject({ allocated: 0, unallocated: 3 });
  });
});

describe('reading stock', () => {
  it('shows an item’s stock per bin in pick sequence, by status, with allocated and free', () => {
    bins(h, ['B-7', 2]);
    receive(h, 'TR-GR', 'A-02', 4);
    receive(h, 'TR-GR', 'B-7', 3);
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-02', status: 'frozen', mode: 'set', qty: 2, reason: 'hold' });
    order(h, '1040', [['TR-GR', 5]]);
    run(h, '1040');
    expect(h.call('inventory:itemStock', { sku: 'tr-gr' })).toEqual({
      sku: 'TR-GR',
      bins: [
        { bin: 'B-7', sequence: 2, available: 3, frozen: 0, damaged: 0, quarantine: 0, allocated: 3, free: 0 },
        { bin: 'A-02', sequence: null, available: 4, frozen: 2, damaged: 0, quarantine: 0, allocated: 2, free: 2 },
      ],
      total: { onHand: 9, available: 7, frozen: 2, damaged: 0, quarantine: 0, allocated: 5, free: 2 },
    });
  });

  it('lists the ledger newest first, a page at a time', () => {
    for (const [i, qty] of [1, 2, 3, 4, 5].entries()) {
      h.setNow(`2026-11-2${i}T09:00:00.000Z`);
      receive(h, 'TR-GR', 'A-01', qty, `PO-${qty}`);
    }
    const page = h.call('inventory:ledger', { sku: 'TR-GR', offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 5, offset: 1 });
    expect(page.rows.map((e) => `${e.at} ${e.document} ${e.qty}`)).toEqual(['2026-11-23T09:00:00.000Z PO-4 4', '2026-11-22T09:00:00.000Z PO-3 3']);
  });

  it('filters the inventory list to low stock (free below the demand waiting) and to frozen stock', () => {
    receive(h, 'TR-GR', 'A-01', 10);
    receive(h, 'BRG-1', 'A-01', 2);
    receive(h, 'HX-5', 'A-02', 3);
    h.call('inventory:changeStatus', { sku: 'HX-5', bin: 'A-02', from: 'available', to: 'frozen', qty: 3, reason: 'hold' });
    order(h, '1001', [['TR-GR', 4], ['BRG-1', 5]]);
    run(h, '1001');
    const all = h.call('inventory:list', {});
    expect(all.rows.map((r) => r.sku)).toEqual(['BRG-1', 'HX-5', 'PAD-F', 'TR-GR']);
    expect(all.rows[0]).toEqual({
      sku: 'BRG-1',
      description: 'Wheel bearing',
      unit: 'ea',
      onHand: 2,
      available: 2,
      frozen: 0,
      damaged: 0,
      quarantine: 0,
      allocated: 2,
      free: 0,
      waiting: 3,
    });
    expect(h.call('inventory:list', { filter: 'low' }).rows.map((r) => r.sku)).toEqual(['BRG-1']);
    expect(h.call('inventory:list', { filter: 'frozen' }).rows.map((r) => `${r.sku} ${r.frozen}`)).toEqual(['HX-5 3']);
    expect(h.call('inventory:list', { query: 'grease' }).rows.map((r) => r.sku)).toEqual(['TR-GR']);
  });

  it('answers the verify channel with ok and what it checked', () => {
    receive(h, 'TR-GR', 'A-01', 3);
    order(h, '1001', [['TR-GR', 5]]);
    run(h, '1001');
    expect(h.call('inventory:verify', {})).toEqual({
      ok: true,
      problems: [],
      checked: { stockRows: 1, ledgerEntries: 1, orderLines: 1, documents: 2 },
    });
  });
});

describe('finding backorders', () => {
  beforeEach(() => {
    h.call('settings:update', { autoRelease: false });
    order(h, '1001', [['TR-GR', 3]], { customer: 'Harbour Freight Co', orderDate: '2026-11-10' });
    order(h, '1002', [['BRG-1', 2]], { customer: 'Bayside Marine', orderDate: '2026-11-05' });
    order(h, '1003', [['PAD-F', 1], ['TR-GR', 1]], { customer: 'Harbour Freight Co', orderDate: '2026-11-12', priority: 'high' });
    run(h, '1001', '1002', '1003');
  });

  const numbers = (input: Parameters<typeof h.call<'backorders:list'>>[1]) => h.call('backorders:list', input).rows.map((r) => r.number);

  it('lists every Back Order document in precedence order', () => {
    const page = h.call('backorders:list', {});
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.number)).toEqual(['1003.001', '1002.001', '1001.001']);
    expect({ ...page.rows[0]!, skus: [...page.rows[0]!.skus].sort(), createdAt: undefined }).toEqual({
      number: '1003.001',
      order: '1003',
      customer: 'Harbour Freight Co',
      orderDate: '2026-11-12',
      priority: 'high',
      status: 'Back Order',
      shipCode: 'Unshippable backorder',
      lines: 2,
      outstanding: 2,
      fillableNow: 0,
      skus: ['PAD-F', 'TR-GR'],
      createdAt: undefined,
      stale: false,
    });
  });

  it('filters to those free stock could fill now, in part or in full', () => {
    expect(numbers({ filter: 'fulfillable' })).toEqual([]);
    receive(h, 'TR-GR', 'A-01', 2);
    const rows = h.call('backorders:list', { filter: 'fulfillable' }).rows;
    // 1003 is ahead (high priority) and takes one of the two: 1001 can have the other.
    expect(rows.map((r) => `${r.number} ${r.fillableNow}/${r.outstanding}`)).toEqual(['1003.001 1/2', '1001.001 1/3']);
  });

  it('finds by order number, customer, sku and description', () => {
    expect(numbers({ query: '1002' })).toEqual(['1002.001']);
    expect(numbers({ query: 'harbour' })).toEqual(['1003.001', '1001.001']);
    expect(numbers({ query: 'brg-1' })).toEqual(['1002.001']);
    expect(numbers({ query: 'Brake pad' })).toEqual(['1003.001']);
    expect(numbers({ query: 'nothing like it' })).toEqual([]);
  });

  it('pages through the list', () => {
    expect(h.call('backorders:list', { offset: 1, limit: 1 })).toMatchObject({ total: 3, offset: 1, rows: [{ number: '1002.001' }] });
  });

  it('drops a backorder from the list once released', () => {
    receive(h, 'BRG-1', 'A-01', 2);
    h.call('backorders:release', { backorders: ['1002.001'] });
    expect(numbers({})).toEqual(['1003.001', '1001.001']);
  });
});

describe('reading documents and the queue', () => {
  it('shows a pick’s lines with their bins and a backorder’s lines with what free stock could fill now', () => {
    h.call('settings:update', { autoRelease: false });
    receive(h, 'TR-GR', 'A-02', 2);
    receive(h, 'TR-GR', 'A-01', 1);
    order(h, '1040', [['TR-GR', 5], ['BRG-1', 4]]);
    run(h, '1040');
    receive(h, 'BRG-1', 'A-01', 1);
    const pick = h.call('documents:get', { document: '1040.001' });
    expect(pick).toMatchObject({ number: '1040.001', order: '1040', customer: 'Customer 1040', status: 'Open', shipCode: 'Ready to ship', splitFrom: null });
    expect(pick.lines).toEqual([
      { sku: 'TR-GR', description: 'Trailer grease', unit: 'ea', lineNo: 1, qty: 3, cancelled: 0, short: 0, bins: [{ bin: 'A-01', qty: 1 }, { bin: 'A-02', qty: 2 }], freeNow: null },
    ]);
    expect(h.call('documents:get', { document: '1040.002' }).lines.map((l) => ({ sku: l.sku, qty: l.qty, bins: l.bins, freeNow: l.freeNow }))).toEqual([
      { sku: 'TR-GR', qty: 2, bins: [], freeNow: 0 },
      { sku: 'BRG-1', qty: 4, bins: [], freeNow: 1 },
    ]);
  });

  it('shows on a backordered line how many units of the item wait on backorders ahead of it', () => {
    order(h, '1001', [['TR-GR', 4], ['BRG-1', 1]], { orderDate: '2026-11-01' });
    order(h, '1002', [['TR-GR', 3]], { orderDate: '2026-11-02' });
    order(h, '1003', [['TR-GR', 2]], { orderDate: '2026-11-05', priority: 'high' });
    receive(h, 'BRG-1', 'A-01', 1);
    run(h, '1001', '1002', '1003');
    const queueAhead = (n: string, lineNo = 1) => h.call('orders:get', { order: n }).billOfMaterial.find((l) => l.lineNo === lineNo)!.queueAhead;
    expect([queueAhead('1003'), queueAhead('1001'), queueAhead('1002')]).toEqual([0, 2, 6]);
    // A line with nothing backordered has no place in the queue.
    expect(queueAhead('1001', 2)).toBeNull();
  });
});
