import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, docView, expectConsistent, items, order, receive, run } from '../helpers/scenario';

// A receipt's auto-release reads only the backorders waiting for what it received, and stops trying
// them once no item on them has free stock left (issue 11): these pin down that it still releases
// everything a clerk expects it to, and leaves alone what it must not touch.

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', 'HX-5');
  bins(h, 'A-01', 'A-02');
});

describe('auto-release after a receipt', () => {
  it('releases in precedence order until the received stock runs out, and leaves the later backorders as they were', () => {
    for (const number of ['1001', '1002', '1003']) order(h, number, [['TR-GR', 4]]);
    run(h, '1001', '1002', '1003');

    const result = receive(h, 'TR-GR', 'A-01', 6);
    expect(result.released).toEqual([
      { backorder: '1001.001', order: '1001', outcome: 'released', pick: '1001.001' },
      { backorder: '1002.001', order: '1002', outcome: 'split', pick: '1002.002', remaining: [{ sku: 'TR-GR', qty: 2 }] },
    ]);
    expect(docView(h, '1003.001')).toMatchObject({ status: 'Back Order', lines: [{ sku: 'TR-GR', qty: 4 }] });
    expectConsistent(h);
  });

  it('still releases a later backorder in part when another of its items has free stock', () => {
    order(h, '1001', [['TR-GR', 4]]);
    order(h, '1002', [['TR-GR', 4], ['HX-5', 2]]);
    run(h, '1001', '1002');
    // HX-5 arrives by an adjustment, which releases nothing; the TR-GR receipt covers only 1001.
    h.call('inventory:adjust', { sku: 'HX-5', bin: 'A-02', mode: 'delta', qty: 2, reason: 'found in count' });

    const result = receive(h, 'TR-GR', 'A-01', 4);
    expect(result.released).toEqual([
      { backorder: '1001.001', order: '1001', outcome: 'released', pick: '1001.001' },
      { backorder: '1002.001', order: '1002', outcome: 'split', pick: '1002.002', remaining: [{ sku: 'TR-GR', qty: 4 }] },
    ]);
    expect(docView(h, '1002.002')).toMatchObject({ status: 'Open', lines: [{ sku: 'HX-5', qty: 2 }] });
    expectConsistent(h);
  });

  it('leaves backorders waiting only for other items untouched', () => {
    order(h, '1001', [['BRG-1', 3]]);
    order(h, '1002', [['TR-GR', 3]]);
    run(h, '1001', '1002');

    expect(receive(h, 'TR-GR', 'A-01', 3).released).toEqual([{ backorder: '1002.001', order: '1002', outcome: 'released', pick: '1002.001' }]);
    expect(docView(h, '1001.001')).toMatchObject({ status: 'Back Order', lines: [{ sku: 'BRG-1', qty: 3 }] });
    expectConsistent(h);
  });
});
