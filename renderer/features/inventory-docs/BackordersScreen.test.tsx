import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackorderRow } from '../../../shared/domain/fulfillment';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { FulfillableScreen } from './BackordersScreen';

const backorder = (number: string, customer: string, sku: string, outstanding: number, fillableNow: number): BackorderRow => ({
  number,
  order: number.split('.')[0]!,
  customer,
  orderDate: '2026-11-02',
  priority: 'normal',
  status: 'Back Order',
  shipCode: 'Unshippable backorder',
  lines: 1,
  outstanding,
  fillableNow,
  skus: [sku],
  createdAt: '2026-11-02T09:00:00.000Z',
  stale: false,
});

// Two backorders of 3 with 4 free: the first can have 3, the second what is left.
const ROWS = [backorder('1040.002', 'Acme Tools', 'TR-GR', 3, 3), backorder('1052.002', 'Birch & Co', 'TR-GR', 3, 1), backorder('1060.001', 'Cole Ltd', 'BOLT-8', 5, 2)];

function renderFulfillable() {
  const api = fakeApi({
    'backorders:list': ({ query = '' }) => {
      const rows = ROWS.filter((r) => `${r.number} ${r.customer} ${r.skus.join(' ')}`.toLowerCase().includes(query.toLowerCase()));
      return { rows, total: rows.length, offset: 0 };
    },
  });
  return { api, store: renderWindow(<FulfillableScreen />, api).store };
}

afterEach(() => {
  window.location.hash = '';
});

describe('the Fulfillable Backorders view', () => {
  it('shows per backorder what free stock could fill now, after those ahead of it', async () => {
    renderFulfillable();
    expect(await screen.findByText('3 backorders')).toBeInTheDocument();
    const second = screen.getByRole('row', { name: /1052\.002/ });
    const cells = within(second).getAllByRole('gridcell').map((c) => c.textContent);
    // Outstanding 3, fillable now 1.
    expect(cells.slice(-2)).toEqual(['3', '1']);
  });

  it('searches with / as the clerk types, asking main for the matching rows', async () => {
    const user = userEvent.setup();
    const { api } = renderFulfillable();
    await screen.findByText('3 backorders');
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search fulfillable backorders' });
    expect(search).toHaveFocus();
    await user.type(search, 'birch');
    expect(await screen.findByText('1 backorder matching “birch”')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /1040\.002/ })).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.channel === 'backorders:list').at(-1)!.input).toMatchObject({ filter: 'fulfillable', query: 'birch' });
  });

  it('releases the selection with Actions › Release Back Order, in the Release dialog', async () => {
    const user = userEvent.setup();
    const { store } = renderFulfillable();
    await screen.findByText('3 backorders');
    await user.click(screen.getByRole('checkbox', { name: 'Select 1060.001' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select 1040.002' }));
    expect(screen.getByText('3 backorders · 2 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Release Back Order' }));
    await waitFor(() => expect(store.getState().release?.backorders).toEqual(['1060.001', '1040.002']));
  });

  it('offers Release Back Order only with something to release, and opens a backorder with Enter', async () => {
    const user = userEvent.setup();
    renderFulfillable();
    await screen.findByText('3 backorders');
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(await screen.findByRole('menuitem', { name: /Release Back Order/ })).toHaveAttribute('data-disabled');
    await user.keyboard('{Escape}');

    screen.getByRole('grid', { name: 'Fulfillable Backorders' }).focus();
    // Focus puts the keyboard on the first row; one down is the second.
    await user.keyboard('{ArrowDown}{Enter}');
    expect(window.location.hash).toBe('#docs/1052.002');
  });
});
