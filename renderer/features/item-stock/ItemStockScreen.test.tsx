import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../shared/domain/inventory';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { ItemStockScreen } from './ItemStockScreen';
import { withConfirmedCounts } from './ledger-rows';

const entry = (id: number, kind: LedgerEntry['kind'], bin: string, qty: number, reason: string, status: LedgerEntry['status'] = 'available'): LedgerEntry => ({
  id,
  at: '2026-11-24T09:00:00.000Z',
  user: 'ann',
  kind,
  sku: 'TR-GR',
  bin,
  status,
  qty,
  reason,
  document: null,
});

// Newest first, as the ledger answers: A-01 got 12, a count confirmed them, then 2 went to damaged.
const LEDGER = [
  entry(4, 'status change', 'A-01', 2, 'crushed', 'damaged'),
  entry(3, 'status change', 'A-01', -2, 'crushed'),
  entry(2, 'adjustment', 'A-01', 0, 'cycle count'),
  entry(1, 'receipt', 'A-01', 12, 'receipt PO-1'),
];
const BINS = [{ bin: 'A-01', sequence: null, available: 10, frozen: 0, damaged: 2, quarantine: 0, allocated: 0, free: 10 }];

describe('the ledger of an item', () => {
  it('shows a count that confirmed its bin as "count confirmed" with the quantity it found', async () => {
    renderWindow(
      <ItemStockScreen params={{ sku: 'TR-GR' }} />,
      fakeApi({
        'inventory:itemStock': () => ({ sku: 'TR-GR', bins: BINS, total: { onHand: 12, available: 10, frozen: 0, damaged: 2, quarantine: 0, allocated: 0, free: 10 } }),
        'inventory:list': () => ({ rows: [], total: 0, offset: 0 }),
        'inventory:ledger': () => ({ rows: LEDGER, total: LEDGER.length, offset: 0 }),
      }),
    );
    const count = await screen.findByLabelText('Count confirmed 12');
    expect(count).toHaveTextContent('= 12');
    const row = count.closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('count confirmed')).toBeInTheDocument();
    expect(within(row).getByText('cycle count')).toBeInTheDocument();
    // The other entries keep their signed quantities.
    expect(screen.getByText('+12')).toBeInTheDocument();
    expect(screen.getByText('−2')).toBeInTheDocument();
  });

  it('works each count back from the balance of its own bin and status, however many came after it', () => {
    const rows = [
      entry(8, 'adjustment', 'A-01', 0, 'second count'),
      entry(7, 'adjustment', 'A-01', -1, 'count'),
      entry(6, 'adjustment', 'A-02', 0, 'other bin'),
      entry(5, 'adjustment', 'A-01', 0, 'frozen count', 'frozen'),
      ...LEDGER.slice(1),
    ];
    const bins = [
      { ...BINS[0]!, available: 9, frozen: 3 },
      { bin: 'A-02', sequence: null, available: 4, frozen: 0, damaged: 0, quarantine: 0, allocated: 0, free: 4 },
    ];
    // 9 now, 10 before the -1, 12 before the 2 moved to damaged: the first count found 12.
    expect(withConfirmedCounts(rows, bins).map((r) => r.confirmed)).toEqual([9, undefined, 4, 3, undefined, 12, undefined]);
    // Until the bins are read, a count is shown without its quantity.
    expect(withConfirmedCounts(rows, undefined).map((r) => r.confirmed)).toEqual(rows.map(() => undefined));
  });
});
