import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backorderSheet, pickSheet } from '../../test/helpers/sheets';
import { SheetPage } from './SheetPage';

const rows = () => screen.getAllByRole('row').map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));

describe('the pick sheet', () => {
  it('has the site, the pick number as a barcode and as text, the order, customer, dates and the lines with a tick box and a blank', () => {
    render(<SheetPage sheet={pickSheet()} />);
    const sheet = screen.getByRole('article', { name: 'Pick sheet 1040.001' });
    expect(sheet).toHaveAttribute('data-version', 'pick:1:1:6,2:2:50');
    expect(within(sheet).getByText('Harbour Road warehouse')).toBeInTheDocument();
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent('Pick sheet 1040.001');
    const barcode = within(sheet).getByRole('img', { name: 'Barcode 1040.001' });
    expect(barcode.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(barcode.getAttribute('src')!)).toContain('<svg');
    const fact = (name: string) => within(sheet).getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Order')).toBe('1040');
    expect(fact('Customer')).toBe('Acme Tools');
    expect(fact('Order date')).toBe('2026-11-02');
    expect(fact('Printed')).toMatch(/^2026-11-2\d \d\d:\d\d$/);
    expect(rows().filter((r) => r.length > 0)).toEqual([
      ['A-01-02', 'TR-GR', 'Trim, grey 2m', '6', 'ea', '', ''],
      ['B-10-01', 'BOLT-8', 'Bolt M8 x 40', '50', 'ea', '', ''],
    ]);
    expect(within(sheet).getAllByLabelText('Tick when picked')).toHaveLength(2);
    expect(within(sheet).getAllByLabelText('Quantity picked')).toHaveLength(2);
    expect(within(sheet).getByText(/lines ·/)).toHaveTextContent('2 lines · 56 units to pick');
    // The first row of the table head repeats on every printed page: it names the sheet.
    expect(sheet.querySelector('thead tr')).toHaveTextContent('Pick sheet 1040.001 · Order 1040 · Acme Tools');
    expect(within(sheet).queryByText(/REPRINT/)).toBeNull();
  });

  it('says REPRINT with its count on a sheet printed before, on its first page and every page head, and what changed', () => {
    render(<SheetPage sheet={pickSheet({ printCount: 2, lastPrintedAt: '2026-11-24T09:00:00.000Z', changes: ['TR-GR from A-01-02: 6 → 4'] })} />);
    expect(screen.getByText('REPRINT · 3rd print', { selector: 'p' })).toBeInTheDocument();
    expect(document.querySelector('thead tr')).toHaveTextContent('REPRINT · 3rd print');
    const changes = screen.getByRole('region', { name: 'Changed since the last print' });
    expect(changes).toHaveTextContent('TR-GR from A-01-02: 6 → 4');
    expect(screen.getByText('Last printed', { selector: 'dt' })).toBeInTheDocument();
  });
});

describe('the backorder sheet', () => {
  it('lists each outstanding line with ordered, outstanding and free now, and says not to pick from it', () => {
    render(<SheetPage sheet={backorderSheet()} />);
    const sheet = screen.getByRole('article', { name: 'Backorder sheet 1040.002' });
    expect(within(sheet).getByRole('img', { name: 'Barcode 1040.002' })).toBeInTheDocument();
    expect(within(sheet).getByText('Created', { selector: 'dt' })).toBeInTheDocument();
    expect([...sheet.querySelectorAll('thead tr:last-child th')].map((th) => th.textContent)).toEqual(['SKU', 'Description', 'Unit', 'Ordered', 'Outstanding', 'Free now']);
    expect(rows().filter((r) => r.length > 0)).toEqual([['TR-GR', 'Trim, grey 2m', 'ea', '10', '4', '0']]);
    expect(within(sheet).getByText(/do not pick from this sheet/)).toBeInTheDocument();
    expect(within(sheet).getByText(/outstanding$/)).toHaveTextContent('1 line · 4 units outstanding');
  });
});
