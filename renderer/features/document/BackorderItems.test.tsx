import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DocDetail, FillInput, FillResult } from '../../../shared/domain/fulfillment';
import { invalid, refused } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { activeCommands } from '../../app/commands';
import { ReleaseHost } from '../release/ReleaseHost';
import { DocumentScreen } from './DocumentScreen';
import { docLine, document, orderOf } from './test-data';

// Backorder 1040.002: 4 TR-GR outstanding with 2 free now; 30 BOLT-8 outstanding, all free.
const backorder = () =>
  document({
    lines: [
      docLine({ freeNow: 2 }),
      docLine({ lineNo: 2, sku: 'BOLT-8', description: 'Bolt M8 x 40', qty: 30, freeNow: 30 }),
    ],
  });

/** A desk whose fill answers as `fill` says, then shows the documents as the fill left them. */
function desk(fill: (input: FillInput, docs: Map<string, DocDetail>) => FillResult) {
  const docs = new Map([['1040.002', backorder()]]);
  const api = fakeApi({
    'documents:get': ({ document: number }) => docs.get(number)!,
    'orders:get': () => orderOf('1040', { 1: 10, 2: 30 }),
    'backorders:fill': (input) => fill(input, docs),
    'backorders:review': () => [],
  });
  renderWindow(
    <>
      <DocumentScreen params={{ doc: '1040.002' }} />
      <ReleaseHost />
    </>,
    api,
  );
  const sent = () => api.calls.filter((c) => c.channel === 'backorders:fill').map((c) => c.input);
  return { api, docs, sent };
}

const filled = (sku: string) => screen.getByRole('textbox', { name: `Filled ${sku}` });
const all = (sku: string) => screen.getByRole('checkbox', { name: `All ${sku}` });
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe("a backorder's items: Filled, All and Complete", () => {
  it('shows per line what was ordered, what is outstanding and what is free now, with an All box and a Filled field', async () => {
    desk(() => {
      throw new Error('nothing is filled here');
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    expect(screen.getByText('Unshippable backorder')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Lines' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['SKU', 'Description', 'Ordered', 'Outstanding', 'Free now', 'All', 'Filled']);
    await waitFor(() => expect(cells(within(table).getAllByRole('row')[1]!)).toEqual(['TR-GR', 'Trim, grey 2m', '10', '4', '2', '', '']));
    expect(filled('TR-GR')).toHaveValue('');
    expect(all('BOLT-8')).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Fill' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Complete' })).toBeEnabled();
  });

  it('sends a number typed in Filled as part of that line, and then links the pick it split off into', async () => {
    const user = userEvent.setup();
    const { sent } = desk((input, docs) => {
      docs.set('1040.002', document({ lines: [docLine({ qty: 2, freeNow: 0 }), backorder().lines[1]!] }));
      return { backorder: input.backorder, pick: '1040.003', inPlace: false, filled: [{ sku: 'TR-GR', qty: 2 }], remaining: [{ sku: 'TR-GR', qty: 2 }, { sku: 'BOLT-8', qty: 30 }] };
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.type(filled('TR-GR'), '2');
    await user.click(screen.getByRole('button', { name: 'Fill' }));

    expect(sent()).toEqual([{ backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 2 }] }]);
    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent('Filled 2 × TR-GR onto pick 1040.003, split off from this backorder and ready to ship. Still on 1040.002: 2 × TR-GR, 30 × BOLT-8.');
    expect(within(outcome).getByRole('link', { name: '1040.003' })).toHaveAttribute('href', '#docs/1040.003');
    // The backorder keeps the rest, and the form starts again from nothing.
    await waitFor(() => expect(cells(screen.getAllByRole('row')[1]!)[3]).toBe('2'));
    expect(filled('TR-GR')).toHaveValue('');
  });

  it('sends All as the whole line (the field shows it, read-only) together with a Filled number on another line; Enter in a field fills', async () => {
    const user = userEvent.setup();
    const { sent } = desk((input) => ({ backorder: input.backorder, pick: '1040.003', inPlace: false, filled: [], remaining: [] }));
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.click(all('TR-GR'));
    expect(filled('TR-GR')).toHaveValue('4');
    expect(filled('TR-GR')).toHaveAttribute('readonly');
    await user.type(filled('BOLT-8'), '12{Enter}');
    expect(sent()).toEqual([{ backorder: '1040.002', lines: [{ sku: 'TR-GR', all: true }, { sku: 'BOLT-8', filled: 12 }] }]);
  });

  it('sends Complete as every line in full; the page then says the backorder is now a pick, with the same number', async () => {
    const user = userEvent.setup();
    const { sent, docs } = desk((input) => {
      docs.set('1040.002', document({ status: 'Open', shipCode: 'Ready to ship', lines: [docLine({ bins: [{ bin: 'A-01', qty: 4 }] })] }));
      return { backorder: input.backorder, pick: '1040.002', inPlace: true, filled: [{ sku: 'TR-GR', qty: 4 }, { sku: 'BOLT-8', qty: 30 }], remaining: [] };
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.type(filled('BOLT-8'), '5'); // Complete ignores what was typed: it fills every line.
    await user.click(screen.getByRole('button', { name: 'Complete' }));

    expect(sent()).toEqual([{ backorder: '1040.002', complete: true }]);
    expect(await screen.findByRole('status')).toHaveTextContent('1040.002 is now a pick, ready to ship: filled 4 × TR-GR, 30 × BOLT-8.');
    expect(await screen.findByRole('heading', { name: 'Pick 1040.002' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Picked TR-GR' })).toHaveValue('4');
  });

  it('shows a refusal on the line it names, in the engine’s words, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { sent } = desk((input) => {
      if ('lines' in input && input.lines.some((l) => 'filled' in l && l.sku === 'BOLT-8' && l.filled > 30)) {
        throw invalid('lines.1.filled', '31 is more than the 30 of BOLT-8 outstanding on 1040.002');
      }
      throw refused('only 2 of TR-GR are free; 3 cannot be filled', 'lines.0.filled');
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.type(filled('TR-GR'), '3');
    await user.click(screen.getByRole('button', { name: 'Fill' }));

    await waitFor(() => expect(filled('TR-GR')).toHaveAttribute('aria-invalid', 'true'));
    expect(filled('TR-GR')).toHaveAccessibleDescription('only 2 of TR-GR are free; 3 cannot be filled');
    expect(filled('TR-GR')).toHaveValue('3');
    expect(filled('BOLT-8')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByRole('heading', { name: 'Backorder 1040.002' })).toBeInTheDocument();

    // The line is named by its place in the request; the engine's path is not shown to the clerk.
    await user.type(filled('BOLT-8'), '31');
    await user.click(screen.getByRole('button', { name: 'Fill' }));
    await waitFor(() => expect(filled('BOLT-8')).toHaveAccessibleDescription('31 is more than the 30 of BOLT-8 outstanding on 1040.002'));
    expect(filled('TR-GR')).toHaveAttribute('aria-invalid', 'false');
    expect(filled('TR-GR')).toHaveValue('3');
    expect(sent()).toEqual([
      { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 3 }] },
      { backorder: '1040.002', lines: [{ sku: 'TR-GR', filled: 3 }, { sku: 'BOLT-8', filled: 31 }] },
    ]);
  });

  it('shows a refusal of Complete beside the buttons, since it names the whole backorder', async () => {
    const user = userEvent.setup();
    desk(() => {
      throw refused('only 2 of TR-GR are free; 4 cannot be filled', 'backorder');
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.click(screen.getByRole('button', { name: 'Complete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('only 2 of TR-GR are free; 4 cannot be filled');
  });

  it('sends nothing while nothing is ticked or typed, or a Filled is not a whole number, and says why', async () => {
    const user = userEvent.setup();
    const { sent } = desk(() => {
      throw new Error('must not be sent');
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.click(screen.getByRole('button', { name: 'Fill' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tick All or type a Filled quantity on a line first');

    await user.type(filled('TR-GR'), '1.5');
    await user.click(screen.getByRole('button', { name: 'Fill' }));
    expect(filled('TR-GR')).toHaveAccessibleDescription('Filled must be a whole number');
    expect(sent()).toEqual([]);
  });

  it('starts Release Back Order for this backorder, and offers Fill, Complete and Release Back Order to the palette', async () => {
    const user = userEvent.setup();
    const { api } = desk(() => {
      throw new Error('not filled here');
    });
    await screen.findByRole('heading', { name: 'Backorder 1040.002' });
    await user.click(screen.getByRole('button', { name: 'Release Back Order' }));
    expect(await screen.findByRole('dialog', { name: 'Release Back Order' })).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'backorders:review')?.input).toEqual({ backorders: ['1040.002'] });
    // The palette's names are the buttons' names.
    expect(activeCommands().map((c) => c.name)).toEqual(expect.arrayContaining(['Fill', 'Complete', 'Release Back Order', 'Cancel backorder']));
  });
});
