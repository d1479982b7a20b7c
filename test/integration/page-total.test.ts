// Every paged list says the total of the whole (filtered) list on every page, including a page asked
// for past its end: a grid that scrolls to a stale offset must not decide the list is now empty.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { items, order, receive, run, bin } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  // Three items; three orders that each leave a backorder (no stock); three receipts of BOLT.
  items(h, 'BOLT', 'NUT', 'PAD');
  for (const number of ['1040', '1041', '1042']) order(h, number, [['NUT', 2]], { status: 'Open' });
  run(h, '1040', '1041', '1042');
  bin(h, 'A-1');
  for (const qty of [1, 2, 3]) receive(h, 'BOLT', 'A-1', qty);
});

const pages = {
  'items:list': (offset: number, limit: number) => h.call('items:list', { offset, limit }),
  'orders:list': (offset: number, limit: number) => h.call('orders:list', { offset, limit }),
  'backorders:list': (offset: number, limit: number) => h.call('backorders:list', { offset, limit }),
  'inventory:ledger': (offset: number, limit: number) => h.call('inventory:ledger', { sku: 'BOLT', offset, limit }),
  'inventory:list': (offset: number, limit: number) => h.call('inventory:list', { offset, limit }),
};

describe('a list’s total', () => {
  it.each(Object.entries(pages))('%s: the same on the first page, the last, and past the end', (_channel, page) => {
    expect(page(0, 2)).toMatchObject({ total: 3, offset: 0 });
    expect(page(0, 2).rows).toHaveLength(2);
    expect(page(2, 2)).toMatchObject({ total: 3, offset: 2 });
    expect(page(2, 2).rows).toHaveLength(1);
    expect(page(3, 2)).toEqual({ rows: [], total: 3, offset: 3 });
    expect(page(500, 200)).toEqual({ rows: [], total: 3, offset: 500 });
  });

  it('is 0 for a list with nothing in it, on any page', () => {
    expect(h.call('inventory:list', { query: 'no such thing', offset: 0 })).toEqual({ rows: [], total: 0, offset: 0 });
    expect(h.call('inventory:list', { query: 'no such thing', offset: 400 })).toEqual({ rows: [], total: 0, offset: 400 });
    expect(h.call('inventory:ledger', { sku: 'PAD', offset: 200 })).toEqual({ rows: [], total: 0, offset: 200 });
  });
});
