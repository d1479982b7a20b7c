import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/domain/import';
import { DomainError } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { ImportScreen } from './ImportScreen';

const GOOD = 'sku,description\nTR-GR,Trailer grease\nBRG-1,Wheel bearing\n';

const preview = (extra: Partial<ImportPreview> = {}): ImportPreview => ({
  kind: 'items',
  fileName: 'items.csv',
  header: ['sku', 'description'],
  rows: [
    { row: 2, cells: ['TR-GR', 'Trailer grease'] },
    { row: 3, cells: ['BRG-1', 'Wheel bearing'] },
  ],
  totalRows: 2,
  issues: [],
  issueCount: 0,
  plan: '2 items to create',
  ...extra,
});

const file = (text: string, name = 'items.csv') => new File([text], name, { type: 'text/csv' });

describe('the Import screen', () => {
  it('reads the chosen file, shows its first rows and what it will do, and imports it on Import', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'import:preview': (input) => preview({ kind: input.kind }),
      'import:run': () => ({ kind: 'items', fileName: 'items.csv', rows: 2, summary: 'Imported 2 items' }),
    });
    renderWindow(<ImportScreen />, api);
    expect(screen.getByText('No file chosen')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('CSV file to import'), file(GOOD));

    const importButton = await screen.findByRole('button', { name: 'Import 2 rows' });
    expect(importButton).toHaveFocus();
    expect(screen.getByText('2 items to create, from items.csv.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Checked 2 rows: ready to import');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /3 BRG-1 Wheel bearing/ })).toBeInTheDocument();
    expect(api.calls[0]).toEqual({ channel: 'import:preview', input: { kind: 'items', fileName: 'items.csv', text: GOOD } });

    await user.keyboard('{Enter}');
    expect(await screen.findByText('✓ Imported 2 items from items.csv.')).toBeInTheDocument();
    expect(api.calls.at(-1)).toEqual({ channel: 'import:run', input: { kind: 'items', fileName: 'items.csv', text: GOOD } });
    expect(screen.getByRole('link', { name: 'Open Items' })).toHaveAttribute('href', '#items');
  });

  it('lists every problem with its row and column, marks the cells, and offers no import', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'import:preview': () =>
        preview({
          rows: [
            { row: 2, cells: ['TR-GR', '1.5'] },
            { row: 3, cells: ['NOPE', '2'] },
          ],
          header: ['sku', 'qty'],
          issues: [
            { row: 2, column: 'qty', message: 'must be a whole number above 0' },
            { row: 3, column: 'sku', message: 'NOPE is not an item in Stockdesk: import or create it first' },
          ],
          issueCount: 2,
          plan: '',
        }),
    });
    renderWindow(<ImportScreen />, api);
    await user.upload(screen.getByLabelText('CSV file to import'), file('sku,qty\nTR-GR,1.5\nNOPE,2\n', 'stock.csv'));

    const heading = await screen.findByRole('heading', { name: /2 problems in items\.csv: nothing was imported/ });
    expect(heading).toHaveFocus();
    const problems = screen.getByRole('table', { name: 'Problems' });
    expect(within(problems).getByRole('row', { name: '2 qty must be a whole number above 0' })).toBeInTheDocument();
    expect(within(problems).getByRole('row', { name: /3 sku NOPE is not an item/ })).toBeInTheDocument();
    expect(screen.getByText('1.5')).toHaveClass('cell--refused');
    expect(screen.queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument();
    expect(api.calls.map((c) => c.channel)).toEqual(['import:preview']);
  });

  it('checks the same file again as another kind when the kind changes', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'import:preview': (input) => preview({ kind: input.kind }) });
    renderWindow(<ImportScreen />, api);
    await user.upload(screen.getByLabelText('CSV file to import'), file(GOOD));
    await screen.findByRole('button', { name: 'Import 2 rows' });
    await user.selectOptions(screen.getByLabelText('Kind of file'), 'receipts');
    await waitFor(() => expect(api.calls.at(-1)).toEqual({ channel: 'import:preview', input: { kind: 'receipts', fileName: 'items.csv', text: GOOD } }));
    expect(screen.getByText('Columns of receipts files')).toBeInTheDocument();
  });

  it('says why a refused import was refused and offers to check the file again', async () => {
    const user = userEvent.setup();
    let checks = 0;
    const api = fakeApi({
      'import:preview': () => (checks++ === 0 ? preview() : preview({ issues: [{ row: 2, column: 'sku', message: 'TR-GR already exists in Stockdesk' }], issueCount: 1, plan: '' })),
      'import:run': () => {
        throw new DomainError('invalid', 'row 2, column sku: TR-GR already exists in Stockdesk; nothing was imported', 'text');
      },
    });
    renderWindow(<ImportScreen />, api);
    await user.upload(screen.getByLabelText('CSV file to import'), file(GOOD));
    await user.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('row 2, column sku: TR-GR already exists in Stockdesk; nothing was imported');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('heading', { name: /1 problem in items\.csv/ })).toBeInTheDocument();
  });

  it('refuses a file too big for one request before reading it, pointing to the command line', async () => {
    const user = userEvent.setup();
    const api = fakeApi({});
    renderWindow(<ImportScreen />, api);
    const big = file('x');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('CSV file to import'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'items.csv is 20.0 MB; the Import screen takes files up to 12.0 MB (the file travels in one request, and a request may be at most 16 MB). Import it with the command line instead: npm run cli -- import <kind> items.csv',
    );
    expect(api.calls).toEqual([]);
  });
});
