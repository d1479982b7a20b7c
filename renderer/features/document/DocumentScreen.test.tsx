import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocDetail } from '../../../shared/domain/fulfillment';
import { notFound } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { DocumentScreen } from './DocumentScreen';
import { documentScreen } from './screen';
import { docLine, document } from './test-data';

const line = docLine;
const doc = document;

const docs: Record<string, DocDetail> = {
  '1040.003': doc({ number: '1040.003', status: 'Open', shipCode: 'Ready to ship', splitFrom: '1040.002', lines: [line({ qty: 2, bins: [{ bin: 'A-01', qty: 2 }] })],
    printCount: 2, printedAt: '2026-11-03T09:30:00.000Z' }),
  '1040.005': doc({
    number: '1040.005', status: 'Completed', shipCode: 'Picked',
    lines: [line({ qty: 4, short: 2 }), line({ lineNo: 2, sku: 'BOLT-8', description: 'Bolt M8 x 40', qty: 50 })],
  }),
};

const api = () =>
  fakeApi({
    'documents:get': ({ document }) => {
      const found = docs[document];
      if (!found) throw notFound(`document ${document}`, 'document');
      return found;
    },
  });

/** A row's cells' text. */
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the document page', () => {
  it('shows a pick’s header: ship code, its order, how often it was printed, and the backorder it was split from', async () => {
    renderWindow(<DocumentScreen params={{ doc: '1040.003' }} />, api());
    await screen.findByRole('heading', { name: 'Pick 1040.003' });
    expect(screen.getByText('Ready to ship')).toBeInTheDocument();
    expect(screen.getByText('Printed').nextElementSibling).toHaveTextContent(/^2× · last 2026-11-03 \d\d:30$/);
    expect(screen.getByRole('link', { name: '1040' })).toHaveAttribute('href', '#orders/1040');
    expect(screen.getByRole('link', { name: '1040.002' })).toHaveAttribute('href', '#docs/1040.002');
  });

  it('shows a completed pick read-only, says so, and shows what was short', async () => {
    renderWindow(<DocumentScreen params={{ doc: '1040.005' }} />, api());
    await screen.findByRole('heading', { name: 'Pick 1040.005' });
    expect(screen.getByText(/This pick is completed/)).toHaveTextContent('Nothing here can change any more.');
    const table = screen.getByRole('table', { name: 'Lines' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['SKU', 'Description', 'Picked', 'Short']);
    expect(cells(within(table).getAllByRole('row')[1]!)).toEqual(['TR-GR', 'Trim, grey 2m', '4', '2']);
    // Nothing to fill, pick or cancel (a sheet can still be printed).
    expect(screen.queryByRole('button', { name: /Complete|Fill|Cancel|Release/ })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the refusal for a number that is no document', async () => {
    renderWindow(<DocumentScreen params={{ doc: '1040.009' }} />, api());
    expect(await screen.findByRole('alert')).toHaveTextContent('document 1040.009 was not found');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('sits under its order in the breadcrumb', () => {
    expect(documentScreen.crumbs?.({ doc: '1040.002' })).toEqual([
      { label: 'Orders', path: 'orders' },
      { label: '1040', path: 'orders/1040/attachments' },
      { label: '1040.002' },
    ]);
  });
});
