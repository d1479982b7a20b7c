import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseConfirmation, ReleaseReview } from '../../../shared/domain/fulfillment';
import { refused } from '../../../shared/errors';
import { fakeApi, type FakeHandlers } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { orderOf } from '../document/test-data';
import { ReleaseHost } from './ReleaseHost';
import { NO_BACKORDERS } from './slice';

// The second article's three backorders: one ready, one partial, one blocked.
const REVIEW: ReleaseReview[] = [
  { backorder: '1040.001', order: '1040', customer: 'Acme Tools', verdict: 'ready', reason: null, lines: [{ sku: 'TR-GR', outstanding: 4, allocatable: 4 }] },
  {
    backorder: '1052.002', order: '1052', customer: 'Birch & Co', verdict: 'partial', reason: 'only part can be allocated now; 3 × TR-GR would stay on 1052.002',
    lines: [{ sku: 'TR-GR', outstanding: 5, allocatable: 2 }],
  },
  { backorder: '1060.001', order: '1060', customer: 'Cole Ltd', verdict: 'blocked', reason: 'only frozen stock of BOLT-8', lines: [{ sku: 'BOLT-8', outstanding: 30, allocatable: 0 }] },
];
const CONFIRMATION: ReleaseConfirmation = {
  outcomes: [
    { backorder: '1040.001', order: '1040', outcome: 'released', pick: '1040.001' },
    { backorder: '1052.002', order: '1052', outcome: 'split', pick: '1052.003', remaining: [{ sku: 'TR-GR', qty: 3 }] },
  ],
};

function desk(handlers: FakeHandlers = {}) {
  const api = fakeApi({
    'backorders:review': () => REVIEW,
    'backorders:release': () => CONFIRMATION,
    ...handlers,
  });
  const window = renderWindow(<ReleaseHost />, api);
  const open = (backorders = ['1060.001', '1040.001', '1052.002']) => act(() => window.store.getState().openRelease(backorders));
  const sent = () => api.calls.filter((c) => !['backorders:review', 'orders:get'].includes(c.channel));
  return { api, store: window.store, open, sent };
}

const rowOf = (table: HTMLElement, number: string) => within(table).getByRole('row', { name: new RegExp(number.replace('.', '\\.')) });

afterEach(() => {
  window.location.hash = '';
});

describe('Release Back Order', () => {
  it('Review (changes nothing) › Submit (the ready and partial ones) › Confirmation (what became of each) › OK', async () => {
    const user = userEvent.setup();
    const { api, store, open, sent } = desk();
    open();
    const dialog = await screen.findByRole('dialog', { name: 'Release Back Order' });
    expect(within(within(dialog).getByRole('list', { name: 'Steps' })).getAllByRole('listitem').map((s) => s.textContent)).toEqual(['① Review', '② Submit', '③ Confirmation']);
    expect(within(dialog).getByText('① Review')).toHaveAttribute('aria-current', 'step');

    const review = await within(dialog).findByRole('table', { name: 'Review' });
    expect(api.calls.find((c) => c.channel === 'backorders:review')?.input).toEqual({ backorders: ['1060.001', '1040.001', '1052.002'] });
    await waitFor(() => expect(rowOf(review, '1052.002')).toHaveTextContent('Birch & Co'));
    expect(rowOf(review, '1040.001')).toHaveTextContent(/^➜ ready1040\.0011040Acme ToolsTR-GR 4 of 4$/);
    expect(rowOf(review, '1052.002')).toHaveTextContent('⚠ partial1052.0021052Birch & CoTR-GR 2 of 5: 2 split off, 3 stay on backorder');
    expect(rowOf(review, '1060.001')).toHaveTextContent('✖ blocked1060.0011060Cole Ltdonly frozen stock of BOLT-8BOLT-8 0 of 30');
    expect(dialog).toHaveTextContent('3 backorders: 1 ready, 1 partial, 1 blocked.');
    expect(sent()).toEqual([]);

    const submit = within(dialog).getByRole('button', { name: 'Submit' });
    await waitFor(() => expect(submit).toHaveFocus());
    await user.click(submit);
    expect(sent()).toEqual([{ channel: 'backorders:release', input: { backorders: ['1040.001', '1052.002'] } }]);

    const confirmation = await within(dialog).findByRole('table', { name: 'Confirmation' });
    expect(within(dialog).getByText('③ Confirmation')).toHaveAttribute('aria-current', 'step');
    expect(rowOf(confirmation, '1040.001')).toHaveTextContent('➜ released1040.0011040Acme Tools1040.001 is now a pick, ready to ship');
    expect(within(rowOf(confirmation, '1040.001')).getByRole('link', { name: '1040.001' })).toHaveAttribute('href', '#docs/1040.001');
    expect(rowOf(confirmation, '1052.002')).toHaveTextContent('⚠ split1052.0021052Birch & Copick 1052.003 split off, ready to ship; 3 × TR-GR stay on 1052.002');
    expect(within(rowOf(confirmation, '1052.002')).getByRole('link', { name: '1052.003' })).toHaveAttribute('href', '#docs/1052.003');
    expect(rowOf(confirmation, '1060.001')).toHaveTextContent('✖ skipped1060.0011060Cole Ltdonly frozen stock of BOLT-8');

    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().release).toBeNull();
    expect(sent()).toHaveLength(1);
  });

  it('Cancel and Esc leave everything as it was: nothing is sent but the Review', async () => {
    const user = userEvent.setup();
    const { open, sent, store } = desk();
    open();
    const dialog = await screen.findByRole('dialog', { name: 'Release Back Order' });
    await within(dialog).findByRole('table', { name: 'Review' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    open();
    await screen.findByRole('table', { name: 'Review' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().release).toBeNull();
    expect(sent()).toEqual([]);
  });

  it('submits from the keyboard: Enter on the focused Submit, Ctrl+Enter from anywhere; Enter then closes with OK', async () => {
    const user = userEvent.setup();
    const { open, sent } = desk();
    open();
    await screen.findByRole('table', { name: 'Review' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Submit' })).toHaveFocus());
    // Ctrl+Enter submits even from Cancel.
    act(() => screen.getByRole('button', { name: 'Cancel' }).focus());
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('table', { name: 'Confirmation' });
    expect(sent()).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'OK' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('cannot Submit when nothing is ready or partial, and says so', async () => {
    const { open } = desk({ 'backorders:review': () => [REVIEW[2]!] });
    open(['1060.001']);
    await screen.findByRole('table', { name: 'Review' });
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
    expect(screen.getByText('Nothing here can be released now.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
  });

  it('keeps the Review when Submit is refused, with the refusal in the engine’s words', async () => {
    const user = userEvent.setup();
    const { open } = desk({
      'backorders:release': () => {
        throw refused('1040.001 is already released', 'backorders.0');
      },
    });
    open();
    await screen.findByRole('table', { name: 'Review' });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1040.001 is already released');
    expect(screen.getByRole('table', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByText('① Review')).toHaveAttribute('aria-current', 'step');
  });

  it("opens for the selected orders' backorders, or says there are none", async () => {
    const orders = {
      '1040': orderOf('1040', {}, [
        { number: '1040.001', status: 'Open', shipCode: 'Ready to ship', lines: 1, qty: 4, createdAt: '', printedAt: null, printCount: 0, stale: false },
        { number: '1040.002', status: 'Back Order', shipCode: 'Unshippable backorder', lines: 1, qty: 2, createdAt: '', printedAt: null, printCount: 0, stale: false },
      ]),
      '1041': orderOf('1041', {}, []),
    };
    const { store } = desk({ 'orders:get': ({ order }) => orders[order as keyof typeof orders] });
    await act(() => store.getState().openReleaseForOrders(['1041']));
    expect(store.getState().release).toBeNull();
    expect(store.getState().toasts.map((t) => t.text)).toEqual([NO_BACKORDERS]);

    await act(() => store.getState().openReleaseForOrders(['1040', '1041']));
    expect(store.getState().release?.backorders).toEqual(['1040.002']);
    expect(await screen.findByRole('dialog', { name: 'Release Back Order' })).toBeInTheDocument();
  });
});
