import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OrderDetail } from '../../../shared/domain/orders';
import type { PrintOrderResult } from '../../../shared/domain/print';
import { DomainError, fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { backorderSheet, pickSheet } from '../../../test/helpers/sheets';
import { PrintDialog } from './PrintDialog';

const settings = { autoRelease: true, siteName: 'Harbour Road warehouse', paperSize: 'a4' as const };
const fulfillment = { orders: [], alerts: [], totals: { orders: 1, linesAllocated: 1, unitsAllocated: 6, unitsBackordered: 4, backorders: 1 } };
// The order has its pick already; printing will create the backorder.
const order = { number: '1040', attachments: [{ number: '1040.001' }] } as unknown as OrderDetail;
const offer: PrintOrderResult = { fulfillment, sheets: [pickSheet({ printCount: 1, changes: ['TR-GR from A-01-02: 6 → 4'] }), backorderSheet()] };

beforeEach(() => window.location.replace('#orders/1040'));

function open(api: ReturnType<typeof fakeApi>, source: Parameters<typeof PrintDialog>[0]['source'] = { order: '1040' }) {
  return renderWindow(<PrintDialog source={source} open onClose={() => undefined} />, api);
}

describe('the print dialog of an order', () => {
  it('offers the pick sheet and the backorder sheet with a preview, saying which is new and which is a stale reprint', async () => {
    open(fakeApi({ 'print:orderPreview': () => offer, 'orders:get': () => order, 'settings:get': () => settings }));
    const dialog = await screen.findByRole('dialog', { name: 'Print order 1040' });
    const pick = await within(dialog).findByRole('checkbox', { name: /Pick sheet 1040.001/ });
    const backorder = within(dialog).getByRole('checkbox', { name: /Backorder sheet 1040.002/ });
    expect(pick).toBeChecked();
    expect(backorder).toBeChecked();
    expect(backorder.parentElement).toHaveTextContent('New: created when you print');
    expect(pick.parentElement).toHaveTextContent('REPRINT · 2nd print');
    expect(pick.parentElement).toHaveTextContent('Changed since the last print: TR-GR from A-01-02: 6 → 4');
    expect(within(dialog).getByRole('region', { name: 'Preview of 1040.001' })).toContainElement(within(dialog).getByRole('article', { name: 'Pick sheet 1040.001' }));
    // The paper starts at the site's setting.
    expect(within(dialog).getByRole('combobox', { name: 'Paper' })).toHaveValue('a4');
    await userEvent.click(backorder);
    expect(within(dialog).getByRole('region', { name: 'Preview of 1040.002' })).toBeInTheDocument();
  });

  it('creates the documents when the clerk prints, then opens the print view of the chosen sheets (browser mode)', async () => {
    const api = fakeApi({ 'print:orderPreview': () => offer, 'orders:get': () => order, 'settings:get': () => settings, 'orders:print': () => offer });
    open(api);
    const dialog = await screen.findByRole('dialog', { name: 'Print order 1040' });
    await userEvent.click(await within(dialog).findByRole('checkbox', { name: /Pick sheet 1040.001/ }));
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Paper' }), 'letter');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Print…/ }));
    await waitFor(() => expect(window.location.hash).toBe('#print/letter/1040.002/now'));
    expect(api.calls.map((c) => c.channel)).toContain('orders:print');
    expect(api.calls.map((c) => c.channel)).not.toContain('print:done');
  });

  it('prints through the desktop app and says what printed', async () => {
    const api = fakeApi({
      'print:orderPreview': () => offer,
      'orders:get': () => order,
      'settings:get': () => settings,
      'orders:print': () => offer,
      'print:send': () => ({ outcome: 'printed', printed: [{ number: '1040.001', status: 'Printed', printCount: 2 }, { number: '1040.002', status: 'Back Order', printCount: 1 }], pdfPath: null }),
    });
    const view = renderWindow(<PrintDialog source={{ order: '1040' }} open onClose={() => undefined} />, { ...api, mode: 'electron' });
    const dialog = await screen.findByRole('dialog', { name: 'Print order 1040' });
    expect(within(dialog).getByRole('button', { name: 'Save as PDF…' })).toBeInTheDocument();
    await within(dialog).findByRole('checkbox', { name: /Pick sheet 1040.001/ });
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(api.calls.find((c) => c.channel === 'print:send')?.input).toEqual({ documents: ['1040.001', '1040.002'], paper: 'a4', to: 'printer' }));
    await waitFor(() => expect(view.store.getState().toasts.map((t) => t.text)).toContain('Printed 1040.001 and 1040.002'));
  });

  it('shows why an order has nothing to print, and offers no Print', async () => {
    open(
      fakeApi({
        'print:orderPreview': () => {
          throw new DomainError('refused', 'Order 1040 has nothing to print: it has no lines yet', 'order');
        },
        'orders:get': () => order,
        'settings:get': () => settings,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Print order 1040' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Order 1040 has nothing to print: it has no lines yet');
    expect(within(dialog).getByRole('button', { name: /^Print…/ })).toBeDisabled();
  });
});

describe('the print dialog of a document', () => {
  it('refuses a cancelled pick with the engine’s reason', async () => {
    open(
      fakeApi({
        'print:sheets': () => {
          throw new DomainError('refused', '1040.001 is cancelled: there is nothing on it to pull', 'documents.0');
        },
        'settings:get': () => settings,
      }),
      { documents: ['1040.001'] },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Print 1040.001' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('1040.001 is cancelled: there is nothing on it to pull');
    expect(within(dialog).getByRole('button', { name: /^Print…/ })).toBeDisabled();
  });
});
