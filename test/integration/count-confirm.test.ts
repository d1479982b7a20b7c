// Issue 9, item 8: a cycle count that finds what the bin was expected to hold is an event worth
// keeping. It is posted to the ledger as an adjustment of 0 with the clerk's reason, and changes no
// balance, no allocation and nothing a pick holds.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, doc, expectConsistent, items, order, receive, refusedUnchanged, run, stockOf } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1');
  bins(h, 'A-01', 'A-02');
  receive(h, 'TR-GR', 'A-01', 12);
});

const ledgerOf = (sku: string) => h.call('inventory:ledger', { sku }).rows.map((e) => `${e.kind} ${e.bin} ${e.status} ${e.qty} (${e.reason}) by ${e.user}`);

describe('a count that confirms what the bin holds', () => {
  it('is recorded in the ledger as a count of 0 with its reason, and changes no balance', () => {
    const stockBefore = stockOf(h, 'TR-GR');
    expect(h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 12, reason: 'cycle count, aisle A' })).toEqual({
      sku: 'TR-GR',
      bin: 'A-01',
      status: 'available',
      before: 12,
      after: 12,
      givenBack: [],
    });
    expect(ledgerOf('TR-GR')).toEqual(['adjustment A-01 available 0 (cycle count, aisle A) by test-clerk', 'receipt A-01 available 12 (receipt PO-4471) by test-clerk']);
    expect(stockOf(h, 'TR-GR')).toEqual(stockBefore);
    expectConsistent(h);
  });

  it('leaves what picks reserved in the bin untouched', () => {
    order(h, '1040', [['TR-GR', 5]]);
    run(h, '1040');
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 12, reason: 'count' });
    expect(doc(h, '1040.001')).toMatchObject({ status: 'Open', lines: [{ sku: 'TR-GR', qty: 5 }] });
    expect(stockOf(h, 'TR-GR')).toMatchObject({ available: 12, allocated: 5, free: 7 });
    expectConsistent(h);
  });

  it('is kept for any status, and for a bin that held the item and is empty now', () => {
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', from: 'available', to: 'frozen', qty: 12, reason: 'recall hold' });
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 12, status: 'frozen', reason: 'hold counted' });
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 0, reason: 'none left on the shelf' });
    expect(ledgerOf('TR-GR').slice(0, 2)).toEqual([
      'adjustment A-01 available 0 (none left on the shelf) by test-clerk',
      'adjustment A-01 frozen 0 (hold counted) by test-clerk',
    ]);
    expect(stockOf(h, 'TR-GR')).toMatchObject({ onHand: 12, available: 0, frozen: 12 });
    expectConsistent(h);
  });

  it('is refused, changing nothing, where the item has never been: a count of 0 there confirms nothing', () => {
    expect(refusedUnchanged(h, 'inventory:adjust', { sku: 'BRG-1', bin: 'A-02', mode: 'set', qty: 0, reason: 'count' })).toEqual({
      code: 'refused',
      field: 'qty',
      message: 'A-02 has never held BRG-1: a count of 0 there confirms nothing, so nothing was recorded',
    });
  });

  it('a count that differs is still an ordinary adjustment by the difference', () => {
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 11, reason: 'count' });
    expect(ledgerOf('TR-GR')[0]).toBe('adjustment A-01 available -1 (count) by test-clerk');
    expectConsistent(h);
  });
});
