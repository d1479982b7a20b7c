// The order list (docs/screens.md, Orders): the "units short" column, and paging with the total of the
// filtered list (the list selects the page first and counts separately; see main/queries/order-list.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { items, order, run, stock } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'BOLT', 'NUT', 'PAD', { sku: 'PIN', allowBackorder: false });
});

const short = (query = '') => Object.fromEntries(h.call('orders:list', { query }).rows.map((r) => [r.number, r.unitsShort]));

describe('units short', () => {
  it('sums backordered and unallocated units over Warehouse Pick lines, and is 0 once the order is closed', () => {
    stock(h, 'BOLT', 'A-1', 6);
    stock(h, 'NUT', 'A-1', 8);
    // Not yet through fulfillment: every Warehouse Pick unit is unallocated; Vendor Order lines never count.
    order(h, '1040', [['BOLT', 10], ['PAD', 5, 'Vendor Order']]);
    // Run: 6 BOLT allocated and 4 backordered; 2 PIN (not backorderable, no stock) unallocated.
    order(h, '1041', [['BOLT', 10], ['PIN', 2], ['NUT', 3]]);
    run(h, '1041');
    // Completed: everything picked.
    order(h, '1042', [['NUT', 2]]);
    run(h, '1042');
    h.call('picks:complete', { pick: '1042.001' });
    // Cancelled with its shortfall still on the lines' books as cancelled.
    order(h, '1043', [['BOLT', 3]]);
    run(h, '1043');
    h.call('orders:cancel', { order: '1043' });

    expect(short()).toEqual({ '1040': 10, '1041': 6, '1042': 0, '1043': 0 });
    // The order page's header says the same.
    expect(h.call('orders:get', { order: '1041' }).unitsShort).toBe(6);
    expect(h.call('orders:list', { query: '1041' }).rows[0]).toMatchObject({ lines: 3, unitsShort: 6, status: 'Open' });
  });

  it('goes down as stock arrives for the backorder', () => {
    order(h, '1044', [['BOLT', 5]]);
    run(h, '1044');
    expect(short()).toEqual({ '1044': 5 });
    stock(h, 'BOLT', 'A-1', 3); // a receipt: auto-release splits 3 off the backorder
    expect(short()).toEqual({ '1044': 2 });
  });
});

describe('paging', () => {
  beforeEach(() => {
    // 1001..1009; the odd ones Open, 1001, 1005 and 1009 for Acme.
    for (let i = 1; i <= 9; i += 1) {
      order(h, String(1000 + i), [['BOLT', i]], { status: i % 2 === 1 ? 'Open' : 'Draft', customer: i % 4 === 1 ? 'Acme Marine' : 'Birch & Co' });
    }
  });

  const page = (input: { query?: string; status?: 'Open' | 'Draft'; offset?: number; limit?: number }) => {
    const result = h.call('orders:list', input);
    return { numbers: result.rows.map((r) => r.number), total: result.total, offset: result.offset };
  };

  it('pages through a status filter newest first, every page giving the total of the filtered list', () => {
    expect(page({ status: 'Open', limit: 2 })).toEqual({ numbers: ['1009', '1007'], total: 5, offset: 0 });
    expect(page({ status: 'Open', limit: 2, offset: 2 })).toEqual({ numbers: ['1005', '1003'], total: 5, offset: 2 });
    expect(page({ status: 'Open', limit: 2, offset: 4 })).toEqual({ numbers: ['1001'], total: 5, offset: 4 });
    expect(page({ status: 'Open', limit: 2, offset: 6 })).toEqual({ numbers: [], total: 5, offset: 6 });
    expect(page({ status: 'Draft', limit: 3 })).toEqual({ numbers: ['1008', '1006', '1004'], total: 4, offset: 0 });
  });

  it('pages through a search, alone or with a status filter', () => {
    expect(page({ query: 'acme', limit: 2 })).toEqual({ numbers: ['1009', '1005'], total: 3, offset: 0 });
    expect(page({ query: 'acme', limit: 2, offset: 2 })).toEqual({ numbers: ['1001'], total: 3, offset: 2 });
    expect(page({ query: 'birch', status: 'Open', limit: 1 })).toEqual({ numbers: ['1007'], total: 2, offset: 0 });
    expect(page({ query: 'birch', status: 'Open', limit: 1, offset: 5 })).toEqual({ numbers: [], total: 2, offset: 5 });
    expect(page({ query: 'zzz' })).toEqual({ numbers: [], total: 0, offset: 0 });
  });

  it('gives the total of every order without a filter, and lines and units short on each row', () => {
    const all = h.call('orders:list', { limit: 4, offset: 1 });
    expect(all.total).toBe(9);
    expect(all.rows.map((r) => [r.number, r.lines, r.unitsShort])).toEqual([
      ['1008', 1, 8],
      ['1007', 1, 7],
      ['1006', 1, 6],
      ['1005', 1, 5],
    ]);
  });
});
