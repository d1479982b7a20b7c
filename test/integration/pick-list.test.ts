import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, items, order, receive, run } from '../helpers/scenario';

// The Picks view: picks still to be pulled (Open or Printed), in the order they should ship, with
// search over order number, customer, sku and description, and paging.

let h: Harness;
const numbers = (input: Parameters<typeof h.call<'picks:list'>>[1]) => h.call('picks:list', input).rows.map((r) => r.number);

/** Prints a pick's sheet and records it printed: the pick becomes Printed. */
function printPick(pick: string): void {
  const sheets = h.call('print:sheets', { documents: [pick] });
  h.call('print:done', { documents: sheets.map((s) => ({ number: s.number, version: s.version })) });
}

beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', 'PAD-F');
  bins(h, 'A-01');
  receive(h, 'TR-GR', 'A-01', 20);
  receive(h, 'BRG-1', 'A-01', 20);
  receive(h, 'PAD-F', 'A-01', 20);
  order(h, '1001', [['TR-GR', 3]], { customer: 'Harbour Freight Co', orderDate: '2026-11-10' });
  order(h, '1002', [['BRG-1', 2]], { customer: 'Bayside Marine', orderDate: '2026-11-05' });
  order(h, '1003', [['PAD-F', 1], ['TR-GR', 1]], { customer: 'Harbour Freight Co', orderDate: '2026-11-12', priority: 'high' });
  order(h, '1004', [['BRG-1', 1]], { customer: 'Cole Ltd', orderDate: '2026-11-01' });
  run(h, '1001', '1002', '1003', '1004');
});

describe('the Picks view', () => {
  it('lists open and printed picks in precedence order: priority, order date, entry order', () => {
    h.setNow('2026-11-25T10:00:00.000Z');
    printPick('1002.001');
    const page = h.call('picks:list', {});
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => `${r.number} ${r.status}`)).toEqual(['1003.001 Open', '1004.001 Open', '1002.001 Printed', '1001.001 Open']);
    const first = page.rows[0]!;
    expect({ ...first, skus: [...first.skus].sort() }).toEqual({
      number: '1003.001',
      order: '1003',
      customer: 'Harbour Freight Co',
      orderDate: '2026-11-12',
      priority: 'high',
      status: 'Open',
      shipCode: 'Ready to ship',
      lines: 2,
      units: 2,
      skus: ['PAD-F', 'TR-GR'],
      createdAt: expect.any(String),
      printedAt: null,
      stale: false,
    });
    expect(page.rows[2]!.printedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('filters to open or printed picks', () => {
    printPick('1002.001');
    expect(numbers({ filter: 'printed' })).toEqual(['1002.001']);
    expect(numbers({ filter: 'open' })).toEqual(['1003.001', '1004.001', '1001.001']);
  });

  it('leaves out completed and cancelled picks, and backorders', () => {
    h.call('picks:complete', { pick: '1004.001' });
    h.call('picks:cancel', { pick: '1001.001' });
    order(h, '1005', [['TR-GR', 99]]);
    expect(run(h, '1005').orders[0]).toMatchObject({ picks: ['1005.001'], backorder: '1005.002' });
    expect(numbers({})).toEqual(['1003.001', '1002.001', '1005.001']);
    expect(h.call('picks:list', {}).total).toBe(3);
  });

  it('finds by order number, customer, sku and description, ignoring case', () => {
    expect(numbers({ query: '1002' })).toEqual(['1002.001']);
    expect(numbers({ query: 'harbour' })).toEqual(['1003.001', '1001.001']);
    expect(numbers({ query: 'brg-1' })).toEqual(['1004.001', '1002.001']);
    expect(numbers({ query: 'Brake pad' })).toEqual(['1003.001']);
    expect(numbers({ query: '100%' })).toEqual([]);
    expect(h.call('picks:list', { query: 'nothing like it' })).toEqual({ rows: [], total: 0, offset: 0 });
  });

  it('pages through the list, counting every match', () => {
    expect(h.call('picks:list', { offset: 1, limit: 2 })).toMatchObject({ total: 4, offset: 1, rows: [{ number: '1004.001' }, { number: '1002.001' }] });
    expect(h.call('picks:list', { query: 'harbour', offset: 1, limit: 1 })).toMatchObject({ total: 2, rows: [{ number: '1001.001' }] });
    // A page past the end still says how many there are.
    expect(h.call('picks:list', { offset: 10 })).toEqual({ rows: [], total: 4, offset: 10 });
  });

  it('refuses a filter it does not know, naming the field', () => {
    expect(h.refusal('picks:list', { filter: 'completed' })).toMatchObject({ code: 'invalid', field: 'filter' });
  });
});
