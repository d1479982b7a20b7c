// Issue 9, items 3 and 8: quantities that cannot overflow, and refusals a clerk can read with
// consistent codes. Every refusal here is proved to change nothing (refusedUnchanged).
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, doc, expectConsistent, items, order, receive, refusedUnchanged, run, stockOf } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', 'NUT-8', 'KIT-X');
  bins(h, 'A-01', 'A-02');
});

const status = (number: string) => h.call('orders:get', { order: number }).status;

describe('kit lines cannot expand past what a line may hold', () => {
  beforeEach(() => {
    h.call('items:setKit', { kit: 'KIT-X', components: [{ sku: 'NUT-8', qty: 2_000 }, { sku: 'BRG-1', qty: 1 }] });
  });

  it('refuses an order whose kit line needs more of a component than a line may hold, naming the line and the component', () => {
    const error = refusedUnchanged(h, 'orders:create', {
      customer: 'Birch',
      orderDate: '2026-11-20',
      lines: [{ sku: 'TR-GR', qty: 1 }, { sku: 'KIT-X', qty: 2_000_000 }],
    });
    expect(error).toMatchObject({
      code: 'invalid',
      field: 'lines.1.qty',
      message: 'line 2: 2,000,000 × KIT-X needs 4,000,000,000 of NUT-8, more than the 1,000,000,000 a line may hold',
    });
  });

  it('refuses the same when the kit line is added to a Draft order', () => {
    order(h, '1040', [['TR-GR', 1]]);
    expect(refusedUnchanged(h, 'orders:addLine', { order: '1040', line: { sku: 'KIT-X', qty: 1_000_000 } })).toMatchObject({
      code: 'invalid',
      field: 'line.qty',
      message: 'the line: 1,000,000 × KIT-X needs 2,000,000,000 of NUT-8, more than the 1,000,000,000 a line may hold',
    });
  });

  it('accepts a kit line right at the cap', () => {
    order(h, '1040', [['KIT-X', 500_000]]);
    expect(h.call('orders:get', { order: '1040' }).billOfMaterial.map((l) => [l.sku, l.accounting.ordered])).toEqual([
      ['NUT-8', 1_000_000_000],
      ['BRG-1', 500_000],
    ]);
  });

  it('refuses an order that would have more than 2,000 lines once its kits are expanded', () => {
    h.call('items:setKit', {
      kit: 'KIT-X',
      components: Array.from({ length: 200 }, (_, i) => {
        const sku = `C-${i}`;
        items(h, sku);
        return { sku, qty: 1 };
      }),
    });
    const before = h.call('orders:list', {}).total;
    expect(
      refusedUnchanged(h, 'orders:create', { customer: 'Birch', orderDate: '2026-11-20', lines: Array.from({ length: 11 }, () => ({ sku: 'KIT-X', qty: 1 })) }),
    ).toMatchObject({
      code: 'invalid',
      field: 'lines',
      message: 'these lines would give the order 2,200 lines (each kit component is a line), more than the 2,000 an order may have',
    });
    expect(h.call('orders:list', {}).total).toBe(before);
  });
});

describe('codes say whether the input broke a rule or the state does not allow it', () => {
  beforeEach(() => {
    receive(h, 'TR-GR', 'A-01', 6);
    order(h, '1040', [['TR-GR', 10], ['BRG-1', 2]]);
    receive(h, 'BRG-1', 'A-01', 2);
    run(h, '1040'); // 1040.001: 6 TR-GR, 2 BRG-1; backorder 1040.002: 4 TR-GR
  });

  it('over-pick, over-fill and a count below zero are refused (the state), a malformed number is invalid (the input)', () => {
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 7 }] }).code).toBe('refused');
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 5 }] }).code).toBe('refused');
    expect(refusedUnchanged(h, 'inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'delta', qty: -7, reason: 'count' }).code).toBe('refused');
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 1.5 }] })).toMatchObject({
      code: 'invalid',
      message: 'line 1: picked must be a whole number',
    });
  });

  it('a fill refused for want of free stock says when stock is there but only frozen', () => {
    h.call('settings:update', { autoRelease: false });
    receive(h, 'TR-GR', 'A-02', 5);
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-02', from: 'available', to: 'frozen', qty: 5, reason: 'recall hold' });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 3 }] })).toMatchObject({
      code: 'refused',
      field: 'lines.0.filled',
      message: 'line 1: only 0 of TR-GR are free (5 more are only frozen); 3 cannot be filled',
    });
  });

  it('refuses a request that names the same sku twice on one document, whatever its case', () => {
    expect(
      refusedUnchanged(h, 'picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 1 }, { sku: 'tr-gr', picked: 2 }] }),
    ).toEqual({
      code: 'invalid',
      field: 'lines.1.sku',
      message: 'line 2: sku names tr-gr a second time (also on line 1): put it on one line',
      issues: [{ field: 'lines.1.sku', message: 'line 2: sku names tr-gr a second time (also on line 1): put it on one line' }],
    });
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 1 }, { sku: 'TR-GR', all: true }] })).toMatchObject({
      code: 'invalid',
      field: 'lines.1.sku',
    });
  });

  it('names the kind of document that was not found', () => {
    expect(refusedUnchanged(h, 'backorders:cancel', { backorder: '1040.009' })).toMatchObject({
      code: 'not_found',
      field: 'backorder',
      message: 'backorder 1040.009 was not found',
    });
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.009' })).toMatchObject({ code: 'not_found', message: 'pick 1040.009 was not found' });
  });

  it("cancelling a backorder through the pick action points to the backorder's own cancel", () => {
    expect(refusedUnchanged(h, 'picks:cancel', { pick: '1040.002' })).toMatchObject({
      code: 'refused',
      field: 'pick',
      message: "1040.002 is a backorder, not a pick: cancel it with the backorder's own Cancel",
    });
  });

  it('over-fill is refused for what the backorder still needs even when free stock would cover it', () => {
    h.call('settings:update', { autoRelease: false });
    receive(h, 'TR-GR', 'A-02', 20);
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 5 }] })).toEqual({
      code: 'refused',
      field: 'lines.0.filled',
      message: 'line 1: 5 is more than the 4 of TR-GR outstanding on backorder 1040.002',
    });
  });

  it('a release that finds only frozen stock says so, and a fill of all of it says how much is frozen', () => {
    h.call('settings:update', { autoRelease: false });
    receive(h, 'TR-GR', 'A-02', 20);
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-02', from: 'available', to: 'frozen', qty: 20, reason: 'recall hold' });
    expect(h.call('backorders:release', { backorders: ['1040.002'] }).outcomes).toEqual([
      { backorder: '1040.002', order: '1040', outcome: 'skipped', reason: 'only frozen stock of TR-GR' },
    ]);
    expect(refusedUnchanged(h, 'backorders:fill', { backorder: '1040.002', complete: true })).toMatchObject({
      code: 'refused',
      message: 'only 0 of TR-GR are free (20 more are only frozen); 4 cannot be filled',
    });
  });

  it('completing a backorder through the pick action says to fill or release it first', () => {
    expect(refusedUnchanged(h, 'picks:complete', { pick: '1040.002' })).toMatchObject({
      code: 'refused',
      field: 'pick',
      message: '1040.002 is a backorder, not a pick: fill or release it first',
    });
  });

  it('a run naming neither orders nor all says to name orders or choose all', () => {
    expect(refusedUnchanged(h, 'fulfillment:run', {} as never)).toMatchObject({ code: 'invalid', message: 'input must name the orders to run, or choose all' });
    expect(refusedUnchanged(h, 'fulfillment:run', { all: false } as never)).toMatchObject({
      code: 'invalid',
      field: 'all',
      message: 'all must be true: name the orders to run, or choose all',
    });
  });

  it('an unknown sku on one line of many says which line, as the clerk counts them', () => {
    expect(refusedUnchanged(h, 'inventory:receive', { reference: 'R', lines: [{ sku: 'BRG-1', qty: 1 }, { sku: 'NOPE', qty: 1 }] } as never)).toMatchObject({
      code: 'not_found',
      field: 'lines.1.sku',
      message: 'line 2: Item NOPE was not found',
    });
  });
});

describe('a pick that pulled nothing, and how an order ends', () => {
  beforeEach(() => {
    h.call('settings:update', { autoRelease: false }); // the second order's stock must not release the first's backorder
    receive(h, 'TR-GR', 'A-01', 6);
    order(h, '1040', [['TR-GR', 10]]);
    run(h, '1040'); // 1040.001: 6; backorder 1040.002: 4
  });

  it('a pick completed with nothing picked is Cancelled, its quantity goes back to the backorder, and no stock leaves', () => {
    const result = h.call('picks:complete', { pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 0 }] });

    expect(result.picked).toEqual([]);
    expect(doc(h, '1040.001').status).toBe('Cancelled');
    expect(doc(h, '1040.002')).toMatchObject({ status: 'Back Order', lines: [{ sku: 'TR-GR', qty: 10 }] });
    expect(stockOf(h, 'TR-GR')).toMatchObject({ onHand: 6, allocated: 0 });
    expect(status('1040')).toBe('Open');
    expectConsistent(h);
  });

  it('cancelling the last backorder or the order after part was picked both end the order Completed', () => {
    order(h, '1041', [['TR-GR', 10]]);
    receive(h, 'TR-GR', 'A-02', 6);
    run(h, '1041'); // 1041.001: 6; backorder 1041.002: 4
    h.call('picks:complete', { pick: '1040.001' });
    h.call('picks:complete', { pick: '1041.001' });

    h.call('backorders:cancel', { backorder: '1040.002' });
    h.call('orders:cancel', { order: '1041' });

    expect([status('1040'), status('1041')]).toEqual(['Completed', 'Completed']);
    expectConsistent(h);
  });

  it('cancelling the last backorder or the order when nothing was picked both end the order Cancelled', () => {
    order(h, '1041', [['TR-GR', 10]]);
    receive(h, 'TR-GR', 'A-02', 6);
    run(h, '1041');
    h.call('picks:cancel', { pick: '1040.001' });
    h.call('picks:cancel', { pick: '1041.001' });

    h.call('backorders:cancel', { backorder: '1040.002' });
    h.call('orders:cancel', { order: '1041' });

    expect([status('1040'), status('1041')]).toEqual(['Cancelled', 'Cancelled']);
    expectConsistent(h);
  });
});
