// CSV import through the contract (`import:preview`, `import:run`): what a good file brings in, that
// an export imports back as the same data, and that every broken file is refused naming its row and
// column, with nothing imported (every table as it was).
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { collectRows, EXPORT_LISTS, exportRecords } from '../../shared/domain/export';
import type { ImportKind } from '../../shared/domain/import';
import { dataExport } from '../../main/cli/data-export';
import { createHarness, snapshot, type Harness } from '../helpers/harness';

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const run = (h: Harness, kind: ImportKind, text: string, fileName = `${kind}.csv`) => h.call('import:run', { kind, fileName, text });

/** How the Import screen and the command line read a file: UTF-8, bytes that are not UTF-8 as U+FFFD. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function catalogue(h: Harness) {
  run(h, 'items', csv('sku,description,allow_backorder', 'TR-GR,Trailer grease,1', 'BRG-1,Wheel bearing,1', 'CBL-7,Trailer cable,0'));
}

describe('importing a good file', () => {
  it('previews the first rows and what it will do, changing nothing; then imports it', () => {
    const h = createHarness();
    const text = csv('\uFEFFSKU,Description,Allow backorder,Unit', 'TR-GR,"Trailer grease, 400 g",yes,ea', 'cbl-7,Trailer cable,0,M', '', 'HX-5,,1,');
    const before = snapshot(h.db);
    const preview = h.call('import:preview', { kind: 'items', fileName: 'items.csv', text });
    expect(snapshot(h.db)).toEqual(before);
    expect(preview).toMatchObject({ header: ['SKU', 'Description', 'Allow backorder', 'Unit'], totalRows: 3, issueCount: 0, plan: '3 items to create' });
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(preview.rows[0]!.cells).toEqual(['TR-GR', 'Trailer grease, 400 g', 'yes', 'ea']);

    expect(run(h, 'items', text).summary).toBe('Imported 3 items');
    const items = h.call('items:list', { includeInactive: true }).rows;
    expect(items.map((i) => [i.sku, i.description, i.unit, i.allowBackorder, i.active])).toEqual([
      ['cbl-7', 'Trailer cable', 'm', false, true],
      ['HX-5', '', 'ea', true, true],
      ['TR-GR', 'Trailer grease, 400 g', 'ea', true, true],
    ]);
  });

  it('adds stock to bins as ledger adjustments, creating the bins it names, and verifies', () => {
    const h = createHarness();
    catalogue(h);
    const result = run(h, 'stock', csv('sku,location,status,qty', 'TR-GR,A-01-01,available,10', 'TR-GR,Q-01-01,frozen,4', 'BRG-1,a-01-01,,6'));
    expect(result.summary).toBe('Imported 3 stock rows (20 units); created 2 bins');
    const { bins, total } = h.call('inventory:itemStock', { sku: 'TR-GR' });
    expect(total).toMatchObject({ onHand: 14, available: 10, frozen: 4 });
    expect(bins.map((b) => b.bin)).toEqual(['A-01-01', 'Q-01-01']);
    const ledger = h.call('inventory:ledger', { sku: 'BRG-1' }).rows;
    expect(ledger).toMatchObject([{ kind: 'adjustment', bin: 'A-01-01', qty: 6, reason: 'stock import (stock.csv)' }]);
    expect(h.call('inventory:verify', {}).ok).toBe(true);
  });

  it('enters orders Open with their lines in line order, a kit as its components, and a history', () => {
    const h = createHarness();
    catalogue(h);
    h.call('items:create', { sku: 'KIT-1' });
    h.call('items:setKit', { kit: 'KIT-1', components: [{ sku: 'TR-GR', qty: 2 }, { sku: 'BRG-1', qty: 1 }] });
    const result = run(
      h,
      'orders',
      csv(
        'order_no,order_date,customer,line_no,sku,qty,priority,line_status',
        'SO-1,2026-01-02,Acme Tools,2,BRG-1,3,high,',
        'SO-2,2026-01-03,Birch & Co,1,KIT-1,2,,',
        'SO-1,2026-01-02,Acme Tools,1,TR-GR,5,high,vendor order',
      ),
    );
    expect(result.summary).toBe('Imported 2 orders with 4 lines');
    const so1 = h.call('orders:get', { order: 'SO-1' });
    expect(so1).toMatchObject({ status: 'Open', priority: 'high', customer: 'Acme Tools', orderDate: '2026-01-02' });
    expect(so1.billOfMaterial.map((l) => [l.lineNo, l.sku, l.accounting.ordered, l.status])).toEqual([
      [1, 'TR-GR', 5, 'Vendor Order'],
      [2, 'BRG-1', 3, 'Warehouse Pick'],
    ]);
    const so2 = h.call('orders:get', { order: 'SO-2' });
    expect(so2.billOfMaterial.map((l) => [l.sku, l.accounting.ordered, l.kit])).toEqual([
      ['TR-GR', 4, 'KIT-1'],
      ['BRG-1', 2, 'KIT-1'],
    ]);
    expect(h.call('orders:history', { order: 'SO-2' }).events.map((e) => e.text)).toEqual(['Order created as Open for Birch & Co, 2 lines (imported)']);
  });

  it('posts receipts through the receipt, so auto-release releases the backorders waiting', () => {
    const h = createHarness();
    catalogue(h);
    run(h, 'orders', csv('order_no,order_date,customer,sku,qty', '1040,2026-01-02,Acme Tools,TR-GR,4'));
    h.call('fulfillment:run', { all: true });
    expect(h.call('backorders:list', {}).total).toBe(1);

    const result = run(h, 'receipts', csv('sku,qty,reference', 'TR-GR,6,PO-4471', 'BRG-1,2,PO-4471'));
    expect(result.summary).toBe('Received 8 units on 2 lines in 1 receipt; released 1 backorder as picks');
    expect(h.call('backorders:list', {}).total).toBe(0);
    expect(h.call('inventory:ledger', { sku: 'TR-GR' }).rows[0]).toMatchObject({ kind: 'receipt', document: 'PO-4471' });
    expect(h.call('inventory:verify', {}).ok).toBe(true);
  });
});

describe('an export imports back as the same data', () => {
  /** A desk with every kind of item, stock in several bins and statuses, and live orders. */
  function desk(): Harness {
    const h = createHarness();
    h.call('items:create', { sku: 'TR-GR', description: 'Trailer grease, 400 g "heavy"' });
    h.call('items:create', { sku: 'CBL-7', description: 'Cable\nwith a line break', unit: 'm', allowBackorder: false });
    h.call('items:create', { sku: 'écrou-8', description: 'Écrou M8', active: false });
    for (const code of ['A-01', 'B-02']) h.call('bins:create', { code });
    h.call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 12 }, { sku: 'TR-GR', bin: 'B-02', qty: 3 }, { sku: 'CBL-7', bin: 'B-02', qty: 7 }] });
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-01', from: 'available', to: 'frozen', qty: 2, reason: 'check' });
    h.call('orders:create', { number: '1040', customer: 'Acme, Tools', orderDate: '2026-01-02', priority: 'high', status: 'Open', lines: [{ sku: 'TR-GR', qty: 4 }, { sku: 'CBL-7', qty: 2, status: 'Vendor Order' }] });
    h.call('orders:create', { number: '1041', customer: 'Birch', orderDate: '2026-01-03', policy: 'complete', lines: [{ sku: 'CBL-7', qty: 1 }] });
    return h;
  }

  const stockOf = (h: Harness) =>
    dataExport(h.db, 'bin-stock')
      .slice(1)
      .map((r) => r.join(' '));
  const ordersOf = (h: Harness) =>
    ['1040', '1041'].map((order) => {
      const o = h.call('orders:get', { order });
      return { ...o, createdAt: undefined, billOfMaterial: o.billOfMaterial.map((l) => [l.lineNo, l.sku, l.accounting.ordered, l.status]), attachments: [] };
    });

  it('items (the Items list with inactive ones), bin stock and order lines', async () => {
    const from = desk();
    const items = EXPORT_LISTS.items;
    const itemRows = await collectRows((offset, limit) => from.call('items:list', { includeInactive: true, offset, limit }));
    const files = {
      items: stringify(exportRecords(items, itemRows)),
      stock: stringify(dataExport(from.db, 'bin-stock')),
      orders: stringify(dataExport(from.db, 'order-lines')),
    };

    const to = createHarness();
    for (const kind of ['items', 'stock', 'orders'] as const) run(to, kind, files[kind]);
    const catalogueOf = (h: Harness) => h.call('items:list', { includeInactive: true }).rows.map(({ id: _id, createdAt: _c, updatedAt: _u, ...item }) => item);
    expect(catalogueOf(to)).toEqual(catalogueOf(from));
    expect(stockOf(to)).toEqual(stockOf(from));
    expect(stockOf(to)).toContain('TR-GR A-01 frozen 2');
    expect(ordersOf(to)).toEqual(ordersOf(from));
    expect(to.call('inventory:verify', {}).ok).toBe(true);
  });
});

interface Broken {
  name: string;
  kind: ImportKind;
  text: string;
  /** The first problem, as the refusal words it. */
  first: string;
}

const ITEMS_HEAD = 'sku,description,allow_backorder';
const STOCK_HEAD = 'sku,location,status,qty';
const ORDERS_HEAD = 'order_no,order_date,customer,line_no,sku,qty';
const latin1 = (text: string) => decode(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
const utf16 = (text: string) => decode(Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]));

const BROKEN: Broken[] = [
  // wrong columns
  { name: 'an unknown column', kind: 'items', text: csv('sku,descr', 'NEW-1,x'), first: 'row 1, column descr: is not a column of this file (its columns are sku, description, allow_backorder, unit, active)' },
  { name: 'a missing column', kind: 'stock', text: csv('sku,location,status', 'TR-GR,A-01,available'), first: 'row 1, column qty: is missing from the header: this file needs it' },
  { name: 'a column twice', kind: 'receipts', text: csv('sku,qty,QTY', 'TR-GR,1,2'), first: 'row 1, column qty: appears twice in the header' },
  { name: 'a row with too few fields', kind: 'stock', text: csv(STOCK_HEAD, 'TR-GR,A-01,available,5', 'BRG-1,A-01'), first: 'row 3: has 2 fields; the header has 4' },
  { name: 'an unclosed quote', kind: 'items', text: csv(ITEMS_HEAD, 'NEW-1,ok,1', 'NEW-2,"open,1'), first: 'row 3: a quoted field is never closed: a " is missing' },
  { name: 'an empty file', kind: 'orders', text: '', first: 'row 1: the file is empty: it needs a header row naming its columns (order_no, order_date, customer, line_no, sku, qty, priority, policy, line_status, status)' },
  { name: 'a header and no rows', kind: 'receipts', text: csv('sku,qty'), first: 'row 2: the file has no rows after its header: there is nothing to import' },
  // bad numbers
  { name: 'a quantity with a point', kind: 'stock', text: csv(STOCK_HEAD, 'TR-GR,A-01,available,1.5'), first: 'row 2, column qty: must be a whole number above 0' },
  { name: 'a negative quantity', kind: 'receipts', text: csv('sku,qty', 'TR-GR,4', 'BRG-1,-3'), first: 'row 3, column qty: must be a whole number above 0' },
  { name: 'a zero quantity', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,1,TR-GR,0'), first: 'row 2, column qty: must be a whole number above 0' },
  { name: 'a quantity that is words', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,1,TR-GR,ten'), first: 'row 2, column qty: must be a whole number above 0' },
  { name: 'a line number that is not one', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,first,TR-GR,1'), first: 'row 2, column line_no: must be a whole number above 0' },
  { name: 'a date that does not exist', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-02-30,Acme,1,TR-GR,1'), first: 'row 2, column order_date: must be a real date' },
  { name: 'a yes-or-no that is neither', kind: 'items', text: csv(ITEMS_HEAD, 'NEW-1,ok,maybe'), first: 'row 2, column allow_backorder: must be 1 or 0 (yes or no)' },
  { name: 'a status that is not one', kind: 'stock', text: csv(STOCK_HEAD, 'TR-GR,A-01,lost,1'), first: 'row 2, column status: must be one of available, frozen, damaged, quarantine' },
  // unknown skus, bins and items that cannot be ordered
  { name: 'an unknown sku in stock', kind: 'stock', text: csv(STOCK_HEAD, 'TR-GR,A-01,available,1', 'NOPE-1,A-01,available,1'), first: 'row 3, column sku: NOPE-1 is not an item in Stockdesk: import or create it first' },
  { name: 'an unknown sku in orders', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,1,NOPE-1,1'), first: 'row 2, column sku: NOPE-1 is not an item in Stockdesk: import or create it first' },
  { name: 'an unknown sku in receipts', kind: 'receipts', text: csv('sku,qty', 'NOPE-1,1'), first: 'row 2, column sku: NOPE-1 is not an item in Stockdesk: import or create it first' },
  { name: 'an inactive item ordered', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,1,OLD-1,1'), first: 'row 2, column sku: OLD-1 is inactive' },
  { name: 'a receipt into an unknown bin', kind: 'receipts', text: csv('sku,qty,location', 'TR-GR,1,Z-99'), first: 'row 2, column location: bin Z-99 does not exist: create it first, or leave location empty' },
  { name: 'a sku with a space', kind: 'items', text: csv(ITEMS_HEAD, 'NEW 1,x,1'), first: 'row 2, column sku: must not contain spaces or control characters' },
  // duplicate rows, and rows that clash with what is stored
  { name: 'a sku twice (ignoring case)', kind: 'items', text: csv(ITEMS_HEAD, 'NEW-1,a,1', 'new-1,b,1'), first: 'row 3, column sku: new-1 is already on row 2' },
  { name: 'a sku that exists', kind: 'items', text: csv(ITEMS_HEAD, 'tr-gr,x,1'), first: 'row 2, column sku: tr-gr already exists in Stockdesk as TR-GR' },
  { name: 'a stock row twice', kind: 'stock', text: csv(STOCK_HEAD, 'TR-GR,A-01,available,1', 'tr-gr,a-01,Available,2'), first: 'row 3: TR-GR in A-01 (available) is already on row 2' },
  { name: 'an order line twice', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,1,TR-GR,1', '1050,2026-01-02,Acme,1,BRG-1,1'), first: 'row 3, column line_no: line 1 of order 1050 is already on row 2' },
  { name: 'an order whose rows disagree', kind: 'orders', text: csv(ORDERS_HEAD, '1050,2026-01-02,Acme,1,TR-GR,1', '1050,2026-01-02,Birch,2,BRG-1,1'), first: 'row 3, column customer: says Birch, but row 2 of order 1050 says Acme: every row of an order must agree' },
  { name: 'an order that exists', kind: 'orders', text: csv(ORDERS_HEAD, '1040,2026-01-02,Acme,1,TR-GR,1'), first: 'row 2, column order_no: order 1040 already exists in Stockdesk' },
  { name: 'a receipt row twice', kind: 'receipts', text: csv('sku,qty,location', 'TR-GR,1,A-01', 'TR-GR,2,A-01'), first: 'row 3: TR-GR into A-01 on receipt receipts.csv is already on row 2' },
  // wrong encoding
  { name: 'Latin-1 text', kind: 'items', text: latin1(`${ITEMS_HEAD}\r\nNEW-1,Ecrou ok,1\r\nNEW-2,\u00c9crou M8,1\r\n`), first: 'row 3, column description: is not UTF-8 text: save the file as UTF-8 (in Excel: CSV UTF-8) and import it again' },
  { name: 'a Latin-1 header', kind: 'stock', text: latin1(`sku,location,status,qt\u00e9\r\nTR-GR,A-01,available,1\r\n`), first: 'row 1: the header is not UTF-8 text: save the file as UTF-8 (in Excel: CSV UTF-8) and import it again' },
  { name: 'UTF-16 text', kind: 'receipts', text: utf16('sku,qty\r\nTR-GR,1\r\n'), first: 'row 1: the file is not UTF-8 text (it looks like UTF-16): save it as UTF-8 (in Excel: CSV UTF-8) and import it again' },
];

describe('a broken file is refused with its row and column, and nothing is imported', () => {
  function stocked(): Harness {
    const h = createHarness();
    catalogue(h);
    h.call('items:create', { sku: 'OLD-1', active: false });
    h.call('bins:create', { code: 'A-01' });
    h.call('orders:create', { number: '1040', customer: 'Acme', orderDate: '2026-01-01', lines: [{ sku: 'TR-GR', qty: 1 }] });
    return h;
  }

  it.each(BROKEN)('$kind: $name', ({ kind, text, first }) => {
    const h = stocked();
    const before = snapshot(h.db);
    const preview = h.call('import:preview', { kind, fileName: `${kind}.csv`, text });
    expect(preview.issueCount).toBeGreaterThan(0);
    expect(preview.plan).toBe('');
    const [issue] = preview.issues;
    expect(`row ${issue!.row}${issue!.column ? `, column ${issue!.column}` : ''}: ${issue!.message}`).toBe(first);

    const refusal = h.refusal('import:run', { kind, fileName: `${kind}.csv`, text });
    expect(refusal.code).toBe('invalid');
    expect(refusal.message).toMatch(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*; nothing was imported$`));
    expect(snapshot(h.db)).toEqual(before);
  });

  it('a good file with one bad row imports none of its rows, and every problem is counted', () => {
    const h = stocked();
    const before = snapshot(h.db);
    const rows = Array.from({ length: 700 }, (_, i) => `NEW-${i},Part ${i},${i === 350 ? 'x' : '1'}`);
    rows.push(...Array.from({ length: 600 }, (_, i) => `BAD ${i},x,1`));
    const text = csv(ITEMS_HEAD, ...rows);
    const preview = h.call('import:preview', { kind: 'items', fileName: 'items.csv', text });
    expect(preview.issueCount).toBe(601);
    expect(preview.issues).toHaveLength(500);
    expect(preview.issues[0]).toEqual({ row: 352, column: 'allow_backorder', message: 'must be 1 or 0 (yes or no)' });
    expect(preview.rows).toHaveLength(20);
    expect(h.refusal('import:run', { kind: 'items', fileName: 'items.csv', text }).message).toBe(
      'row 352, column allow_backorder: must be 1 or 0 (yes or no) (and 600 more problems); nothing was imported',
    );
    expect(snapshot(h.db)).toEqual(before);
  });

  it('refuses text over the limit of one request, pointing to the command line', () => {
    const h = createHarness();
    const refusal = h.refusal('import:run', { kind: 'items', fileName: 'big.csv', text: 'x'.repeat(12 * 1024 * 1024 + 1) });
    expect(refusal.message).toBe('text must be at most 12 MB: import bigger files with the command line (npm run cli -- import)');
  });
});
