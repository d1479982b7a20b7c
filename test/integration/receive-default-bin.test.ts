// Issue 9, item 8: a receipt line that names no bin goes to the first bin in pick sequence that
// holds the item (README, Receive: "empty: the item's first bin in pick sequence, else RECEIVING").
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, expectConsistent, items, receive } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1');
  // A-01 picks first, then B-05 (explicit sequences), then C-2 and C-10 in natural order.
  bins(h, ['A-01', 1], ['B-05', 2], 'C-10', 'C-2');
});

const receivedInto = (sku: string, qty = 1) => h.call('inventory:receive', { reference: 'PO-9', lines: [{ sku, qty }] }).lines[0]!.bin;
const empty = (sku: string, bin: string) => h.call('inventory:adjust', { sku, bin, mode: 'set', qty: 0, reason: 'moved out' });

describe('a receipt line without a bin', () => {
  it('goes to the first bin in pick sequence that holds the item, skipping a bin earlier in sequence that is empty of it now', () => {
    receive(h, 'TR-GR', 'A-01', 4);
    receive(h, 'TR-GR', 'C-10', 3);
    empty('TR-GR', 'A-01');

    expect(receivedInto('TR-GR', 5)).toBe('C-10');
    expect(h.call('inventory:itemStock', { sku: 'TR-GR' }).bins.map((b) => `${b.bin}:${b.available}`)).toEqual(['A-01:0', 'C-10:8']);
    expectConsistent(h);
  });

  it('follows pick sequence, not the order the bins were stocked in, whatever the status the item is held in', () => {
    receive(h, 'TR-GR', 'C-10', 3);
    receive(h, 'TR-GR', 'C-2', 3);
    expect(receivedInto('TR-GR')).toBe('C-2');
    receive(h, 'TR-GR', 'B-05', 2);
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'B-05', from: 'available', to: 'frozen', qty: 2, reason: 'recall hold' });
    // Frozen stock is still stock in the bin: the item is kept there.
    expect(receivedInto('TR-GR')).toBe('B-05');
  });

  it('goes back to the first bin the item was kept in when every bin it was in is empty of it', () => {
    receive(h, 'TR-GR', 'C-10', 3);
    receive(h, 'TR-GR', 'B-05', 3);
    empty('TR-GR', 'C-10');
    empty('TR-GR', 'B-05');
    expect(receivedInto('TR-GR')).toBe('B-05');
  });

  it('goes to RECEIVING, made when first needed, for an item never in a bin', () => {
    receive(h, 'TR-GR', 'A-01', 4);
    expect(receivedInto('BRG-1', 6)).toBe('RECEIVING');
    expect(h.call('bins:list', {}).map((b) => b.code)).toContain('RECEIVING');
    // Once there, RECEIVING is where it is held, and so where the next receipt goes.
    expect(receivedInto('BRG-1')).toBe('RECEIVING');
    expectConsistent(h);
  });

  it('the receipt preview names the same bin the receipt then uses', () => {
    receive(h, 'TR-GR', 'A-01', 4);
    receive(h, 'TR-GR', 'C-2', 1);
    empty('TR-GR', 'A-01');
    const preview = h.call('inventory:previewReceipt', { lines: [{ sku: 'TR-GR', qty: 2 }] });
    expect(preview.lines).toEqual([{ sku: 'TR-GR', bin: 'C-2', qty: 2 }]);
    expect(receivedInto('TR-GR', 2)).toBe('C-2');
  });
});
