import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FulfillmentResultsPage, FulfillmentSummary, OrderFulfillment } from '../../../shared/domain/fulfillment';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { ResultsScreen } from './ResultsScreen';

// The second article's run over three orders: one filled, one part backordered, one refused.
const results: FulfillmentSummary = {
  run: 7,
  ordersReported: 3,
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
  // As main sends them: errors first.
  alerts: [
    { level: 'error', reason: 'only_frozen', order: '1060', sku: 'SKU-9', qty: 3, message: 'SKU-9: only frozen stock' },
    { level: 'warning', reason: 'backordered', order: '1040', sku: 'TR-GR', qty: 4, backorder: '1040.002', message: '4 × TR-GR backordered on 1040.002' },
  ],
  totals: {
    orders: 3,
    linesAllocated: 3,
    unitsAllocated: 106,
    unitsBackordered: 4,
    backorders: 1,
    linesFull: 2,
    linesPartial: 1,
    linesNone: 1,
    picks: 2,
    alerts: 2,
  },
  alertCounts: { byLevel: { error: 1, warning: 1, info: 0 }, byReason: { only_frozen: 1, backordered: 1 } },
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
    expect(figure('orders run')).toBe('3');
    expect(figure('lines fully covered')).toBe('2');
    expect(figure('lines partly covered')).toBe('1');
    expect(figure('lines not covered')).toBe('1');
    expect(figure('units allocated')).toBe('106');
    expect(figure('units backordered')).toBe('4');
    expect(figure('picks')).toBe('2');
    expect(figure('backorders created')).toBe('1');
    expect(figure('alerts')).toBe('2');
    // A run that fits on one page has nothing to page.
    expect(screen.queryByRole('navigation', { name: 'Pages of orders' })).not.toBeInTheDocument();
  });

  it('shows a row per order with what was allocated, its documents and its outcome', () => {
    renderRun();
    const part = screen.getByRole('row', { name: /^1040/ });
    expect(within(part).getByRole('link', { name: '1040' })).toHaveAttribute('href', '#orders/1040');
    expect(part).toHaveTextContent('TR-GR 6 · BOLT-8 50');
    expect(within(part).getByRole('link', { name: '1040.001' })).toHaveAttribute('href', '#docs/1040.001');
    expect(within(part).getByRole('link', { name: '1040.002' })).toHaveAttribute('href', '#docs/1040.002');
    expect(within(part).getByText('Part backordered')).toBeInTheDocument();
    expect(part).toHaveTextContent('1 warning');

    expect(within(screen.getByRole('row', { name: /^1030/ })).getByText('Allocated')).toBeInTheDocument();
    const none = screen.getByRole('row', { name: /^1060/ });
    expect(none).toHaveTextContent('nothing allocated');
    expect(within(none).getByText('Nothing allocated')).toBeInTheDocument();
  });

  it('lists the alerts, each with its word and a link to the backorder it names', () => {
    renderRun();
    const alerts = screen.getByRole('region', { name: 'Alerts' });
    expect(alerts).toHaveTextContent('1 error · 1 warning');
    expect(alerts).toHaveTextContent('1 backordered · 1 only frozen stock');
    const [first, second] = within(alerts).getAllByRole('listitem');
    expect(first).toHaveTextContent('Error');
    expect(first).toHaveTextContent('SKU-9: only frozen stock');
    expect(within(first!).getByRole('link', { name: '1060' })).toHaveAttribute('href', '#orders/1060');
    expect(second).toHaveTextContent('Warning');
    expect(second).toHaveTextContent('4 × TR-GR backordered on 1040.002');
    expect(within(second!).getByRole('link', { name: '1040.002' })).toHaveAttribute('href', '#docs/1040.002');
  });

  describe('a run longer than one page', () => {
    const outcome = (i: number): OrderFulfillment => ({ order: String(5000 + i), allocated: [{ sku: 'BOLT-8', qty: 2 }], picks: [`${5000 + i}.001`], backorder: null, alerts: [] });
    const refused = { level: 'error', reason: 'not_backorderable', order: '5000', sku: 'SKU-9', qty: 3, message: 'SKU-9 is not backorderable (3 needed, 0 free): nothing allocated' } as const;
    const long: FulfillmentSummary = {
      ...results,
      run: 12,
      ordersReported: 450,
      orders: Array.from({ length: 200 }, (_, i) => outcome(i)),
      // 300 alerts in the run, the first 200 in the answer.
      alerts: Array.from({ length: 200 }, () => refused),
      alertCounts: { byLevel: { error: 300, warning: 0, info: 0 }, byReason: { not_backorderable: 300 } },
      totals: { ...results.totals, orders: 450, alerts: 300 },
    };
    const pageOf = ({ offset }: { offset?: number }): FulfillmentResultsPage => {
      const from = offset ?? 0;
      const rows = Array.from({ length: Math.min(200, 450 - from) }, (_, i) => outcome(from + i));
      return { run: 12, at: '2026-11-02T14:05:00.000Z', rows, total: 450, offset: from };
    };

    function renderLong() {
      const api = fakeApi({ 'fulfillment:results': pageOf });
      const view = renderWindow(<ResultsScreen />, api);
      act(() => view.store.setState({ lastRun: { asked: ['all'], at: '2026-11-02T14:05:00.000Z', results: long } }));
      return { ...view, api };
    }

    it('shows the first page from the answer and says how many more orders there are', () => {
      const { api } = renderLong();
      const pager = screen.getByRole('navigation', { name: 'Pages of orders' });
      expect(pager).toHaveTextContent('Orders 1–200 of 450 · and 250 more orders');
      expect(screen.getByRole('row', { name: /^5000/ })).toBeInTheDocument();
      expect(within(pager).getByRole('button', { name: 'Previous page' })).toBeDisabled();
      // The first page came with the run: nothing was asked of main for it.
      expect(api.calls).toEqual([]);
    });

    it('pages through the rest from the stored run, and back', async () => {
      const { api } = renderLong();
      const pager = screen.getByRole('navigation', { name: 'Pages of orders' });
      fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
      await waitFor(() => expect(pager).toHaveTextContent('Orders 201–400 of 450 · and 50 more orders'));
      expect(screen.getByRole('row', { name: /^5200/ })).toBeInTheDocument();
      expect(screen.queryByRole('row', { name: /^5000/ })).not.toBeInTheDocument();
      expect(api.calls).toEqual([{ channel: 'fulfillment:results', input: { run: 12, offset: 200, limit: 200 } }]);

      fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
      await waitFor(() => expect(pager).toHaveTextContent('Orders 401–450 of 450'));
      expect(pager).not.toHaveTextContent('more');
      expect(within(pager).getByRole('button', { name: 'Next page' })).toBeDisabled();

      fireEvent.click(within(pager).getByRole('button', { name: 'Previous page' }));
      await waitFor(() => expect(pager).toHaveTextContent('Orders 201–400 of 450'));
      fireEvent.click(within(pager).getByRole('button', { name: 'Previous page' }));
      await waitFor(() => expect(pager).toHaveTextContent('Orders 1–200 of 450'));
      expect(screen.getByRole('row', { name: /^5000/ })).toBeInTheDocument();
    });

    it('counts every alert and says that only the first are listed', () => {
      renderLong();
      const alerts = screen.getByRole('region', { name: 'Alerts' });
      expect(alerts).toHaveTextContent('300 errors · 0 warnings');
      expect(alerts).toHaveTextContent('300 not backorderable');
      expect(within(alerts).getAllByRole('listitem')).toHaveLength(200);
      expect(alerts).toHaveTextContent('Showing the first 200 of 300 alerts, errors first.');
    });
  });
});
