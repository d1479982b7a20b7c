// Run Fulfillment (docs/rules.md, Operations): allocation in pick sequence, precedence, backorders,
// non-backorderable items, shipping policy, which orders a run takes, and the Fulfillment Results.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { bin, doc, expectConsistent, free, items, line, order, run, stock } from '../helpers/scenario';
import { printSheets } from '../helpers/print';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'BOLT', 'NUT', 'WASHER', { sku: 'PIN', allowBackorder: false }, { sku: 'CLIP', allowBackorder: false });
});

const binsOf = (sku: string) => h.call('inventory:itemStock', { sku }).bins.map((b) => ({ bin: b.bin, allocated: b.allocated, free: b.free }));

describe('allocation across bins in pick sequence', () => {
  it('takes from as many bins as it takes, in natural order of the codes (A-2, A-9, then A-10)', () => {
    stock(h, 'BOLT', 'A-10', 5);
    stock(h, 'BOLT', 'A-9', 1);
    stock(h, 'BOLT', 'A-2', 3);
    order(h, '1040', [['BOLT', 6]]);

    const results = run(h, '1040');

    expect(results.orders).toEqual([{ order: '1040', allocated: [{ sku: 'BOLT', qty: 6 }], picks: ['1040.001'], backorder: null, alerts: [] }]);
    expect(doc(h, '1040.001')).toEqual({
      status: 'Open',
      shipCode: 'Ready to ship',
      lines: [{ sku: 'BOLT', qty: 6, bins: [{ bin: 'A-2', qty: 3 }, { bin: 'A-9', qty: 1 }, { bin: 'A-10', qty: 2 }] }],
    });
    expect(binsOf('BOLT')).toEqual([
      { bin: 'A-2', allocated: 3, free: 0 },
      { bin: 'A-9', allocated: 1, free: 0 },
      { bin: 'A-10', allocated: 2, free: 3 },
    ]);
    expectConsistent(h);
  });

  it('serves bins with an explicit sequence first, in that sequence, before the naturally sorted ones', () => {
    bin(h, 'Z-9', 1);
    bin(h, 'M-5', 2);
    stock(h, 'BOLT', 'A-1', 5);
    stock(h, 'BOLT', 'M-5', 2);
    stock(h, 'BOLT', 'Z-9', 2);
    order(h, '1040', [['BOLT', 6]]);

    run(h, '1040');

    expect(doc(h, '1040.001').lines[0]!.bins).toEqual([{ bin: 'Z-9', qty: 2 }, { bin: 'M-5', qty: 2 }, { bin: 'A-1', qty: 2 }]);
    const [sheet] = h.call('print:sheets', { documents: ['1040.001'] });
    expect(sheet!.kind === 'pick' && sheet!.lines.map((l) => `${l.bin} ${l.qty}`)).toEqual(['Z-9 2', 'M-5 2', 'A-1 2']);
    expectConsistent(h);
  });
});

describe('precedence: priority, then order date, then entry order, whatever the selection order', () => {
  it('serves high before normal before low', () => {
    stock(h, 'BOLT', 'A-1', 4);
    order(h, '1001', [['BOLT', 2]], { priority: 'low' });
    order(h, '1002', [['BOLT', 2]], { priority: 'normal' });
    order(h, '1003', [['BOLT', 2]], { priority: 'high' });

    const results = run(h, '1001', '1002', '1003');

    expect(results.orders.map((o) => [o.order, o.allocated, o.backorder])).toEqual([
      ['1003', [{ sku: 'BOLT', qty: 2 }], null],
      ['1002', [{ sku: 'BOLT', qty: 2 }], null],
      ['1001', [], '1001.001'],
    ]);
    expect(line(h, '1001', 1).accounting).toMatchObject({ allocated: 0, backordered: 2 });
    expectConsistent(h);
  });

  it('then serves the earlier order date, then the order entered first', () => {
    stock(h, 'BOLT', 'A-1', 3);
    order(h, '2001', [['BOLT', 2]], { orderDate: '2026-11-22' });
    order(h, '2002', [['BOLT', 2]], { orderDate: '2026-11-18' });
    order(h, '2003', [['BOLT', 2]], { orderDate: '2026-11-18' });

    const results = run(h, '2001', '2003', '2002');

    expect(results.orders.map((o) => [o.order, o.allocated.reduce((n, a) => n + a.qty, 0), o.backorder])).toEqual([
      ['2002', 2, null],
      ['2003', 1, '2003.002'],
      ['2001', 0, '2001.001'],
    ]);
    expectConsistent(h);
  });

  it('never takes stock already allocated to another order', () => {
    stock(h, 'BOLT', 'A-1', 8);
    order(h, '1040', [['BOLT', 6]], { priority: 'low' });
    run(h, '1040');
    order(h, '1041', [['BOLT', 5]], { priority: 'high' });

    const results = run(h, '1041');

    expect(results.orders[0]).toMatchObject({ allocated: [{ sku: 'BOLT', qty: 2 }], picks: ['1041.001'], backorder: '1041.002' });
    expect(doc(h, '1040.001').lines).toEqual([{ sku: 'BOLT', qty: 6, bins: [{ bin: 'A-1', qty: 6 }] }]);
    expect(free(h, 'BOLT')).toBe(0);
    expectConsistent(h);
  });
});

describe('backorders: one new document per order per run holding every short line', () => {
  beforeEach(() => {
    stock(h, 'BOLT', 'A-1', 4);
    stock(h, 'WASHER', 'A-2', 3);
    order(h, '1040', [['BOLT', 10], ['NUT', 5], ['WASHER', 3]]);
  });

  it('allocates what it can and puts every shortfall on backorder 1040.002, with a warning per line', () => {
    const results = run(h, '1040');

    const [outcome] = results.orders;
    expect(outcome).toMatchObject({ order: '1040', allocated: [{ sku: 'BOLT', qty: 4 }, { sku: 'WASHER', qty: 3 }], picks: ['1040.001'], backorder: '1040.002' });
    expect(outcome!.alerts.map(({ level, reason, sku, qty, backorder }) => ({ level, reason, sku, qty, backorder }))).toEqual([
      { level: 'warning', reason: 'backordered', sku: 'BOLT', qty: 6, backorder: '1040.002' },
      { level: 'warning', reason: 'backordered', sku: 'NUT', qty: 5, backorder: '1040.002' },
    ]);
    for (const [alert, words] of [[outcome!.alerts[0]!, ['6', 'BOLT', '1040.002']], [outcome!.alerts[1]!, ['5', 'NUT', '1040.002']]] as const) {
      for (const word of words) expect(alert.message).toContain(word);
    }
    expect(results.alerts).toEqual(outcome!.alerts);
    expect(results.totals).toEqual({
      orders: 1,
      linesAllocated: 2,
      unitsAllocated: 7,
      unitsBackordered: 11,
      backorders: 1,
      // WASHER in full, BOLT in part (6 backordered), NUT not at all.
      linesFull: 1,
      linesPartial: 1,
      linesNone: 1,
      picks: 1,
      alerts: 2,
    });

    expect(doc(h, '1040.002')).toEqual({
      status: 'Back Order',
      shipCode: 'Unshippable backorder',
      lines: [{ sku: 'BOLT', qty: 6, bins: [] }, { sku: 'NUT', qty: 5, bins: [] }],
    });
    expect(h.call('orders:get', { order: '1040' }).attachments.map(({ number, status, shipCode, lines, qty }) => ({ number, status, shipCode, lines, qty }))).toEqual([
      { number: '1040.001', status: 'Open', shipCode: 'Ready to ship', lines: 2, qty: 7 },
      { number: '1040.002', status: 'Back Order', shipCode: 'Unshippable backorder', lines: 2, qty: 11 },
    ]);
    expect(free(h, 'NUT')).toBe(0);
    expectConsistent(h);
  });

  it('a run with nothing outstanding makes no document and changes nothing on the order', () => {
    run(h, '1040');
    const attachments = h.call('orders:get', { order: '1040' }).attachments;

    expect(run(h, '1040').orders).toEqual([{ order: '1040', allocated: [], picks: [], backorder: null, alerts: [] }]);
    expect(h.call('orders:get', { order: '1040' }).attachments).toEqual(attachments);
    expectConsistent(h);
  });

  it('a later shortfall goes onto a new backorder (1040.003), not onto the earlier one', () => {
    h.call('orders:addLine', { order: '1040', line: { sku: 'WASHER', qty: 2, status: 'Vendor Order' } });
    run(h, '1040');

    const { fulfillment } = h.call('orders:updateLine', { order: '1040', lineNo: 4, status: 'Warehouse Pick' });

    expect(fulfillment!.orders[0]).toMatchObject({ allocated: [], backorder: '1040.003' });
    expect(doc(h, '1040.002').lines.map((l) => `${l.sku} ${l.qty}`)).toEqual(['BOLT 6', 'NUT 5']);
    expect(doc(h, '1040.003')).toMatchObject({ status: 'Back Order', lines: [{ sku: 'WASHER', qty: 2 }] });
    expectConsistent(h);
  });
});

describe("the order's open pick", () => {
  it('is reused by a later run, and a new pick is made once the open one was printed', () => {
    stock(h, 'BOLT', 'A-1', 2);
    order(h, '1040', [['BOLT', 2], ['PIN', 3], ['CLIP', 1]]);
    expect(run(h, '1040').orders[0]!.picks).toEqual(['1040.001']);

    h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'delta', qty: 3, reason: 'found on the shelf' });
    expect(run(h, '1040').orders[0]).toMatchObject({ allocated: [{ sku: 'PIN', qty: 3 }], picks: ['1040.001'] });
    expect(doc(h, '1040.001').lines.map((l) => `${l.sku} ${l.qty}`)).toEqual(['BOLT 2', 'PIN 3']);

    printSheets(h, '1040.001');
    h.call('inventory:adjust', { sku: 'CLIP', bin: 'A-1', mode: 'delta', qty: 1, reason: 'found on the shelf' });
    expect(run(h, '1040').orders[0]).toMatchObject({ allocated: [{ sku: 'CLIP', qty: 1 }], picks: ['1040.002'] });
    expect(doc(h, '1040.001')).toMatchObject({ status: 'Printed', lines: [{ sku: 'BOLT', qty: 2 }, { sku: 'PIN', qty: 3 }] });
    expect(doc(h, '1040.002')).toMatchObject({ status: 'Open', lines: [{ sku: 'CLIP', qty: 1, bins: [{ bin: 'A-1', qty: 1 }] }] });
    expectConsistent(h);
  });
});

describe('items that do not allow backorder', () => {
  beforeEach(() => {
    stock(h, 'PIN', 'A-1', 2);
    stock(h, 'BOLT', 'A-1', 1);
    order(h, '1040', [['BOLT', 1], ['PIN', 5]]);
  });

  it('allocate nothing on the line unless all of it can be: the line stays unallocated with an error', () => {
    const [outcome] = run(h, '1040').orders;

    expect(outcome).toMatchObject({ allocated: [{ sku: 'BOLT', qty: 1 }], picks: ['1040.001'], backorder: null });
    expect(outcome!.alerts).toHaveLength(1);
    expect(outcome!.alerts[0]).toMatchObject({ level: 'error', reason: 'not_backorderable', order: '1040', sku: 'PIN', qty: 5 });
    expect(outcome!.alerts[0]!.message).toContain('PIN is not backorderable');
    expect(free(h, 'PIN')).toBe(2);
    const pin = line(h, '1040', 2);
    expect(pin.accounting).toEqual({ ordered: 5, completed: 0, allocated: 0, backordered: 0, unallocated: 5, cancelled: 0 });
    expect(pin.alert).toContain('PIN is not backorderable');
    expect(pin.stock).toMatchObject({ free: 2, needs: 5, coverage: 'partial' });
    expectConsistent(h);
  });

  it('are tried again by a later run, which succeeds once stock arrives (auto-release off)', () => {
    run(h, '1040');
    h.call('settings:update', { autoRelease: false });
    expect(h.call('inventory:receive', { reference: 'PO-77', lines: [{ sku: 'PIN', bin: 'A-1', qty: 3 }] }).released).toEqual([]);
    expect(line(h, '1040', 2).accounting).toMatchObject({ allocated: 0, unallocated: 5 });

    const [outcome] = run(h, '1040').orders;

    expect(outcome).toEqual({ order: '1040', allocated: [{ sku: 'PIN', qty: 5 }], picks: ['1040.001'], backorder: null, alerts: [] });
    expect(line(h, '1040', 2)).toMatchObject({ alert: null, accounting: { allocated: 5, unallocated: 0 } });
    expect(free(h, 'PIN')).toBe(0);
    expectConsistent(h);
  });
});

describe('the reason an unallocated line gives', () => {
  it('only frozen stock: stock received then frozen is never allocated', () => {
    stock(h, 'PIN', 'A-1', 4);
    h.call('inventory:changeStatus', { sku: 'PIN', bin: 'A-1', from: 'available', to: 'frozen', qty: 4, reason: 'cycle count hold' });
    order(h, '1040', [['PIN', 3]]);

    const [outcome] = run(h, '1040').orders;

    expect(outcome!.allocated).toEqual([]);
    expect(outcome!.alerts).toEqual([expect.objectContaining({ level: 'error', reason: 'only_frozen', sku: 'PIN', qty: 3 })]);
    expect(outcome!.alerts[0]!.message).toContain('frozen');
    expect(line(h, '1040', 1).stock).toMatchObject({ onHand: 4, frozen: 4, free: 0, needs: 3, coverage: 'none' });
    expectConsistent(h);
  });

  it('a backorderable item with only frozen stock goes to the backorder instead', () => {
    stock(h, 'BOLT', 'A-1', 4);
    h.call('inventory:changeStatus', { sku: 'BOLT', bin: 'A-1', from: 'available', to: 'frozen', qty: 4, reason: 'cycle count hold' });
    order(h, '1040', [['BOLT', 3]]);

    expect(run(h, '1040').orders[0]).toMatchObject({ allocated: [], picks: [], backorder: '1040.001' });
    expectConsistent(h);
  });

  it('inactive item: nothing allocated even with free stock, and nothing backordered', () => {
    stock(h, 'BOLT', 'A-1', 5);
    order(h, '1040', [['BOLT', 3]]);
    const bolt = h.call('items:list', { query: 'BOLT' }).rows[0]!;
    h.call('items:update', { id: bolt.id, active: false });

    const [outcome] = run(h, '1040').orders;

    expect(outcome).toMatchObject({ allocated: [], picks: [], backorder: null });
    expect(outcome!.alerts).toEqual([expect.objectContaining({ level: 'error', reason: 'inactive_item', sku: 'BOLT', qty: 3 })]);
    expect(outcome!.alerts[0]!.message).toContain('inactive');
    expect(line(h, '1040', 1).accounting).toMatchObject({ allocated: 0, backordered: 0, unallocated: 3 });
    expect(free(h, 'BOLT')).toBe(5);
    expectConsistent(h);
  });
});

describe('shipping policy complete', () => {
  it('allocates nothing unless every line can be; otherwise every line goes to the backorder', () => {
    stock(h, 'BOLT', 'A-1', 5);
    stock(h, 'NUT', 'A-2', 1);
    order(h, '1040', [['BOLT', 2], ['NUT', 4]], { policy: 'complete' });

    const [outcome] = run(h, '1040').orders;

    expect(outcome).toMatchObject({ allocated: [], picks: [], backorder: '1040.001' });
    expect(outcome!.alerts.map((a) => [a.level, a.reason, a.sku, a.qty])).toEqual([
      ['info', 'complete_policy', undefined, undefined],
      ['warning', 'backordered', 'BOLT', 2],
      ['warning', 'backordered', 'NUT', 4],
    ]);
    expect(doc(h, '1040.001').lines.map((l) => `${l.sku} ${l.qty}`)).toEqual(['BOLT 2', 'NUT 4']);
    expect([free(h, 'BOLT'), free(h, 'NUT')]).toEqual([5, 1]);
    expectConsistent(h);
  });

  it('leaves a non-backorderable line unallocated with a not-backorderable error, though it has free stock', () => {
    stock(h, 'BOLT', 'A-1', 5);
    stock(h, 'PIN', 'A-1', 3);
    order(h, '1040', [['BOLT', 2], ['PIN', 1], ['NUT', 4]], { policy: 'complete' });

    const [outcome] = run(h, '1040').orders;

    expect(outcome).toMatchObject({ allocated: [], picks: [], backorder: '1040.001' });
    expect(doc(h, '1040.001').lines.map((l) => `${l.sku} ${l.qty}`)).toEqual(['BOLT 2', 'NUT 4']);
    expect(line(h, '1040', 2).accounting).toMatchObject({ allocated: 0, backordered: 0, unallocated: 1 });
    // DOMAIN: the line stays unallocated because PIN is not backorderable; there is no frozen stock at all.
    expect(outcome!.alerts.filter((a) => a.level === 'error')).toEqual([expect.objectContaining({ reason: 'not_backorderable', sku: 'PIN', qty: 1 })]);
    expectConsistent(h);
  });

  it('holds no stock for an order that cannot ship complete: a later order in the same run gets it', () => {
    stock(h, 'BOLT', 'A-1', 3);
    order(h, '1040', [['BOLT', 2], ['NUT', 1]], { policy: 'complete', priority: 'high' });
    order(h, '1041', [['BOLT', 3]]);

    const results = run(h, '1040', '1041');

    expect(results.orders.map((o) => [o.order, o.allocated, o.backorder])).toEqual([
      ['1040', [], '1040.001'],
      ['1041', [{ sku: 'BOLT', qty: 3 }], null],
    ]);
    expectConsistent(h);
  });

  it('ships every line when every line can go', () => {
    stock(h, 'BOLT', 'A-1', 5);
    stock(h, 'NUT', 'A-2', 4);
    order(h, '1040', [['BOLT', 2], ['NUT', 4]], { policy: 'complete' });

    expect(run(h, '1040').orders[0]).toEqual({
      order: '1040',
      allocated: [{ sku: 'BOLT', qty: 2 }, { sku: 'NUT', qty: 4 }],
      picks: ['1040.001'],
      backorder: null,
      alerts: [],
    });
    expectConsistent(h);
  });
});

describe('shipping policy complete is about the whole order', () => {
  // BOLT waits on a backorder and PIN (not backorderable) stays unallocated: the order has two kinds
  // of waiting quantity, and none of it may ship until all of it can.
  beforeEach(() => {
    h.call('settings:update', { autoRelease: false });
    stock(h, 'PIN', 'A-1', 1);
    order(h, '1040', [['PIN', 1], ['BOLT', 1]], { policy: 'complete', status: 'Open' });
    run(h, '1040');
  });

  it('a second run allocates nothing while a line of the order still waits on its backorder', () => {
    expect(line(h, '1040', 1).accounting).toMatchObject({ allocated: 0, unallocated: 1 });
    expect(line(h, '1040', 2).accounting).toMatchObject({ backordered: 1 });

    const [again] = run(h, '1040').orders;

    expect(again).toMatchObject({ allocated: [], picks: [] });
    expect(line(h, '1040', 1).accounting).toMatchObject({ allocated: 0, unallocated: 1 });
    expect(free(h, 'PIN')).toBe(1);
    expectConsistent(h);
  });

  it('once everything can go, a run ships the whole order: the backorder becomes a pick and the unallocated line joins it', () => {
    stock(h, 'BOLT', 'A-2', 1);

    const [outcome] = run(h, '1040').orders;

    expect(outcome).toMatchObject({ allocated: [{ sku: 'BOLT', qty: 1 }, { sku: 'PIN', qty: 1 }], picks: ['1040.001'], backorder: null });
    expect(doc(h, '1040.001')).toMatchObject({ status: 'Open', shipCode: 'Ready to ship' });
    expect(doc(h, '1040.001').lines.map((l) => `${l.sku} ${l.qty}`).sort()).toEqual(['BOLT 1', 'PIN 1']);
    expect([line(h, '1040', 1).alert, line(h, '1040', 2).accounting.allocated]).toEqual([null, 1]);
    expectConsistent(h);
  });

  it('releasing its backorder is skipped while the unallocated line cannot go, then ships the whole order', () => {
    stock(h, 'BOLT', 'A-2', 1);
    h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'set', qty: 0, reason: 'count' });

    expect(h.call('backorders:release', { backorders: ['1040.001'] }).outcomes).toEqual([
      { backorder: '1040.001', order: '1040', outcome: 'skipped', reason: 'order 1040 ships complete and not every line can be filled now (PIN short)' },
    ]);
    expect(free(h, 'BOLT')).toBe(1);

    h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'set', qty: 1, reason: 'found it' });
    expect(h.call('backorders:release', { backorders: ['1040.001'] }).outcomes).toEqual([
      { backorder: '1040.001', order: '1040', outcome: 'released', pick: '1040.001' },
    ]);
    expect(line(h, '1040', 1).accounting).toMatchObject({ allocated: 1, unallocated: 0 });
    expectConsistent(h);
  });

  it('releasing two backorders of the order in one Submit releases both, with the rest of the order', () => {
    // A second backorder: PIN becomes backorderable, its stock is counted away, and a partial run backorders it.
    h.call('orders:update', { order: '1040', policy: 'partial' });
    h.call('items:update', { id: h.call('items:list', { query: 'PIN' }).rows[0]!.id, allowBackorder: true });
    h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'set', qty: 0, reason: 'count' });
    expect(run(h, '1040').orders[0]!.backorder).toBe('1040.002');
    h.call('orders:update', { order: '1040', policy: 'complete' });
    stock(h, 'BOLT', 'A-2', 1);
    stock(h, 'PIN', 'A-1', 1);

    expect(h.call('backorders:release', { backorders: ['1040.002', '1040.001'] }).outcomes).toEqual([
      { backorder: '1040.001', order: '1040', outcome: 'released', pick: '1040.001' },
      { backorder: '1040.002', order: '1040', outcome: 'released', pick: '1040.002' },
    ]);
    expect(h.call('orders:get', { order: '1040' }).billOfMaterial.map((l) => l.accounting.allocated)).toEqual([1, 1]);
    expectConsistent(h);
  });

  it('filling its backorder in full is refused while the rest of the order cannot go', () => {
    stock(h, 'BOLT', 'A-2', 1);
    h.call('inventory:adjust', { sku: 'PIN', bin: 'A-1', mode: 'set', qty: 0, reason: 'count' });
    const before = snapshot(h.db);

    expect(h.refusal('backorders:fill', { backorder: '1040.001', complete: true })).toMatchObject({
      code: 'refused',
      field: 'backorder',
      message: 'order 1040 ships complete and not all of it can go now (1 × PIN short)',
    });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('which orders a run takes', () => {
  beforeEach(() => {
    stock(h, 'BOLT', 'A-1', 50);
  });

  it('{ all: true } takes Open orders only and leaves Draft ones alone', () => {
    order(h, '1040', [['BOLT', 2]], { status: 'Open' });
    order(h, '1041', [['BOLT', 3]]);
    order(h, '1042', [['BOLT', 4]], { status: 'Open' });
    h.call('orders:cancel', { order: '1042' });

    const results = h.call('fulfillment:run', { all: true });

    expect(results.orders.map((o) => o.order)).toEqual(['1040']);
    expect(h.call('orders:get', { order: '1041' })).toMatchObject({ status: 'Draft', fulfilled: false, attachments: [] });
    expect(free(h, 'BOLT')).toBe(48);
    expectConsistent(h);
  });

  it('turns an explicitly selected Draft order Open', () => {
    order(h, '1041', [['BOLT', 3]]);

    run(h, '1041');

    expect(h.call('orders:get', { order: '1041' })).toMatchObject({ status: 'Open', fulfilled: true });
    expectConsistent(h);
  });

  it('skips Completed and Cancelled orders in a selection with an info alert', () => {
    order(h, '1042', [['BOLT', 1]]);
    h.call('orders:cancel', { order: '1042' });
    order(h, '1043', [['BOLT', 1]]);
    run(h, '1043');
    h.call('picks:complete', { pick: '1043.001' });
    order(h, '1044', [['BOLT', 1]]);
    const closedView = () =>
      ['1042', '1043'].map((n) => {
        const o = h.call('orders:get', { order: n });
        return { status: o.status, attachments: o.attachments, accounting: o.billOfMaterial.map((l) => l.accounting) };
      });
    const closed = closedView();

    const results = run(h, '1044', '1043', '1042');

    expect(results.orders.map((o) => [o.order, o.allocated.length, o.alerts.map((a) => [a.level, a.reason])])).toEqual([
      ['1042', 0, [['info', 'order_closed']]],
      ['1043', 0, [['info', 'order_closed']]],
      ['1044', 1, []],
    ]);
    expect(results.alerts[0]!.message).toContain('1042');
    expect(closedView()).toEqual(closed);
    expect(closed.map((o) => o.status)).toEqual(['Cancelled', 'Completed']);
    expectConsistent(h);
  });

  it('refuses an unknown order number, naming its place in the selection, and changes nothing', () => {
    order(h, '1040', [['BOLT', 2]]);
    const before = snapshot(h.db);

    expect(h.refusal('fulfillment:run', { orders: ['1040', '9999'] })).toMatchObject({ code: 'not_found', field: 'orders.1', message: 'Order 9999 was not found' });
    expect(h.refusal('fulfillment:run', { orders: [] })).toMatchObject({ code: 'invalid', field: 'orders', message: 'orders must name at least one order' });
    expect(h.refusal('fulfillment:run', { orders: ['1040.001'] })).toMatchObject({ code: 'invalid', field: 'orders.0' });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('line accounting, stock bar and queue on the order screen', () => {
  it('accounts for every unit and shows what others hold, what the line needs, coverage and the queue ahead', () => {
    stock(h, 'BOLT', 'A-1', 8);
    order(h, '1040', [['BOLT', 6]], { priority: 'high' });
    order(h, '1041', [['BOLT', 5]]);
    order(h, '1042', [['BOLT', 4]], { priority: 'low' });
    run(h, '1042', '1041', '1040');

    expect(line(h, '1041', 1)).toMatchObject({
      accounting: { ordered: 5, completed: 0, allocated: 2, backordered: 3, unallocated: 0, cancelled: 0 },
      stock: { onHand: 8, available: 8, allocated: 8, free: 0, allocatedToOthers: 6, needs: 3, coverage: 'none' },
      queueAhead: 0,
    });
    expect(line(h, '1042', 1)).toMatchObject({ accounting: { allocated: 0, backordered: 4 }, stock: { allocatedToOthers: 8, needs: 4 }, queueAhead: 3 });
    expect(line(h, '1040', 1)).toMatchObject({ accounting: { allocated: 6, backordered: 0 }, queueAhead: null, stock: { needs: 0, coverage: 'full' } });

    h.call('settings:update', { autoRelease: false });
    h.call('inventory:receive', { reference: 'PO-12', lines: [{ sku: 'BOLT', bin: 'A-1', qty: 2 }] });
    expect(line(h, '1041', 1).stock).toMatchObject({ free: 2, needs: 3, coverage: 'partial' });
    h.call('inventory:receive', { reference: 'PO-13', lines: [{ sku: 'BOLT', bin: 'A-1', qty: 1 }] });
    expect(line(h, '1041', 1).stock).toMatchObject({ free: 3, needs: 3, coverage: 'full' });

    h.call('picks:complete', { pick: '1041.001' });
    h.call('backorders:cancel', { backorder: '1041.002' });
    expect(line(h, '1041', 1).accounting).toEqual({ ordered: 5, completed: 2, allocated: 0, backordered: 0, unallocated: 0, cancelled: 3 });
    for (const n of ['1040', '1041', '1042']) {
      for (const l of h.call('orders:get', { order: n }).billOfMaterial) {
        const a = l.accounting;
        expect(a.completed + a.allocated + a.backordered + a.unallocated + a.cancelled).toBe(a.ordered);
      }
    }
    expectConsistent(h);
  });

  it('never fills Vendor Order or Non-stock lines from stock', () => {
    stock(h, 'BOLT', 'A-1', 10);
    stock(h, 'NUT', 'A-1', 10);
    order(h, '1040', [['BOLT', 3, 'Vendor Order'], ['NUT', 2, 'Non-stock']]);

    expect(run(h, '1040').orders[0]).toEqual({ order: '1040', allocated: [], picks: [], backorder: null, alerts: [] });

    const detail = h.call('orders:get', { order: '1040' });
    expect(detail.billOfMaterial.map((l) => [l.status, l.accounting.unallocated, l.accounting.allocated, l.stock.needs])).toEqual([
      ['Vendor Order', 3, 0, 0],
      ['Non-stock', 2, 0, 0],
    ]);
    expect(detail.attachments).toEqual([]);
    expect([free(h, 'BOLT'), free(h, 'NUT')]).toEqual([10, 10]);
    expectConsistent(h);
  });
});
