import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { backorderSheet, pickSheet } from '../../../test/helpers/sheets';
import { PrintView } from './PrintView';

const sheets = [pickSheet(), backorderSheet()];
const printed = vi.fn();

beforeEach(() => {
  window.location.replace('#orders/1040');
  window.location.replace('#print/letter/1040.001,1040.002');
  window.print = printed;
});
afterEach(() => printed.mockReset());

const params = { paper: 'letter', documents: '1040.001,1040.002' };

describe('the print view in browser mode', () => {
  it('shows the sheets as they print, and records them as printed only when the clerk says they came out', async () => {
    const api = fakeApi({
      'print:sheets': () => sheets,
      'print:done': ({ documents }) => ({ printed: documents.map((d) => ({ number: d.number, status: 'Printed' as const, printCount: 1 })) }),
    });
    renderWindow(<PrintView params={params} />, api);
    expect(await screen.findByRole('article', { name: 'Pick sheet 1040.001' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Backorder sheet 1040.002' })).toBeInTheDocument();
    expect(document.querySelector('[data-print-ready]')).toHaveClass('sheets--letter');

    await userEvent.click(screen.getByRole('button', { name: /^Print…/ }));
    expect(printed).toHaveBeenCalledTimes(1);
    const ask = screen.getByRole('group', { name: 'Did the sheets print?' });
    expect(api.calls.map((c) => c.channel)).not.toContain('print:done');
    await userEvent.click(screen.getByRole('button', { name: 'Yes, record as printed' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.channel === 'print:done')?.input).toEqual({
        documents: [
          { number: '1040.001', version: 'pick:1:1:6,2:2:50' },
          { number: '1040.002', version: 'backorder:1::4' },
        ],
      }),
    );
    await waitFor(() => expect(ask).not.toBeInTheDocument());
  });

  it('records nothing when the sheets did not print', async () => {
    const api = fakeApi({ 'print:sheets': () => sheets });
    renderWindow(<PrintView params={params} />, api);
    await screen.findByRole('article', { name: 'Pick sheet 1040.001' });
    await userEvent.keyboard('{Control>}p{/Control}');
    expect(printed).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'No, not printed' }));
    expect(screen.queryByRole('group', { name: 'Did the sheets print?' })).toBeNull();
    expect(api.calls.map((c) => c.channel)).toEqual(['print:sheets']);
  });

  it('prints at once when it comes from the print dialog, and drops that from the address', async () => {
    renderWindow(<PrintView params={{ ...params, start: 'now' }} />, fakeApi({ 'print:sheets': () => sheets }));
    await waitFor(() => expect(printed).toHaveBeenCalledTimes(1));
    expect(window.location.hash).toBe('#print/letter/1040.001%2C1040.002');
    expect(screen.getByRole('group', { name: 'Did the sheets print?' })).toBeInTheDocument();
  });
});
