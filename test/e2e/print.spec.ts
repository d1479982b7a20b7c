import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { READ_SHEETS } from '../../main/print/read-sheets';
import type { PaperSize } from '../../shared/domain/print';
import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';
import { screenshots } from './shoot';

// Printing in browser mode (the first article's print flow, docs/rules.md Print): the print view turned
// into a PDF by Chromium, read back with poppler (pdftotext, pdfinfo, pdftoppm) and the barcode
// decoded with ZXing; the order print flow from the keyboard; stale paper and the reprint.
test.use({ viewport: { width: 1440, height: 900 } });

// ZXing's WebAssembly comes from the installed package, never from the network.
const require = createRequire(import.meta.url);
prepareZXingModule({ overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer } });

const OUT = 'test-results/print';
const SHOTS = 'test-results/screenshots';
mkdirSync(OUT, { recursive: true });
mkdirSync(SHOTS, { recursive: true });

type Call = ReturnType<typeof contractClient>;

/** Opens the print view of these documents and waits until its sheets (and barcodes) are drawn. */
async function openPrintView(page: Page, appUrl: string, paper: PaperSize, documents: string[]) {
  await page.goto(`${appUrl}#print/${paper}/${encodeURIComponent(documents.join(','))}`);
  await waitForApp(page);
  // The very script the desktop app's hidden print window runs: it reports what is about to print.
  return (await page.evaluate(READ_SHEETS)) as { number: string; version: string }[];
}

/** Chromium's PDF of the print view, with the sheets' own @page size; returns its path. */
async function printToPdf(page: Page, name: string): Promise<string> {
  const path = `${OUT}/${name}.pdf`;
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return path;
}

/** The text of each page, laid out as printed. */
const pdfPages = (pdf: string): string[] => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
const pdfPageSize = (pdf: string): string => /Page size:\s+(.+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]!.trim();

/** One page as a PNG, as a scanner would see the paper (and for a person to look at). */
function pageAsPng(pdf: string, page: number, png: string, dpi = 150): Buffer {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, png.replace(/\.png$/, '')]);
  return readFileSync(png);
}

/** 60 items in bins R-1 ... R-60 (natural order: R-2 before R-10), ordered in reverse bin order. */
async function seedSixtyLines(call: Call) {
  for (let n = 1; n <= 60; n++) {
    const sku = `PART-${String(n).padStart(2, '0')}`;
    await call('items:create', { sku, description: n % 7 === 0 ? `Hydraulic hose assembly, ${n} cm, with crimped fittings both ends` : `Part number ${n}` });
    await call('bins:create', { code: `R-${n}` });
  }
  await call('inventory:receive', { reference: 'PO-60', lines: Array.from({ length: 60 }, (_, i) => ({ sku: `PART-${String(i + 1).padStart(2, '0')}`, bin: `R-${i + 1}`, qty: 100 })) });
  await call('settings:update', { siteName: 'Harbour Road warehouse' });
  await call('orders:create', {
    number: '1040',
    customer: 'Acme Tools',
    orderDate: '2026-11-02',
    lines: Array.from({ length: 60 }, (_, i) => ({ sku: `PART-${String(60 - i).padStart(2, '0')}`, qty: 1 + (i % 9) })),
  });
  await call('fulfillment:run', { orders: ['1040'] });
}

test('a 60-line pick sheet prints on three pages in bin order, with Page N of M and a barcode that scans back to the pick', async ({ app, page, request }) => {
  test.setTimeout(90_000);
  await seedSixtyLines(contractClient(request, app.url));

  for (const paper of ['letter', 'a4'] as const) {
    expect(await openPrintView(page, app.url, paper, ['1040.001'])).toEqual([{ number: '1040.001', version: expect.stringMatching(/^pick:/) }]);
    const pdf = await printToPdf(page, `pick-60-lines-${paper}`);
    expect(pdfPageSize(pdf)).toMatch(paper === 'letter' ? /612 x 792 pts \(letter\)/ : /59\d\.\d+ x 841\.\d+ pts \(A4\)/);

    const pages = pdfPages(pdf);
    expect(pages, `${paper}: pages`).toHaveLength(3);
    pages.forEach((text, i) => {
      expect(text, `${paper} page ${i + 1}`).toContain(`Page ${i + 1} of 3`);
      // The table head repeats on every page, naming the sheet, with the column headings.
      expect(text).toMatch(/Pick sheet 1040\.001 · Order 1040 · Acme Tools/);
      expect(text).toMatch(/BIN\s+SKU\s+DESCRIPTION\s+QTY\s+UNIT\s+✓\s+PICKED/);
    });
    expect(pages[2]).toContain('Page 3 of 3');
    expect(pages[0]).toContain('Harbour Road warehouse'.toUpperCase());

    // Every line, in bin pick sequence, nothing clipped: bins R-1 ... R-60 in order, each with its sku.
    const text = pages.join('\n');
    const lines = [...text.matchAll(/^\s*(R-\d+)\s+(PART-\d\d)\s/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(lines).toEqual(Array.from({ length: 60 }, (_, i) => `R-${i + 1} PART-${String(i + 1).padStart(2, '0')}`));
    expect(text).toMatch(/60 lines · 291 units to pick/);
    expect(text.match(/Hydraulic hose assembly, \d+ cm/g)).toHaveLength(8);

    // Each page as the warehouse sees it; the first page's barcode scans back to the pick number.
    for (const n of [1, 2, 3]) {
      const png = pageAsPng(pdf, n, `${SHOTS}/sheet-pick-60-${paper}-page${n}.png`, n === 1 ? 200 : 100);
      if (n === 1) {
        const found = await readBarcodes(new Uint8Array(png), { formats: ['Code128'], tryHarder: true });
        expect(found.map((b) => b.text)).toEqual(['1040.001']);
      }
    }
  }
});

test('printing an order creates its backorder at that moment, prints both sheets, and the backorder is then on the Attachments tab', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'TR-GR', description: 'Trim, grey 2m' });
  await call('items:create', { sku: 'BOLT-8', description: 'Bolt M8 x 40, zinc' });
  await call('bins:create', { code: 'A-01' });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 6 }, { sku: 'BOLT-8', bin: 'A-01', qty: 80 }] });
  await call('settings:update', { siteName: 'Harbour Road warehouse' });
  await call('orders:create', { number: '1040', customer: 'Acme Tools', orderDate: '2026-11-02', lines: [{ sku: 'TR-GR', qty: 10 }, { sku: 'BOLT-8', qty: 50 }] });
  // The browser's print dialog is the system's: here it only counts that the view asked for it.
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
    };
  });

  await page.goto(`${app.url}#orders/1040/items`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'Order 1040' })).toBeVisible();
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Print order 1040' });
  const pick = dialog.getByRole('checkbox', { name: /Pick sheet 1040\.001/ });
  const backorder = dialog.getByRole('checkbox', { name: /Backorder sheet 1040\.002/ });
  await expect(pick).toBeChecked();
  await expect(backorder).toBeChecked();
  await expect(dialog.getByText('New: created when you print')).toHaveCount(2);
  await expect(dialog.getByRole('region', { name: 'Preview of 1040.001' }).getByRole('article', { name: 'Pick sheet 1040.001' })).toBeVisible();
  // The preview created nothing: the order still has no documents.
  expect((await call('orders:get', { order: '1040' })).attachments).toEqual([]);
  await shootBoth(page, 'print-dialog-order');
  await backorder.focus();
  await expect(dialog.getByRole('region', { name: 'Preview of 1040.002' })).toBeVisible();
  await shootBoth(page, 'print-dialog-backorder-preview');

  // Print from the keyboard: the pick and backorder are created now, and the print view prints them.
  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(/#print\/letter\/1040\.001%2C1040\.002$/);
  await expect(page.locator('[data-print-ready]').getByRole('article')).toHaveCount(2);
  await expect(page.locator('html')).toHaveAttribute('data-printed', '1');
  const ask = page.getByRole('group', { name: 'Did the sheets print?' });
  await expect(ask).toBeVisible();
  // Not yet recorded: the pick stays Open until the clerk says the sheets came out.
  expect((await call('orders:get', { order: '1040' })).attachments.map((d) => `${d.number} ${d.status} ${d.printCount}`)).toEqual(['1040.001 Open 0', '1040.002 Back Order 0']);
  await shootBoth(page, 'print-view-order');
  await expect(ask.getByRole('button', { name: 'Yes, record as printed' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Back on the order, where the clerk can go on; the backorder is on the Attachments tab.
  await expect(page).toHaveURL(/#orders\/1040\/items$/);
  await page.getByRole('tab', { name: /Attachments/ }).click();
  await expect(page.getByRole('row', { name: /1040\.002.*Back Order.*Unshippable backorder/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /1040\.001.*Printed.*Ready to ship/ })).toBeVisible();
});

test('a document changed after printing is flagged as stale paper, and its reprint says REPRINT, its count and what changed', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'TR-GR', description: 'Trim, grey 2m' });
  await call('items:create', { sku: 'BOLT-8', description: 'Bolt M8 x 40, zinc' });
  await call('bins:create', { code: 'A-01' });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 6 }, { sku: 'BOLT-8', bin: 'A-01', qty: 80 }] });
  await call('orders:create', { number: '1040', customer: 'Acme Tools', orderDate: '2026-11-02', lines: [{ sku: 'TR-GR', qty: 10 }, { sku: 'BOLT-8', qty: 50 }] });
  const { sheets } = await call('orders:print', { order: '1040' });
  await call('print:done', { documents: sheets.map((s) => ({ number: s.number, version: s.version })) });
  // A count finds 2 of the 6 TR-GR: the printed pick gives 4 back to the (printed) backorder.
  await call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 2, reason: 'cycle count' });

  await page.goto(`${app.url}#docs/1040.001`);
  await waitForApp(page);
  await expect(page.getByText('Printed sheet out of date')).toBeVisible();
  await expect(page.getByText('Printed sheet out of date')).toHaveAttribute('title', 'Changed since the sheet was printed: TR-GR from A-01: 6 → 2');
  await shootBoth(page, 'document-pick-stale');

  await page.goto(`${app.url}#orders/1040/attachments`);
  await expect(page.getByRole('row', { name: /1040\.001.*Sheet out of date/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /1040\.002.*Sheet out of date/ })).toBeVisible();
  await shootBoth(page, 'order-attachments-stale');

  // Print on the pick page: the dialog says what changed; the reprint carries REPRINT and its count.
  await page.goto(`${app.url}#docs/1040.001`);
  await expect(page.getByRole('heading', { name: 'Pick 1040.001' })).toBeVisible();
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: 'Print 1040.001' });
  await expect(dialog.getByText('Changed since the last print: TR-GR from A-01: 6 → 2')).toBeVisible();
  await expect(dialog.getByText('REPRINT · 2nd print').first()).toBeVisible();
  await shootBoth(page, 'print-dialog-reprint');

  for (const paper of ['letter', 'a4'] as const) {
    await openPrintView(page, app.url, paper, ['1040.001', '1040.002']);
    const pdf = await printToPdf(page, `reprint-${paper}`);
    const [pickPage, backorderPage] = pdfPages(pdf);
    expect(pickPage).toContain('REPRINT · 2nd print');
    expect(pickPage).toContain('Changed since the last print');
    expect(pickPage).toContain('TR-GR from A-01: 6 → 2');
    expect(backorderPage).toContain('Backorder sheet 1040.002');
    expect(backorderPage).toContain('REPRINT · 2nd print');
    expect(backorderPage).toContain('TR-GR outstanding: 4 → 8');
    expect(backorderPage).toMatch(/ORDERED\s+OUTSTANDING\s+FREE NOW/);
    pageAsPng(pdf, 1, `${SHOTS}/sheet-pick-reprint-${paper}.png`, 100);
    pageAsPng(pdf, 2, `${SHOTS}/sheet-backorder-reprint-${paper}.png`, 100);
  }
  await shootBoth(page, 'print-view-reprint');
});

/** The window as a clerk sees it, light and dark; nothing may stick out sideways. */
const shootBoth = screenshots('.dialog', '.dialog__foot');
