import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import type { DocDetail } from '../../../shared/domain/fulfillment';
import { summariseReceipt, type ReceiptAnswer, type ReleasedBackorder } from '../../../shared/domain/inventory';
import { DomainError, notFound } from '../../../shared/errors';
import { fakeApi, type FakeHandlers } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { activeCommands } from '../../app/commands';
import { StockButtons } from './StockButtons';

type Receipt = Input<'inventory:receive'>;

/** What a receipt of TR-GR does with auto-release on: 1040.002 goes whole, 1052.002 is split. */
const released = (input: Receipt, autoRelease = true, more: ReleasedBackorder[] = []): ReceiptAnswer =>
  summariseReceipt(
    {
      reference: input.reference ?? '',
      lines: input.lines.map((l) => ({ sku: l.sku.toUpperCase(), bin: l.bin?.toUpperCase() ?? 'A-01', qty: l.qty })),
      released: autoRelease
        ? [
            { backorder: '1040.002', order: '1040', outcome: 'released', pick: '1040.002' },
            { backorder: '1052.002', order: '1052', outcome: 'split', pick: '1052.003', remaining: [{ sku: 'TR-GR', qty: 2 }] },
            ...more,
          ]
        : [],
      unitsReleased: autoRelease ? 3 + more.length : 0,
      autoRelease,
    },
    2,
  );

const customerOf: Record<string, string> = { '1040.002': 'Acme Tools', '1052.002': 'Birch & Co' };

function renderReceive(handlers: FakeHandlers = {}) {
  const api = fakeApi({
    'items:list': () => ({ rows: [], total: 0, offset: 0 }),
    'bins:list': () => [{ id: 1, code: 'A-01', sequence: null, items: 1 }],
    'documents:get': ({ document }) => ({ number: document, customer: customerOf[document] ?? '?' }) as DocDetail,
    'inventory:previewReceipt': (input) => released(input),
    ...handlers,
  });
  renderWindow(<StockButtons />, api);
  return { api };
}

describe('the Receive dialog', () => {
  it('is a command of the screen, with Adjust and Change Status, so the . palette finds it', () => {
    renderReceive();
    expect(activeCommands().map((c) => c.name)).toEqual(expect.arrayContaining(['Receive', 'Adjust', 'Change Status']));
  });

  it('shows before posting which backorders the receipt will release to whom, asked again as the fields settle', async () => {
    const user = userEvent.setup();
    const { api } = renderReceive();
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Receive' });
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(preview).toHaveTextContent('Type a sku and a quantity');

    await user.type(within(dialog).getByLabelText('SKU'), 'TR-GR');
    await user.type(within(dialog).getByLabelText('Qty'), '5');
    const table = await within(preview).findByRole('table', { name: 'Will release' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /1040\.002/ })).toHaveTextContent('Acme Tools'));
    expect(within(table).getByRole('row', { name: /1052\.002/ })).toHaveTextContent('split pick 1052.003; 2 × TR-GR stay on the backorder');
    expect(preview).toHaveTextContent('Posts 5 × TR-GR into A-01');

    // Asked once the typing settled, not once per keystroke; a new bin asks again.
    const asked = () => api.calls.filter((c) => c.channel === 'inventory:previewReceipt').map((c) => c.input);
    expect(asked()).toEqual([{ reference: '', lines: [{ sku: 'TR-GR', qty: 5 }] }]);
    await user.type(within(dialog).getByLabelText('Bin'), 'b-02');
    await waitFor(() => expect(asked().at(-1)).toEqual({ reference: '', lines: [{ sku: 'TR-GR', qty: 5, bin: 'b-02' }] }));
  });

  it('says so when auto-release is off: the preview releases nothing', async () => {
    const user = userEvent.setup();
    renderReceive({ 'inventory:previewReceipt': (input) => released(input, false) });
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Receive' });
    await user.type(within(dialog).getByLabelText('SKU'), 'TR-GR');
    await user.type(within(dialog).getByLabelText('Qty'), '5');
    expect(await within(dialog).findByText(/Auto-release on receipt is off/)).toHaveTextContent('it releases nothing');
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a refusal on its field in the engine’s words, keeps what was typed, and posts once corrected', async () => {
    const user = userEvent.setup();
    const receipts: Receipt[] = [];
    const { api } = renderReceive({
      'inventory:receive': (input) => {
        receipts.push(input);
        if (input.lines[0]!.bin === 'Z-99') throw notFound('Bin Z-99', 'lines.0.bin');
        if (input.lines[0]!.qty <= 0) {
          throw new DomainError('invalid', 'line 1: qty must be a whole number above 0', 'lines.0.qty', [
            { field: 'lines.0.qty', message: 'line 1: qty must be a whole number above 0' },
          ]);
        }
        return released(input);
      },
    });
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Receive' });
    const sku = within(dialog).getByLabelText('SKU');
    const qty = within(dialog).getByLabelText('Qty');
    const bin = within(dialog).getByLabelText('Bin');

    // Not a whole number: refused here, as the engine words it, and nothing is sent.
    await user.type(sku, 'TR-GR');
    await user.type(qty, 'five');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(qty).toHaveAccessibleDescription('qty must be a whole number above 0');
    expect(receipts).toEqual([]);

    await user.clear(qty);
    await user.type(qty, '0');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(qty).toHaveAccessibleDescription('qty must be a whole number above 0'));
    expect(receipts).toHaveLength(1);

    await user.clear(qty);
    await user.type(qty, '5');
    await user.type(bin, 'Z-99');
    await user.type(within(dialog).getByLabelText('Reference'), 'PO-4471');
    await user.click(within(dialog).getByRole('button', { name: 'Receive' }));
    await waitFor(() => expect(bin).toHaveAccessibleDescription('Bin Z-99 was not found'));
    expect(bin).toHaveAttribute('aria-invalid', 'true');
    // The keyboard goes to the refused field.
    expect(bin).toHaveFocus();
    // What the clerk typed is still there.
    expect(sku).toHaveValue('TR-GR');
    expect(qty).toHaveValue('5');
    expect(within(dialog).getByLabelText('Reference')).toHaveValue('PO-4471');

    await user.clear(bin);
    expect(bin).toHaveAttribute('aria-invalid', 'false');
    await user.type(bin, 'A-01');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const done = await screen.findByRole('dialog', { name: 'Received' });
    expect(done).toHaveTextContent('Posted 5 × TR-GR into A-01 (PO-4471).');
    const table = within(done).getByRole('table', { name: 'Released' });
    expect(within(table).getByRole('link', { name: '1052.003' })).toHaveAttribute('href', '#docs/1052.003');
    expect(receipts.at(-1)).toEqual({ reference: 'PO-4471', lines: [{ sku: 'TR-GR', qty: 5, bin: 'A-01' }] });
    expect(api.calls.some((c) => c.channel === 'inventory:receive')).toBe(true);

    await user.click(within(done).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('lists the first backorders a large receipt releases and sends the clerk to Picks for the rest', async () => {
    const user = userEvent.setup();
    const others = ['1060', '1061', '1062'].map((order): ReleasedBackorder => ({ backorder: `${order}.001`, order, outcome: 'released', pick: `${order}.001` }));
    renderReceive({
      'inventory:previewReceipt': (input) => released(input, true, others),
      'inventory:receive': (input) => released(input, true, others),
    });
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Receive' });
    await user.type(within(dialog).getByLabelText('SKU'), 'TR-GR');
    await user.type(within(dialog).getByLabelText('Qty'), '6');
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByRole('note')).toHaveTextContent(
      'and 3 more will be released. In all 5 backorders (4 in full, 1 in part), 6 units onto 5 picks.',
    );
    expect(within(within(preview).getByRole('table', { name: 'Will release' })).getAllByRole('row')).toHaveLength(3);

    await user.keyboard('{Control>}{Enter}{/Control}');
    const done = await screen.findByRole('dialog', { name: 'Received' });
    expect(within(done).getByRole('note')).toHaveTextContent('and 3 more released: see Picks. In all 5 backorders');
    expect(within(done).getByRole('link', { name: 'Picks' })).toHaveAttribute('href', '#inventory/picks');
    expect(within(done).queryByRole('row', { name: /1060\.001/ })).not.toBeInTheDocument();
  });
});
