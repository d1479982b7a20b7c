import { describe, expect, it } from 'vitest';
import { summariseReceipt, type PostedReceipt, type ReleasedBackorder } from './inventory';

const inFull = (order: number): ReleasedBackorder => ({ backorder: `${order}.001`, order: String(order), outcome: 'released', pick: `${order}.001` });
const split = (order: number): ReleasedBackorder => ({
  backorder: `${order}.001`,
  order: String(order),
  outcome: 'split',
  pick: `${order}.002`,
  remaining: [{ sku: 'TR-GR', qty: 1 }],
});

const posted = (released: ReleasedBackorder[], unitsReleased = released.length): PostedReceipt => ({
  reference: 'PO-4471',
  lines: [{ sku: 'TR-GR', bin: 'A-01', qty: unitsReleased }],
  released,
  unitsReleased,
  autoRelease: true,
});

describe('summariseReceipt', () => {
  it('keeps a receipt that releases no more than it lists whole, with its totals', () => {
    const answer = summariseReceipt(posted([inFull(1001), split(1002)], 7), 2);
    expect(answer).toEqual({
      reference: 'PO-4471',
      lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 7 }],
      released: [inFull(1001), split(1002)],
      releasedMore: 0,
      releaseTotals: { inFull: 1, inPart: 1, units: 7, picks: 2 },
      autoRelease: true,
    });
  });

  it('lists the first ones in the order released and counts the rest over the whole receipt', () => {
    const released = [inFull(1001), split(1002), inFull(1003), split(1004), inFull(1005)];
    const answer = summariseReceipt(posted(released, 12), 3);
    expect(answer.released).toEqual(released.slice(0, 3));
    expect(answer.releasedMore).toBe(2);
    expect(answer.releaseTotals).toEqual({ inFull: 3, inPart: 2, units: 12, picks: 5 });
  });

  it('answers a receipt that released nothing with zero totals', () => {
    expect(summariseReceipt(posted([], 0))).toMatchObject({ released: [], releasedMore: 0, releaseTotals: { inFull: 0, inPart: 0, units: 0, picks: 0 } });
  });
});
