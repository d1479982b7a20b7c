import { beforeEach, describe, expect, it } from 'vitest';
import { RELEASED_LISTED } from '../../shared/domain/inventory';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, expectConsistent, free, items, order, receive, run } from '../helpers/scenario';

// A receipt can release every backorder waiting for what it received (issue 9: cap what one answer
// returns). Its answer lists the first ones and counts the rest; the Picks list holds them all.

let h: Harness;
const ORDERS = Array.from({ length: 300 }, (_, i) => String(1001 + i));

beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR');
  bins(h, 'A-01');
  for (const number of ORDERS) order(h, number, [['TR-GR', 2]]);
  run(h, ...ORDERS);
});

describe('the answer to a receipt that releases 300 backorders', () => {
  it('lists the first 200 in precedence order, counts all 300, and says how many more', () => {
    // 599 units: 299 backorders go whole, the last is split with 1 unit left on it.
    const result = receive(h, 'TR-GR', 'A-01', 599);

    expect(result.released).toHaveLength(RELEASED_LISTED);
    expect(result.released.slice(0, 2)).toEqual([
      { backorder: '1001.001', order: '1001', outcome: 'released', pick: '1001.001' },
      { backorder: '1002.001', order: '1002', outcome: 'released', pick: '1002.001' },
    ]);
    expect(result.released.at(-1)).toMatchObject({ backorder: '1200.001', outcome: 'released' });
    expect(result.releasedMore).toBe(100);
    expect(result.releaseTotals).toEqual({ inFull: 299, inPart: 1, units: 599, picks: 300 });

    // What is not listed was released all the same: the Picks list shows every one.
    expect(h.call('picks:list', { limit: 1 }).total).toBe(300);
    expect(h.call('documents:get', { document: '1300.001' })).toMatchObject({ status: 'Back Order', lines: [{ sku: 'TR-GR', qty: 1 }] });
    expectConsistent(h);
  });

  it('previews the same cut answer, changing nothing', () => {
    const preview = h.call('inventory:previewReceipt', { reference: 'PO-4471', lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 599 }] });
    expect(preview).toMatchObject({ releasedMore: 100, releaseTotals: { inFull: 299, inPart: 1, units: 599, picks: 300 } });
    expect(preview.released).toHaveLength(RELEASED_LISTED);
    expect(h.call('picks:list', { limit: 1 }).total).toBe(0);
    expect(receive(h, 'TR-GR', 'A-01', 599)).toEqual(preview);
  });

  it('answers a receipt that releases fewer than the cap with every one listed and nothing more', () => {
    const result = receive(h, 'TR-GR', 'A-01', 7);
    expect(result.released.map((r) => `${r.backorder} ${r.outcome}`)).toEqual(['1001.001 released', '1002.001 released', '1003.001 released', '1004.001 split']);
    expect(result.releasedMore).toBe(0);
    expect(result.releaseTotals).toEqual({ inFull: 3, inPart: 1, units: 7, picks: 4 });
  });
});

describe('the progress of a receipt that releases many backorders', () => {
  it('reaches the window that posted it: backorders tried, rising, ending at all of them', () => {
    const told: { channel: string; origin?: string; what: string; done: number; total: number }[] = [];
    const dispatch = createDispatcher(
      createHandlers(),
      { db: h.db, now: () => '2026-11-24T10:00:00.000Z', user: 'test-clerk', mode: 'browser', databasePath: ':memory:' },
      { onProgress: (channel, origin, what, done, total) => told.push({ channel, origin, what, done, total }) },
    );
    const result = dispatch('inventory:receive', { reference: 'PO-9', lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 600 }] }, 'tab-2');

    expect(result.ok).toBe(true);
    expect(told.length).toBeGreaterThan(100);
    expect(told.every((t) => t.channel === 'inventory:receive' && t.origin === 'tab-2' && t.what === 'backorders' && t.total === 300)).toBe(true);
    expect(told.every((t, i) => i === 0 || t.done >= told[i - 1]!.done)).toBe(true);
    expect(told.at(-1)).toMatchObject({ done: 300, total: 300 });
  });
});

describe('the units a receipt says it released', () => {
  it('count all of an order that ships complete, its unallocated lines too', () => {
    const h = createHarness();
    items(h, 'TR-GR', { sku: 'HX-5', description: 'Hex key', unit: 'ea', allowBackorder: false, active: true });
    bins(h, 'A-01', 'A-02');
    // TR-GR goes to a backorder; HX-5, not backorderable, stays unallocated. Its stock arrives by a count, which releases nothing.
    order(h, '2001', [['TR-GR', 4], ['HX-5', 2]], { policy: 'complete' });
    run(h, '2001');
    h.call('inventory:adjust', { sku: 'HX-5', bin: 'A-02', mode: 'delta', qty: 2, reason: 'found in count' });

    const result = receive(h, 'TR-GR', 'A-01', 4);
    expect(result.released).toEqual([{ backorder: '2001.001', order: '2001', outcome: 'released', pick: '2001.001' }]);
    expect(result.releaseTotals).toMatchObject({ inFull: 1, inPart: 0, units: 6 });
    expect([free(h, 'TR-GR'), free(h, 'HX-5')]).toEqual([0, 0]);
    expectConsistent(h);
  });
});
