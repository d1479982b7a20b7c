import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CompletePickInput, CompletePickResult, DocDetail } from '../../../shared/domain/fulfillment';
import { invalid } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { DocumentScreen } from './DocumentScreen';
import { docLine, document } from './test-data';

// Pick 1040.001: 6 TR-GR reserved in two bins, 50 BOLT-8 in one.
const pick = () =>
  document({
    number: '1040.001', status: 'Printed', shipCode: 'Ready to ship',
    lines: [
      docLine({ qty: 6, bins: [{ bin: 'A-01', qty: 4 }, { bin: 'B-02', qty: 2 }] }),
      docLine({ lineNo: 2, sku: 'BOLT-8', description: 'Bolt M8 x 40', qty: 50, bins: [{ bin: 'C-03', qty: 50 }] }),
    ],
  });

function desk(complete: (input: CompletePickInput, docs: Map<string, DocDetail>) => CompletePickResult) {
  const docs = new Map([['1040.001', pick()]]);
  const api = fakeApi({
    'documents:get': ({ document: number }) => docs.get(number)!,
    'picks:complete': (input) => complete(input, docs),
    'picks:cancel': () => {
      const cancelled = document({ ...pick(), status: 'Cancelled', shipCode: 'Cancelled', lines: pick().lines.map((l) => ({ ...l, qty: 0, cancelled: l.qty, bins: [] })) });
      docs.set('1040.001', cancelled);
      return cancelled;
    },
  });
  renderWindow(<DocumentScreen params={{ doc: '1040.001' }} />, api);
  const sent = (channel: string) => api.calls.filter((c) => c.channel === channel).map((c) => c.input);
  return { sent, docs };
}

const picked = (sku: string) => screen.getByRole('textbox', { name: `Picked ${sku}` });
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe("a pick's items: Picked and Complete pick", () => {
  it('lists bin(s), sku and qty per line with Picked prefilled with all of it; Complete pick as it stands names no line', async () => {
    const user = userEvent.setup();
    const { sent } = desk((input) => ({ pick: input.pick, picked: [{ sku: 'TR-GR', qty: 6 }, { sku: 'BOLT-8', qty: 50 }], short: [], orderStatus: 'Completed' }));
    await screen.findByRole('heading', { name: 'Pick 1040.001' });
    const table = screen.getByRole('table', { name: 'Lines' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Bin(s)', 'SKU', 'Description', 'Qty', 'Picked']);
    expect(cells(within(table).getAllByRole('row')[1]!).slice(0, 4)).toEqual(['A-01 4 · B-02 2', 'TR-GR', 'Trim, grey 2m', '6']);
    expect(picked('TR-GR')).toHaveValue('6');
    expect(picked('BOLT-8')).toHaveValue('50');

    await user.click(screen.getByRole('button', { name: 'Complete pick' }));
    expect(sent('picks:complete')).toEqual([{ pick: '1040.001', lines: [] }]);
    expect(await screen.findByRole('status')).toHaveTextContent('1040.001 is completed: picked 6 × TR-GR, 50 × BOLT-8.');
  });

  it('sends a line picked short, then says where its remainder went (a link) and which bins to count', async () => {
    const user = userEvent.setup();
    const { sent } = desk((input, docs) => {
      docs.set('1040.001', document({ ...pick(), status: 'Completed', shipCode: 'Picked', lines: [docLine({ qty: 4, short: 2 }), { ...pick().lines[1]!, bins: [] }] }));
      return { pick: input.pick, picked: [{ sku: 'TR-GR', qty: 4 }, { sku: 'BOLT-8', qty: 50 }], short: [{ sku: 'TR-GR', qty: 2, backorder: '1040.004', countBins: ['B-02'] }], orderStatus: 'Open' };
    });
    await screen.findByRole('heading', { name: 'Pick 1040.001' });
    await user.clear(picked('TR-GR'));
    await user.type(picked('TR-GR'), '4');
    await user.click(screen.getByRole('button', { name: 'Complete pick' }));

    expect(sent('picks:complete')).toEqual([{ pick: '1040.001', lines: [{ sku: 'TR-GR', picked: 4 }] }]);
    const outcome = await screen.findByRole('status');
    const short = within(outcome).getByRole('list', { name: 'Picked short' });
    expect(short).toHaveTextContent('TR-GR: 2 short, back on backorder 1040.004. Count bin B-02: it held less than the stock records say.');
    expect(within(short).getByRole('link', { name: '1040.004' })).toHaveAttribute('href', '#docs/1040.004');
    // Completed: read-only from now on.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Complete pick' })).toBeNull());
    expect(screen.getByText(/This pick is completed/)).toBeInTheDocument();
  });

  it('shows a refusal on its line and keeps what was typed', async () => {
    const user = userEvent.setup();
    desk(() => {
      throw invalid('lines.0.picked', '60 is more than the 50 of BOLT-8 allocated on 1040.001');
    });
    await screen.findByRole('heading', { name: 'Pick 1040.001' });
    await user.clear(picked('BOLT-8'));
    await user.type(picked('BOLT-8'), '60');
    await user.click(screen.getByRole('button', { name: 'Complete pick' }));
    await waitFor(() => expect(picked('BOLT-8')).toHaveAccessibleDescription('60 is more than the 50 of BOLT-8 allocated on 1040.001'));
    expect(picked('BOLT-8')).toHaveValue('60');
    expect(picked('TR-GR')).toHaveAttribute('aria-invalid', 'false');
  });

  it('Cancel asks first: Keep sends nothing, Cancel pick cancels it', async () => {
    const user = userEvent.setup();
    const { sent } = desk(() => {
      throw new Error('not completed here');
    });
    await screen.findByRole('heading', { name: 'Pick 1040.001' });
    await user.click(screen.getByRole('button', { name: 'Cancel pick…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel pick 1040.001?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent('picks:cancel')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Cancel pick…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel pick' }));
    expect(sent('picks:cancel')).toEqual([{ pick: '1040.001' }]);
    expect(await screen.findByRole('heading', { name: 'Document 1040.001' })).toBeInTheDocument();
    expect(screen.getByText(/This document is cancelled/)).toBeInTheDocument();
  });
});
