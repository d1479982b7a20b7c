import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocDetail, DocLineView } from '../../../shared/domain/fulfillment';
import { notFound } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { DocumentScreen } from './DocumentScreen';
import { documentScreen } from './screen';

const line = (extra: Partial<DocLineView>): DocLineView => ({
  sku: 'TR-GR', description: 'Trim, grey 2m', unit: 'ea', lineNo: 1, qty: 4, cancelled: 0, short: 0, bins: [], freeNow: null, ...extra,
});
const doc = (extra: Partial<DocDetail>): DocDetail => ({
  number: '1040.002', order: '1040', customer: 'Acme Tools', status: 'Back Order', shipCode: 'Unshippable backorder',
  splitFrom: null, createdAt: '2026-11-02T14:05:00.000Z', updatedAt: '2026-11-02T14:05:00.000Z', lines: [], ...extra,
});

const docs: Record<string, DocDetail> = {
  '1040.002': doc({ lines: [line({ freeNow: 2 }), line({ lineNo: 2, sku: 'BOLT-8', description: 'Bolt M8 x 40', qty: 30, freeNow: 0 })] }),
  '1040.001': doc({
    number: '1040.001', status: 'Open', shipCode: 'Ready to ship',
    lines: [line({ qty: 6, bins: [{ bin: 'A-01', qty: 4 }, { bin: 'B-02', qty: 2 }] }), line({ lineNo: 2, sku: 'BOLT-8', qty: 50, bins: [{ bin: 'C-03', qty: 50 }] })],
  }),
  '1040.003': doc({ number: '1040.003', status: 'Open', shipCode: 'Ready to ship', splitFrom: '1040.002', lines: [line({ qty: 2, bins: [{ bin: 'A-01', qty: 2 }] })] }),
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
  it('shows a backorder with its header and, per line, what is outstanding and what is free now', async () => {
    renderWindow(<DocumentScreen params={{ doc: '1040.002' }} />, api());
    expect(await screen.findByRole('heading', { name: 'Backorder 1040.002' })).toBeInTheDocument();
    expect(screen.getByText('Back Order')).toBeInTheDocument();
    expect(screen.getByText('Unshippable backorder')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1040' })).toHaveAttribute('href', '#orders/1040');
    expect(screen.getByText('Acme Tools')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Lines' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['SKU', 'Description', 'Outstanding', 'Free now']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(cells(first!)).toEqual(['TR-GR', 'Trim, grey 2m', '4', '2']);
    expect(cells(second!)).toEqual(['BOLT-8', 'Bolt M8 x 40', '30', '0']);
    // Nothing to act on yet: the page is read-only until fill and complete arrive.
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows a pick with the bins each line is reserved in', async () => {
    renderWindow(<DocumentScreen params={{ doc: '1040.001' }} />, api());
    expect(await screen.findByRole('heading', { name: 'Pick 1040.001' })).toBeInTheDocument();
    expect(screen.getByText('Ready to ship')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Lines' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Bin(s)', 'SKU', 'Description', 'Qty']);
    const [, first, second] = within(table).getAllByRole('row');
    expect(cells(first!)).toEqual(['A-01 4 · B-02 2', 'TR-GR', 'Trim, grey 2m', '6']);
    expect(cells(second!)[0]).toBe('C-03');
  });

  it('links a split pick to the backorder it was split from', async () => {
    renderWindow(<DocumentScreen params={{ doc: '1040.003' }} />, api());
    await screen.findByRole('heading', { name: 'Pick 1040.003' });
    expect(screen.getByRole('link', { name: '1040.002' })).toHaveAttribute('href', '#docs/1040.002');
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
