// Printing (docs/rules.md, Print; the first article): an order's sheets are made when it is printed,
// creating its pick and backorder then; a sheet is recorded as printed only once it has printed; a
// reprint says so and what changed; a document changed after printing is flagged as stale paper.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { printOrder, printSheets, recordPrinted } from '../helpers/print';
import { attachments, bins, docView, expectConsistent, items, order, receive, refusedUnchanged, run } from '../helpers/scenario';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  items(h, 'TR-GR', 'BRG-1', { sku: 'HX-5', allowBackorder: false }, { sku: 'PAD-F', description: 'Brake pad, front', unit: 'pk' });
});

const printInfo = (orderNumber: string) =>
  h.call('orders:get', { order: orderNumber }).attachments.map((d) => `${d.number} ${d.status} ${d.printCount} ${d.printedAt ?? '-'}${d.stale ? ' stale' : ''}`);

describe('the pick sheet', () => {
  beforeEach(() => {
    // Pick sequence: C-1 (explicit sequence 1), then A-2 before A-10 (natural order).
    bins(h, ['C-1', 1], 'A-10', 'A-2');
    receive(h, 'TR-GR', 'A-10', 2);
    receive(h, 'TR-GR', 'A-2', 1);
    receive(h, 'BRG-1', 'C-1', 3);
    receive(h, 'PAD-F', 'A-2', 4);
    h.call('settings:update', { siteName: 'Harbour Road warehouse' });
    order(h, '1050', [['TR-GR', 3], ['BRG-1', 2], ['PAD-F', 1]], { customer: 'Harbour Freight Co' });
    run(h, '1050');
  });

  it('has the site, the order, the print time and the lines in bin pick sequence, and changes nothing', () => {
    h.setNow('2026-11-24T10:00:00.000Z');
    const before = snapshot(h.db);
    const [sheet] = h.call('print:sheets', { documents: ['1050.001'] });
    expect(sheet).toEqual({
      kind: 'pick',
      number: '1050.001',
      order: '1050',
      customer: 'Harbour Freight Co',
      orderDate: '2026-11-20',
      createdAt: '2026-11-24T09:00:00.000Z',
      status: 'Open',
      shipCode: 'Ready to ship',
      siteName: 'Harbour Road warehouse',
      generatedAt: '2026-11-24T10:00:00.000Z',
      printCount: 0,
      lastPrintedAt: null,
      changes: [],
      version: expect.stringMatching(/^pick:/),
      lines: [
        { bin: 'C-1', sku: 'BRG-1', description: 'Wheel bearing', unit: 'ea', qty: 2 },
        { bin: 'A-2', sku: 'TR-GR', description: 'Trailer grease', unit: 'ea', qty: 1 },
        { bin: 'A-2', sku: 'PAD-F', description: 'Brake pad, front', unit: 'pk', qty: 1 },
        { bin: 'A-10', sku: 'TR-GR', description: 'Trailer grease', unit: 'ea', qty: 2 },
      ],
    });
    expect(snapshot(h.db)).toEqual(before);
  });

  it('moves the pick to Printed only when the print is recorded, and counts every print', () => {
    const [sheet] = h.call('print:sheets', { documents: ['1050.001'] });
    // The sheet was made but never printed (the print failed or was cancelled): nothing changed.
    expect(printInfo('1050')).toEqual(['1050.001 Open 0 -']);

    h.setNow('2026-11-24T10:00:00.000Z');
    expect(recordPrinted(h, [sheet!])).toEqual({ printed: [{ number: '1050.001', status: 'Printed', printCount: 1 }] });
    expect(printInfo('1050')).toEqual(['1050.001 Printed 1 2026-11-24T10:00:00.000Z']);

    h.setNow('2026-11-24T11:30:00.000Z');
    const [reprint] = printSheets(h, '1050.001');
    expect(reprint).toMatchObject({ printCount: 1, lastPrintedAt: '2026-11-24T10:00:00.000Z', changes: [] });
    expect(printInfo('1050')).toEqual(['1050.001 Printed 2 2026-11-24T11:30:00.000Z']);
    expect(h.call('print:sheets', { documents: ['1050.001'] })[0]!.printCount).toBe(2);
    expect(h.call('orders:history', { order: '1050' }).events.filter((e) => e.kind === 'printed').map((e) => e.text)).toEqual([
      'Pick sheet printed (2nd time)',
      'Pick sheet printed',
    ]);
    expectConsistent(h);
  });

  it('refuses to print a completed or a cancelled pick, saying why, and records nothing', () => {
    printSheets(h, '1050.001');
    const [sheet] = h.call('print:sheets', { documents: ['1050.001'] });
    h.call('picks:complete', { pick: '1050.001' });
    expect(refusedUnchanged(h, 'print:sheets', { documents: ['1050.001'] })).toEqual({
      code: 'refused',
      field: 'documents.0',
      message: '1050.001 is already completed: its stock has been pulled, there is nothing to print',
    });
    expect(refusedUnchanged(h, 'print:done', { documents: [{ number: '1050.001', version: sheet!.version }] })).toMatchObject({ code: 'refused', field: 'documents.0' });

    order(h, '1051', [['TR-GR', 1]]);
    h.call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'TR-GR', bin: 'A-2', qty: 1 }] });
    run(h, '1051');
    h.call('picks:cancel', { pick: '1051.001' });
    expect(refusedUnchanged(h, 'print:sheets', { documents: ['1051.001'] })).toEqual({
      code: 'refused',
      field: 'documents.0',
      message: '1051.001 is cancelled: there is nothing on it to pull',
    });
  });

  it('refuses a job naming a document twice, an unknown one, or a version no sheet has', () => {
    expect(refusedUnchanged(h, 'print:sheets', { documents: ['1050.001', '1050.001'] })).toMatchObject({ code: 'invalid', field: 'documents.1' });
    expect(refusedUnchanged(h, 'print:sheets', { documents: ['1050.009'] })).toMatchObject({ code: 'not_found', field: 'documents.0' });
    expect(refusedUnchanged(h, 'print:done', { documents: [{ number: '1050.001', version: 'whatever' }] })).toMatchObject({
      code: 'invalid',
      field: 'documents.0.version',
    });
    expect(refusedUnchanged(h, 'print:sheets', { documents: [] })).toMatchObject({ code: 'invalid', field: 'documents' });
  });
});

describe('printing an order', () => {
  beforeEach(() => {
    bins(h, 'A-01');
    receive(h, 'TR-GR', 'A-01', 3);
    order(h, '1060', [['TR-GR', 5], ['BRG-1', 1]]);
  });

  it('previews the sheets printing would give without creating anything', () => {
    const before = snapshot(h.db);
    const preview = h.call('print:orderPreview', { order: '1060' });
    expect(preview.sheets.map((s) => `${s.kind} ${s.number} ${s.status}`)).toEqual(['pick 1060.001 Open', 'backorder 1060.002 Back Order']);
    expect(snapshot(h.db)).toEqual(before);
    expect(h.call('orders:print', { order: '1060' }).sheets).toEqual(preview.sheets);
  });

  it('creates the pick and the backorder at that moment, and returns both sheets without marking them printed', () => {
    const result = h.call('orders:print', { order: '1060' });
    expect(result.fulfillment.orders[0]).toMatchObject({ order: '1060', picks: ['1060.001'], backorder: '1060.002' });
    expect(result.sheets).toMatchObject([
      { kind: 'pick', number: '1060.001', status: 'Open', lines: [{ bin: 'A-01', sku: 'TR-GR', qty: 3 }] },
      {
        kind: 'backorder',
        number: '1060.002',
        status: 'Back Order',
        shipCode: 'Unshippable backorder',
        lines: [
          { sku: 'TR-GR', description: 'Trailer grease', unit: 'ea', ordered: 5, outstanding: 2, freeNow: 0 },
          { sku: 'BRG-1', description: 'Wheel bearing', unit: 'ea', ordered: 1, outstanding: 1, freeNow: 0 },
        ],
      },
    ]);
    expect(h.call('orders:get', { order: '1060' })).toMatchObject({ status: 'Open', fulfilled: true });
    // Until the print is recorded, nothing is Printed: a failed print leaves the pick Open.
    expect(attachments(h, '1060')).toEqual(['1060.001 Open 3', '1060.002 Back Order 3']);
    expectConsistent(h);
  });

  it('counts the print of every sheet printed, pick and backorder alike', () => {
    h.setNow('2026-11-24T10:00:00.000Z');
    printOrder(h, '1060');
    expect(printInfo('1060')).toEqual(['1060.001 Printed 1 2026-11-24T10:00:00.000Z', '1060.002 Back Order 1 2026-11-24T10:00:00.000Z']);
    const again = h.call('orders:print', { order: '1060' });
    expect(again.sheets.map((s) => `${s.number} ${s.printCount}`)).toEqual(['1060.001 1', '1060.002 1']);
    expect(attachments(h, '1060')).toEqual(['1060.001 Printed 3', '1060.002 Back Order 3']);
  });

  it('refuses an order with nothing to print, saying why, and changes nothing', () => {
    order(h, '1061', []);
    expect(refusedUnchanged(h, 'orders:print', { order: '1061' })).toEqual({ code: 'refused', field: 'order', message: 'Order 1061 has nothing to print: it has no lines yet' });
    order(h, '1062', [['TR-GR', 2, 'Vendor Order']]);
    expect(refusedUnchanged(h, 'orders:print', { order: '1062' }).message).toBe('Order 1062 has nothing to print: none of its lines is a Warehouse Pick');
    order(h, '1063', [['HX-5', 2]]);
    expect(refusedUnchanged(h, 'orders:print', { order: '1063' }).message).toMatch(/^Order 1063 has nothing to print: .*HX-5 is not backorderable/);
    order(h, '1064', [['TR-GR', 1]]);
    run(h, '1064');
    h.call('picks:complete', { pick: '1064.001' });
    expect(refusedUnchanged(h, 'orders:print', { order: '1064' }).message).toBe('Order 1064 is completed: there is nothing left to print');
    h.call('orders:cancel', { order: '1060' });
    expect(refusedUnchanged(h, 'orders:print', { order: '1060' }).message).toBe('Order 1060 is cancelled: there is nothing to print');
    expect(refusedUnchanged(h, 'print:orderPreview', { order: '1060' }).message).toBe('Order 1060 is cancelled: there is nothing to print');
  });
});

describe('stale paper', () => {
  beforeEach(() => {
    bins(h, 'A-01', 'A-02');
    receive(h, 'TR-GR', 'A-01', 4);
    receive(h, 'TR-GR', 'A-02', 2);
    order(h, '1070', [['TR-GR', 8], ['BRG-1', 2]]);
    h.call('settings:update', { autoRelease: false });
    printOrder(h, '1070'); // 1070.001: TR-GR 4 from A-01, 2 from A-02; 1070.002: TR-GR 2, BRG-1 2 outstanding
  });

  const docPrint = (number: string) => {
    const d = h.call('documents:get', { document: number });
    return { printCount: d.printCount, stale: d.stale, staleChanges: d.staleChanges };
  };

  it('is flagged when a printed pick gives a line back, and the reprint says REPRINT, its count and what changed', () => {
    expect(docPrint('1070.001')).toEqual({ printCount: 1, stale: false, staleChanges: [] });
    // A count finds only 1 of the 4 in A-01: the pick gives 3 back to the backorder.
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 1, reason: 'cycle count' });

    expect(docPrint('1070.001')).toEqual({ printCount: 1, stale: true, staleChanges: ['TR-GR from A-01: 4 → 1'] });
    expect(docPrint('1070.002')).toEqual({ printCount: 1, stale: true, staleChanges: ['TR-GR outstanding: 2 → 5'] });
    expect(printInfo('1070').map((s) => s.endsWith('stale'))).toEqual([true, true]);
    expect(h.call('picks:list', {}).rows.map((r) => `${r.number} ${r.stale}`)).toEqual(['1070.001 true']);
    expect(h.call('backorders:list', {}).rows.map((r) => `${r.number} ${r.stale}`)).toEqual(['1070.002 true']);

    const [reprint] = h.call('print:sheets', { documents: ['1070.001'] });
    expect(reprint).toMatchObject({ printCount: 1, changes: ['TR-GR from A-01: 4 → 1'] });
    recordPrinted(h, [reprint!]);
    expect(docPrint('1070.001')).toEqual({ printCount: 2, stale: false, staleChanges: [] });
    expect(h.call('picks:list', {}).rows.map((r) => `${r.number} ${r.stale}`)).toEqual(['1070.001 false']);
  });

  it('is flagged when a printed backorder is filled in part, or becomes a pick, or is cancelled', () => {
    receive(h, 'BRG-1', 'A-02', 2);
    h.call('backorders:fill', { backorder: '1070.002', lines: [{ sku: 'BRG-1', filled: 1 }] });
    expect(docPrint('1070.002')).toMatchObject({ stale: true, staleChanges: ['BRG-1 outstanding: 2 → 1'] });
    // The pick split off was never printed: nothing of it is out of date.
    expect(docPrint('1070.003')).toEqual({ printCount: 0, stale: false, staleChanges: [] });

    printSheets(h, '1070.002');
    receive(h, 'TR-GR', 'A-02', 2);
    h.call('backorders:fill', { backorder: '1070.002', complete: true });
    expect(docPrint('1070.002')).toMatchObject({ stale: true, staleChanges: ['was a backorder when its sheet was printed; now a pick, allocated to bins'] });

    h.call('picks:cancel', { pick: '1070.002' });
    expect(docPrint('1070.002')).toMatchObject({ stale: true, staleChanges: ['cancelled after its sheet was printed: nothing on it may be pulled'] });
    expectConsistent(h);
  });

  it('is flagged when the document changed while its sheet was at the printer', () => {
    const [sheet] = h.call('print:sheets', { documents: ['1070.001'] });
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-02', mode: 'set', qty: 0, reason: 'cycle count' });
    recordPrinted(h, [sheet!]);
    expect(docPrint('1070.001')).toEqual({ printCount: 2, stale: true, staleChanges: ['TR-GR from A-02: 2 → none'] });
  });

  it('is not flagged once the pick is completed: that paper has done its job', () => {
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 1, reason: 'cycle count' });
    h.call('picks:complete', { pick: '1070.001' });
    expect(docPrint('1070.001')).toMatchObject({ stale: false, staleChanges: [] });
    expect(docView(h, '1070.001').status).toBe('Completed');
  });
});

describe('print settings', () => {
  it('keeps the site name and the paper size, trimmed and checked', () => {
    expect(h.call('settings:get', {})).toEqual({ autoRelease: true, siteName: '', paperSize: 'letter' });
    expect(h.call('settings:update', { siteName: '  North Dock  ', paperSize: 'a4' })).toEqual({ autoRelease: true, siteName: 'North Dock', paperSize: 'a4' });
    expect(refusedUnchanged(h, 'settings:update', { paperSize: 'legal' })).toMatchObject({ code: 'invalid', field: 'paperSize' });
    expect(refusedUnchanged(h, 'settings:update', { siteName: 'x'.repeat(81) })).toMatchObject({ code: 'invalid', field: 'siteName' });
  });
});
