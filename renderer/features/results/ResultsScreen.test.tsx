import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FulfillmentResults } from '../../../shared/domain/fulfillment';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { ResultsScreen } from './ResultsScreen';

// The second article's run over three orders: one filled, one part backordered, one refused.
const results: FulfillmentResults = {
  orders: [
    { order: '1030', allocated: [{ sku: 'BOLT-8', qty: 50 }], picks: ['1030.001'], backorder: null, alerts: [] },
    {
      order: '1040',
      allocated: [
        { sku: 'TR-GR', qty: 6 },
        { sku: 'BOLT-8', qty: 50 },
      ],
      picks: ['1040.001'],
      backorder: '1040.002',
      alerts: [{ level: 'warning', reason: 'backordered', order: '1040', sku: 'TR-GR', qty: 4, backorder: '1040.002', message: '4 × TR-GR backordered on 1040.002' }],
    },
    {
      order: '1060',
      allocated: [],
      picks: [],
      backorder: null,
      alerts: [{ level: 'error', reason: 'only_frozen', order: '1060', sku: 'SKU-9', qty: 3, message: 'SKU-9: only frozen stock' }],
    },
  ],
  alerts: [
    { level: 'warning', reason: 'backordered', order: '1040', sku: 'TR-GR', qty: 4, backorder: '1040.002', message: '4 × TR-GR backordered on 1040.002' },
    { level: 'error', reason: 'only_frozen', order: '1060', sku: 'SKU-9', qty: 3, message: 'SKU-9: only frozen stock' },
  ],
  totals: { orders: 3, linesAllocated: 3, unitsAllocated: 106, unitsBackordered: 4, backorders: 1 },
};

function renderRun() {
  const view = renderWindow(<ResultsScreen />, fakeApi({}));
  act(() => view.store.setState({ lastRun: { asked: ['1060', '1040', '1030'], at: '2026-11-02T14:05:00.000Z', results } }));
  return view;
}

/** The figure shown with a total's words. */
const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the Fulfillment Results screen', () => {
  it('says there is no run yet and what to do', () => {
    renderWindow(<ResultsScreen />, fakeApi({}));
    expect(screen.getByRole('heading', { name: 'No run yet' })).toBeInTheDocument();
    expect(screen.getByText(/Select orders in the Orders list and choose Actions › Run Fulfillment/)).toBeInTheDocument();
  });

  it('shows the totals of the run', () => {
    renderRun();
    expect(screen.getByRole('heading', { name: 'Fulfillment Results' })).toBeInTheDocument();
    expect(screen.getByText(/Run at/)).toHaveTextContent('3 orders asked');
    expect(figure('orders')).toBe('3');
    expect(figure('lines allocated')).toBe('3');
    expect(figure('units allocated')).toBe('106');
    expect(figure('units backordered')).toBe('4');
    expect(figure('backorders created')).toBe('1');
  });

  it('shows a row per order with what was allocated, its documents and its outcome', () => {
    renderRun();
    const part = screen.getByRole('row', { name: /^1040/ });
    expect(within(part).getByRole('link', { name: '1040' })).toHaveAttribute('href', '#orders/1040');
    expect(part).toHaveTextContent('TR-GR 6 · BOLT-8 50');
    expect(within(part).getByRole('link', { name: '1040.001' })).toHaveAttribute('href', '#docs/1040.001');
    expect(within(part).getByRole('link', { name: '1040.002' })).toHaveAttribute('href', '#docs/1040.002');
    expect(within(part).getByText('Part backordered')).toBeInTheDocument();

    expect(within(screen.getByRole('row', { name: /^1030/ })).getByText('Allocated')).toBeInTheDocument();
    const none = screen.getByRole('row', { name: /^1060/ });
    expect(none).toHaveTextContent('nothing allocated');
    expect(within(none).getByText('Nothing allocated')).toBeInTheDocument();
  });

  it('lists the alerts, errors first, each with its word and a link to the backorder it names', () => {
    renderRun();
    const alerts = screen.getByRole('region', { name: 'Alerts' });
    expect(alerts).toHaveTextContent('1 error · 1 warning');
    const [first, second] = within(alerts).getAllByRole('listitem');
    expect(first).toHaveTextContent('Error');
    expect(first).toHaveTextContent('SKU-9: only frozen stock');
    expect(within(first!).getByRole('link', { name: '1060' })).toHaveAttribute('href', '#orders/1060');
    expect(second).toHaveTextContent('Warning');
    expect(second).toHaveTextContent('4 × TR-GR backordered on 1040.002');
    expect(within(second!).getByRole('link', { name: '1040.002' })).toHaveAttribute('href', '#docs/1040.002');
  });
});
