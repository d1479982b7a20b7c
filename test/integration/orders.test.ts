// Order entry and editing (docs/rules.md, Things: Orders, Kits; Operations: saving allocates nothing,
// marking a line Warehouse Pick; Finding things: search; What bad input gets).
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { expectConsistent, free, items, line, order, run, stock } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'BOLT', 'NUT', 'PAD', 'ROTOR', 'CLIP', 'KIT-BRK', { sku: 'OLD-1', active: false });
});

const numbers = (page: { rows: { number: string }[] }) => page.rows.map((r) => r.number);
const bom = (n: string) => h.call('orders:get', { order: n }).billOfMaterial.map((l) => [l.lineNo, l.sku, l.accounting.ordered, l.status, l.kit]);

describe('entering an order', () => {
  it('is Draft by default with normal priority, partial policy and Warehouse Pick lines', () => {
    const detail = h.call('orders:create', { number: '1040', customer: ' Harbour Freight Co ', orderDate: '2026-11-20', lines: [{ sku: 'bolt', qty: 4 }] });

    expect(detail).toMatchObject({ number: '1040', customer: 'Harbour Freight Co', orderDate: '2026-11-20', priority: 'normal', policy: 'partial', status: 'Draft', lines: 1, fulfilled: false, attachments: [] });
    expect(detail.billOfMaterial[0]).toMatchObject({ lineNo: 1, sku: 'BOLT', status: 'Warehouse Pick', kit: null });
    expect(detail.billOfMaterial[0]!.accounting).toEqual({ ordered: 4, completed: 0, allocated: 0, backordered: 0, unallocated: 4, cancelled: 0 });
  });

  it('allocates nothing by being saved, Draft or Open', () => {
    stock(h, 'BOLT', 'A-1', 10);
    order(h, '1040', [['BOLT', 4]]);
    order(h, '1041', [['BOLT', 3]], { status: 'Open' });

    expect(free(h, 'BOLT')).toBe(10);
    for (const n of ['1040', '1041']) expect(h.call('orders:get', { order: n })).toMatchObject({ attachments: [], fulfilled: false });
    expect(h.call('orders:get', { order: '1041' }).status).toBe('Open');
    expect(h.call('backorders:list', {}).total).toBe(0);
    expectConsistent(h);
  });

  it('numbers automatically from 1001, then after the highest numeric order number', () => {
    expect(order(h, undefined, [])).toBe('1001');
    expect(order(h, undefined, [])).toBe('1002');
    expect(order(h, '1500', [])).toBe('1500');
    expect(order(h, 'SO-99999', [])).toBe('SO-99999');
    expect(order(h, '740', [])).toBe('740');
    expect(order(h, undefined, [])).toBe('1501');
  });

  it('numbers after the highest number even beyond 2^53, where a float would round', () => {
    expect(order(h, '9007199254740993', [])).toBe('9007199254740993');
    expect(order(h, '00042', [])).toBe('00042');
    expect(order(h, undefined, [])).toBe('9007199254740994');
    expect(order(h, undefined, [])).toBe('9007199254740995');
  });

  it('refuses a number already used, naming the field, and stores nothing', () => {
    order(h, '1040', [['BOLT', 1]]);
    const before = snapshot(h.db);

    expect(h.refusal('orders:create', { number: '1040', customer: 'Other', orderDate: '2026-11-21', lines: [{ sku: 'NUT', qty: 1 }] })).toMatchObject({
      code: 'conflict',
      field: 'number',
      message: 'order 1040 already exists',
    });
    expect(snapshot(h.db)).toEqual(before);
  });

  it.each([
    [{ lines: [{ sku: 'BOLT', qty: 0 }] }, 'invalid', 'lines.0.qty', 'line 1: qty must be a whole number above 0'],
    [{ lines: [{ sku: 'BOLT', qty: -1 }] }, 'invalid', 'lines.0.qty', 'line 1: qty must be a whole number above 0'],
    [{ lines: [{ sku: 'BOLT', qty: 1.5 }] }, 'invalid', 'lines.0.qty', 'line 1: qty must be a whole number above 0'],
    [{ lines: [{ sku: 'NOPE', qty: 1 }] }, 'not_found', 'lines.0.sku', 'line 1: Item NOPE was not found'],
    [{ lines: [{ sku: 'BOLT', qty: 1 }, { sku: 'NOPE', qty: 1 }] }, 'not_found', 'lines.1.sku', 'line 2: Item NOPE was not found'],
    [{ lines: [{ sku: 'OLD-1', qty: 1 }] }, 'refused', 'lines.0.sku', 'line 1: OLD-1 is inactive'],
    [{ orderDate: '20/11/2026' }, 'invalid', 'orderDate', 'orderDate must be a date as YYYY-MM-DD'],
    [{ orderDate: '2026-02-30' }, 'invalid', 'orderDate', 'orderDate must be a real date'],
    [{ number: '1040.1' }, 'invalid', 'number', 'number must not contain spaces or dots'],
    [{ number: '10 40' }, 'invalid', 'number', 'number must not contain spaces or dots'],
    [{ customer: '  ' }, 'invalid', 'customer', 'customer must not be empty'],
  ])('refuses %j (%s, %s) and stores nothing', (patch, code, field, message) => {
    const before = snapshot(h.db);
    const input = { customer: 'Harbour Freight Co', orderDate: '2026-11-20', lines: [{ sku: 'BOLT', qty: 1 }], ...patch };

    expect(h.refusal('orders:create', input)).toMatchObject({ code, field, message });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('kits', () => {
  beforeEach(() => {
    h.call('items:setKit', { kit: 'KIT-BRK', components: [{ sku: 'PAD', qty: 2 }, { sku: 'ROTOR', qty: 1 }, { sku: 'CLIP', qty: 4 }] });
  });

  it('expand a kit line into one line per component, kit qty × component qty, naming the kit', () => {
    order(h, '1040', [['BOLT', 1], ['KIT-BRK', 3], ['NUT', 2]]);

    expect(bom('1040')).toEqual([
      [1, 'BOLT', 1, 'Warehouse Pick', null],
      [2, 'PAD', 6, 'Warehouse Pick', 'KIT-BRK'],
      [3, 'ROTOR', 3, 'Warehouse Pick', 'KIT-BRK'],
      [4, 'CLIP', 12, 'Warehouse Pick', 'KIT-BRK'],
      [5, 'NUT', 2, 'Warehouse Pick', null],
    ]);

    h.call('orders:addLine', { order: '1040', line: { sku: 'KIT-BRK', qty: 1, status: 'Vendor Order' } });
    expect(bom('1040').slice(5)).toEqual([
      [6, 'PAD', 2, 'Vendor Order', 'KIT-BRK'],
      [7, 'ROTOR', 1, 'Vendor Order', 'KIT-BRK'],
      [8, 'CLIP', 4, 'Vendor Order', 'KIT-BRK'],
    ]);
  });

  it.each([
    ['a component that is the kit itself', { kit: 'BOLT', components: [{ sku: 'BOLT', qty: 1 }] }, 'invalid', 'components.0.sku', 'component 1: sku cannot be the kit itself'],
    ['a component listed twice', { kit: 'BOLT', components: [{ sku: 'NUT', qty: 1 }, { sku: 'nut', qty: 2 }] }, 'invalid', 'components.1.sku', 'component 2: sku lists NUT twice'],
    ['a kit inside a kit', { kit: 'BOLT', components: [{ sku: 'KIT-BRK', qty: 1 }] }, 'invalid', 'components.0.sku', 'component 1: sku KIT-BRK is itself a kit'],
    ['making a component of a kit a kit itself', { kit: 'PAD', components: [{ sku: 'NUT', qty: 1 }] }, 'refused', 'kit', 'PAD is a component of another kit'],
    ['a quantity of 0', { kit: 'BOLT', components: [{ sku: 'NUT', qty: 0 }] }, 'invalid', 'components.0.qty', 'component 1: qty must be a whole number above 0'],
  ])('refuses %s and changes nothing', (_rule, input, code, field, message) => {
    const before = snapshot(h.db);

    expect(h.refusal('items:setKit', input)).toMatchObject({ code, field, message });
    expect(snapshot(h.db)).toEqual(before);
  });
});

describe('editing an order while Draft', () => {
  beforeEach(() => {
    order(h, '1040', [['BOLT', 4], ['NUT', 2], ['PAD', 1]]);
  });

  it('adds, changes and removes lines, and changes the header', () => {
    h.call('orders:updateLine', { order: '1040', lineNo: 1, qty: 6 });
    h.call('orders:updateLine', { order: '1040', lineNo: 3, status: 'Non-stock' });
    h.call('orders:removeLine', { order: '1040', lineNo: 2 });
    h.call('orders:addLine', { order: '1040', line: { sku: 'ROTOR', qty: 5 } });
    const header = h.call('orders:update', { order: '1040', customer: 'Dockside Ltd', orderDate: '2026-11-23', priority: 'high', policy: 'complete' });

    expect(header).toMatchObject({ number: '1040', customer: 'Dockside Ltd', orderDate: '2026-11-23', priority: 'high', policy: 'complete', status: 'Draft', lines: 3 });
    expect(bom('1040')).toEqual([
      [1, 'BOLT', 6, 'Warehouse Pick', null],
      [3, 'PAD', 1, 'Non-stock', null],
      [4, 'ROTOR', 5, 'Warehouse Pick', null],
    ]);
  });

  it('refuses a bad line edit naming the field', () => {
    const before = snapshot(h.db);
    expect(h.refusal('orders:addLine', { order: '1040', line: { sku: 'BOLT', qty: 0 } })).toMatchObject({ field: 'line.qty', message: 'line qty must be a whole number above 0' });
    expect(h.refusal('orders:updateLine', { order: '1040', lineNo: 1, qty: -2 })).toMatchObject({ field: 'qty', message: 'qty must be a whole number above 0' });
    expect(h.refusal('orders:removeLine', { order: '1040', lineNo: 9 })).toMatchObject({ code: 'not_found', field: 'lineNo', message: 'Line 9 of order 1040 was not found' });
    expect(h.refusal('orders:update', { order: '1040', orderDate: '2026-13-01' })).toMatchObject({ field: 'orderDate' });
    expect(snapshot(h.db)).toEqual(before);
  });

  it('refuses an unknown or inactive sku on an added line, naming the field line.sku', () => {
    const before = snapshot(h.db);
    expect(h.refusal('orders:addLine', { order: '1040', line: { sku: 'NOPE', qty: 1 } })).toMatchObject({ code: 'not_found', field: 'line.sku', message: 'Item NOPE was not found' });
    expect(h.refusal('orders:addLine', { order: '1040', line: { sku: 'OLD-1', qty: 1 } })).toMatchObject({ code: 'refused', field: 'line.sku', message: 'OLD-1 is inactive' });
    expect(snapshot(h.db)).toEqual(before);
  });

  it('refuses bill-of-material changes once the order is Open, and changes nothing', () => {
    run(h, '1040');
    const before = snapshot(h.db);
    const isOpen = { code: 'refused', field: 'order', message: 'order 1040 is Open: its bill of material can only change while Draft' };

    expect(h.refusal('orders:addLine', { order: '1040', line: { sku: 'ROTOR', qty: 1 } })).toMatchObject(isOpen);
    expect(h.refusal('orders:removeLine', { order: '1040', lineNo: 1 })).toMatchObject(isOpen);
    expect(h.refusal('orders:updateLine', { order: '1040', lineNo: 1, qty: 9 })).toMatchObject({ code: 'refused', field: 'qty' });
    expect(h.refusal('orders:updateLine', { order: '1040', lineNo: 1, qty: 9 }).message).toContain('order 1040 is Open');
    expect(snapshot(h.db)).toEqual(before);

    // The header is not the bill of material: raising the priority moves the order up the queue.
    expect(h.call('orders:update', { order: '1040', priority: 'high' })).toMatchObject({ status: 'Open', priority: 'high' });
    expectConsistent(h);
  });
});

describe('marking a line Warehouse Pick', () => {
  beforeEach(() => {
    stock(h, 'BOLT', 'A-1', 5);
    stock(h, 'NUT', 'A-1', 5);
  });

  it('runs fulfillment for an order already through fulfillment', () => {
    order(h, '1040', [['BOLT', 2], ['NUT', 3, 'Vendor Order']]);
    run(h, '1040');
    expect(free(h, 'NUT')).toBe(5);

    const { order: detail, fulfillment } = h.call('orders:updateLine', { order: '1040', lineNo: 2, status: 'Warehouse Pick' });

    expect(fulfillment).not.toBeNull();
    expect(fulfillment!.orders).toEqual([{ order: '1040', allocated: [{ sku: 'NUT', qty: 3 }], picks: ['1040.001'], backorder: null, alerts: [] }]);
    expect(detail.billOfMaterial[1]).toMatchObject({ status: 'Warehouse Pick', accounting: { allocated: 3, unallocated: 0 } });
    expect(free(h, 'NUT')).toBe(2);
    expectConsistent(h);
  });

  it('allocates nothing on an order never run through fulfillment, Draft or Open', () => {
    order(h, '1040', [['NUT', 3, 'Vendor Order']]);
    order(h, '1041', [['NUT', 1, 'Non-stock']], { status: 'Open' });

    for (const n of ['1040', '1041']) {
      const { order: detail, fulfillment } = h.call('orders:updateLine', { order: n, lineNo: 1, status: 'Warehouse Pick' });
      expect(fulfillment).toBeNull();
      expect(detail).toMatchObject({ attachments: [], fulfilled: false });
      expect(detail.billOfMaterial[0]).toMatchObject({ status: 'Warehouse Pick', accounting: { allocated: 0, unallocated: detail.billOfMaterial[0]!.accounting.ordered } });
    }
    expect(free(h, 'NUT')).toBe(5);
    expect(line(h, '1040', 1).stock).toMatchObject({ needs: 3, free: 5, coverage: 'full' });
    expectConsistent(h);
  });
});

describe('finding orders', () => {
  beforeEach(() => {
    order(h, '1040', [['BOLT', 1]], { customer: 'Acme Marine' });
    order(h, '1041', [['NUT', 1]], { customer: 'Harbour Freight Co' });
    order(h, '1042', [['NUT', 2], ['PAD', 1]], { customer: 'ACME Rail', status: 'Open' });
  });

  it('searches by order number, customer and sku, ignoring case, newest first', () => {
    expect(numbers(h.call('orders:list', { query: '1041' }))).toEqual(['1041']);
    expect(numbers(h.call('orders:list', { query: 'acme' }))).toEqual(['1042', '1040']);
    expect(numbers(h.call('orders:list', { query: 'nut' }))).toEqual(['1042', '1041']);
    expect(h.call('orders:list', { query: 'pad' }).rows).toEqual([expect.objectContaining({ number: '1042', customer: 'ACME Rail', status: 'Open', lines: 2 })]);
    expect(h.call('orders:list', { query: 'zzz' })).toEqual({ rows: [], total: 0, offset: 0 });
  });

  it('filters by status, with or without a search', () => {
    expect(numbers(h.call('orders:list', { status: 'Open' }))).toEqual(['1042']);
    expect(numbers(h.call('orders:list', { status: 'Draft' }))).toEqual(['1041', '1040']);
    expect(numbers(h.call('orders:list', { status: 'Draft', query: 'acme' }))).toEqual(['1040']);
    expect(h.call('orders:list', { status: 'Draft' }).total).toBe(2);
    expect(h.refusal('orders:list', { status: 'Shipped' })).toMatchObject({ field: 'status' });
  });
});
