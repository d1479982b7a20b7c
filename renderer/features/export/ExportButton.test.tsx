import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrderSummary } from '../../../shared/domain/orders';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { QuickActions } from '../palette/QuickActions';
import { ExportButton } from './ExportButton';

const order = (i: number): OrderSummary => ({
  number: String(1000 + i),
  customer: i === 0 ? 'Acme, "Tools"' : `Customer ${i}`,
  orderDate: '2026-01-02',
  priority: 'normal',
  policy: 'complete',
  status: 'Open',
  lines: 2,
  unitsShort: i % 3,
  createdAt: 'x',
});
const ALL = Array.from({ length: 1500 }, (_, i) => order(i));

/** The text of every file the window handed to the browser as a download. */
function downloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:export';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { texts: () => Promise.all(blobs.map((b) => b.text())), names };
}

afterEach(() => vi.restoreAllMocks());

describe('Export CSV', () => {
  it('reads every page of the list with its filters, not just the loaded ones, and downloads it as CSV', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'orders:list': ({ offset = 0, limit = 200 }) => ({ rows: ALL.slice(offset, offset + limit), total: ALL.length, offset }) });
    const file = downloads();
    const { store } = renderWindow(<ExportButton noun="orders" request={{ list: 'orders', input: { query: 'acme', status: 'Open' } }} />, api);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(file.names).toHaveLength(1));
    expect(file.names[0]).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(api.calls.map((c) => c.input)).toEqual([
      { query: 'acme', status: 'Open', offset: 0, limit: 1000 },
      { query: 'acme', status: 'Open', offset: 1000, limit: 1000 },
    ]);
    const [text] = await file.texts();
    const lines = text!.trimEnd().split('\n');
    expect(lines).toHaveLength(1501);
    expect(lines[0]).toBe('Order,Customer,Date,Priority,Policy,Status,Lines,Units short');
    expect(lines[1]).toBe('1000,"Acme, ""Tools""",2026-01-02,normal,ship complete,Open,2,0');
    expect(store.getState().toasts.map((t) => t.text)).toEqual([`Exported 1,500 orders to ${file.names[0]}`]);
  });

  it('is in the palette as Export CSV', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'orders:list': () => ({ rows: [order(1)], total: 1, offset: 0 }) });
    const file = downloads();
    renderWindow(
      <>
        <ExportButton noun="orders" request={{ list: 'orders', input: { query: '' } }} />
        <QuickActions />
      </>,
      api,
    );
    await user.keyboard('.');
    await user.type(await screen.findByPlaceholderText(/Type an action/), 'Export CSV');
    await user.click(screen.getByRole('option', { name: 'Export CSV' }));
    await waitFor(() => expect(file.names).toHaveLength(1));
  });
});
