import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test/helpers/fake-api';
import { renderWindow } from '../../test/helpers/render-window';
import { WorkProgress } from './WorkProgress';

describe('the progress of long work', () => {
  it('shows how far this window’s run has got, and goes when the run is over', () => {
    const api = fakeApi({});
    renderWindow(<WorkProgress />, api);
    expect(screen.queryByRole('progressbar')).toBeNull();

    act(() => api.emit('work:progress', { channel: 'fulfillment:run', what: 'orders', done: 4000, total: 20000 }));
    expect(screen.getByText('Running fulfillment: 4,000 of 20,000 orders')).toBeVisible();
    const bar = screen.getByRole('progressbar', { name: 'Running fulfillment' });
    expect(bar).toHaveAttribute('aria-valuenow', '4000');
    expect(bar).toHaveAttribute('aria-valuemax', '20000');

    act(() => api.emit('work:progress', { channel: 'fulfillment:run', what: 'orders', done: 12000, total: 20000 }));
    expect(screen.getByText('Running fulfillment: 12,000 of 20,000 orders')).toBeVisible();
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);

    act(() => api.emit('work:progress', { channel: 'fulfillment:run', what: 'orders', done: 20000, total: 20000 }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('names an import by its rows', () => {
    const api = fakeApi({});
    renderWindow(<WorkProgress />, api);
    act(() => api.emit('work:progress', { channel: 'import:run', what: 'rows', done: 1000, total: 60000 }));
    expect(screen.getByRole('progressbar', { name: 'Importing' })).toBeVisible();
    expect(screen.getByText('Importing: 1,000 of 60,000 rows')).toBeVisible();
  });

  it('names a large receipt by the backorders it is releasing', () => {
    const api = fakeApi({});
    renderWindow(<WorkProgress />, api);
    act(() => api.emit('work:progress', { channel: 'inventory:receive', what: 'backorders', done: 40, total: 300 }));
    expect(screen.getByText('Releasing what the receipt covers: 40 of 300 backorders')).toBeVisible();
  });
});
