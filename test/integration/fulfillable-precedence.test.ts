import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, expectConsistent, items, order, receive, run, type LineSpec } from '../helpers/scenario';

// The Fulfillable Backorders view shows per backorder what free stock could fill now after the
// backorders ahead of it in precedence take theirs: the answer Release Back Order gives.

let h: Harness;
const fillable = (filter: 'all' | 'fulfillable' = 'all') =>
  h.call('backorders:list', { filter, limit: 1000 }).rows.map((r) => `${r.number} ${r.fillableNow}/${r.outstanding}`);

beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', { sku: 'HX-5', allowBackorder: false });
  bins(h, 'A-01', 'A-02');
  h.call('settings:update', { autoRelease: false });
});

describe('what free stock could fill now, in precedence order', () => {
  beforeEach(() => {
    order(h, '1001', [['TR-GR', 3]], { orderDate: '2026-11-01' });
    order(h, '1002', [['TR-GR', 3]], { orderDate: '2026-11-02' });
    order(h, '1003', [['TR-GR', 3]], { orderDate: '2026-11-03' });
    run(h, '1001', '1002', '1003');
  });

  it('gives the first backorder what it needs and the next what is left: two of 3 with 4 free show 3 and 1', () => {
    receive(h, 'TR-GR', 'A-01', 4);
    expect(fillable()).toEqual(['1001.001 3/3', '1002.001 1/3', '1003.001 0/3']);
    // The third gets nothing and is not fulfillable.
    expect(fillable('fulfillable')).toEqual(['1001.001 3/3', '1002.001 1/3']);
    expect(h.call('backorders:list', { filter: 'fulfillable', limit: 1 }).total).toBe(2);
  });

  it('follows priority before order date: a high-priority order entered last is served first', () => {
    order(h, '1004', [['TR-GR', 2]], { orderDate: '2026-11-09', priority: 'high' });
    run(h, '1004');
    receive(h, 'TR-GR', 'A-01', 4);
    expect(fillable('fulfillable')).toEqual(['1004.001 2/2', '1001.001 2/3']);
  });

  it('counts stock over every bin, and nothing that is frozen or already allocated', () => {
    receive(h, 'TR-GR', 'A-01', 2);
    receive(h, 'TR-GR', 'A-02', 3);
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-02', from: 'available', to: 'frozen', qty: 1, reason: 'QC hold' });
    order(h, '1005', [['TR-GR', 1]], { orderDate: '2026-10-01' });
    run(h, '1005'); // allocates one of the four available to a pick
    expect(fillable()).toEqual(['1001.001 3/3', '1002.001 0/3', '1003.001 0/3']);
  });

  it('agrees with Release Back Order when it is submitted', () => {
    receive(h, 'TR-GR', 'A-01', 4);
    const outcomes = h.call('backorders:release', { backorders: ['1003.001', '1002.001', '1001.001'] }).outcomes;
    expect(outcomes.map((o) => `${o.backorder} ${o.outcome}`)).toEqual(['1001.001 released', '1002.001 split', '1003.001 skipped']);
    expect(fillable()).toEqual(['1002.001 0/2', '1003.001 0/3']);
    expectConsistent(h);
  });
});

describe('orders that ship complete', () => {
  it('take everything they still need or nothing, and a later backorder may have what they leave', () => {
    order(h, '1001', [['TR-GR', 3], ['BRG-1', 2]], { orderDate: '2026-11-01', policy: 'complete' });
    order(h, '1002', [['TR-GR', 2]], { orderDate: '2026-11-02' });
    run(h, '1001', '1002');
    receive(h, 'TR-GR', 'A-01', 4);
    // 1001 cannot go whole (no bearings): it takes nothing and 1002 is filled in full.
    expect(fillable()).toEqual(['1001.001 0/5', '1002.001 2/2']);
    receive(h, 'BRG-1', 'A-01', 2);
    // Now 1001 goes whole, ahead of 1002, which gets the one that is left.
    expect(fillable()).toEqual(['1001.001 5/5', '1002.001 1/2']);
  });

  it('count their lines not yet on any document: an unallocated line that free stock cannot cover holds the order back', () => {
    order(h, '1001', [['TR-GR', 2], ['HX-5', 2]], { orderDate: '2026-11-01', policy: 'complete' });
    order(h, '1002', [['TR-GR', 2]], { orderDate: '2026-11-02' });
    run(h, '1001', '1002');
    // HX-5 cannot be backordered: it stays unallocated on 1001; TR-GR waits on its backorder.
    receive(h, 'TR-GR', 'A-01', 2);
    expect(fillable()).toEqual(['1001.001 0/2', '1002.001 2/2']);
    receive(h, 'HX-5', 'A-01', 2);
    expect(fillable()).toEqual(['1001.001 2/2', '1002.001 0/2']);
    expect(h.call('backorders:review', { backorders: ['1001.001', '1002.001'] }).map((r) => r.verdict)).toEqual(['ready', 'blocked']);
  });
});

// A random-ish desk: a few orders of mixed priority, date and policy over three items (one not
// backorderable), run, then stock arrives with auto-release off. The view must give, per backorder,
// exactly what the Release Review of every backorder says it would allocate (and list as fulfillable
// exactly the ones the Review does not block), and Submit must then allocate that much.
const SKUS = ['TR-GR', 'BRG-1', 'HX-5'] as const;
const line = fc.tuple(fc.constantFrom(...SKUS), fc.integer({ min: 1, max: 5 })).map(([sku, qty]): LineSpec => [sku, qty]);
const desk = fc.record({
  opening: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 3 }),
  orders: fc.array(
    fc.record({
      priority: fc.constantFrom('high' as const, 'normal' as const, 'low' as const),
      day: fc.integer({ min: 1, max: 4 }),
      policy: fc.constantFrom('partial' as const, 'partial' as const, 'complete' as const),
      lines: fc.array(line, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 7 },
  ),
  arrivals: fc.array(fc.tuple(fc.constantFrom(...SKUS), fc.constantFrom('A-01', 'A-02'), fc.integer({ min: 1, max: 8 })), { maxLength: 4 }),
});

describe('agreement with Release Back Order', () => {
  it('on random-ish desks, the view says what the Review says and Submit does', () => {
    fc.assert(
      fc.property(desk, (spec) => {
        h = createHarness();
        items(h, 'TR-GR', 'BRG-1', { sku: 'HX-5', allowBackorder: false });
        bins(h, 'A-01', 'A-02');
        spec.opening.forEach((qty, i) => {
          if (qty > 0) receive(h, SKUS[i]!, 'A-01', qty);
        });
        const numbers = spec.orders.map((o, i) =>
          order(h, String(1001 + i), o.lines, { priority: o.priority, policy: o.policy, orderDate: `2026-11-0${o.day}` }),
        );
        run(h, ...numbers);
        h.call('settings:update', { autoRelease: false });
        for (const [sku, bin, qty] of spec.arrivals) receive(h, sku, bin, qty);

        const listed = h.call('backorders:list', { limit: 1000 }).rows;
        if (listed.length === 0) return;
        const review = h.call('backorders:review', { backorders: listed.map((r) => r.number) });
        const sum = (lines: { allocatable: number }[]) => lines.reduce((n, l) => n + l.allocatable, 0);
        const says = review.map((r) => `${r.backorder} ${r.verdict === 'blocked' ? 0 : sum(r.lines)}`);
        expect(listed.map((r) => `${r.number} ${r.fillableNow}`)).toEqual(says);
        const fulfillable = h.call('backorders:list', { filter: 'fulfillable', limit: 1000 }).rows.map((r) => r.number);
        expect(fulfillable).toEqual(review.filter((r) => r.verdict !== 'blocked').map((r) => r.backorder));

        // Submit allocates exactly that much: what was outstanding less what stays on the backorders.
        const before = new Map(listed.map((r) => [r.number, r]));
        const outcomes = h.call('backorders:release', { backorders: listed.map((r) => r.number) }).outcomes;
        for (const o of outcomes) {
          const row = before.get(o.backorder)!;
          const allocated = o.outcome === 'released' ? row.outstanding : o.outcome === 'split' ? row.outstanding - o.remaining.reduce((n, r) => n + r.qty, 0) : 0;
          expect(`${o.backorder} ${allocated}`).toBe(`${o.backorder} ${row.fillableNow}`);
        }
        expectConsistent(h);
      }),
      { numRuns: 60 },
    );
  });
});
