import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';
import { screenshots } from './shoot';

// Import and export as a clerk does them: a small items file through the Import screen (its preview,
// the problem report of a broken file, then a good import), the Orders list exported as CSV, and the
// demo shop, offered on an empty database and loaded with `--demo`. Screenshots of the Import screen,
// light and dark, at a desk monitor's size, go to test-results/screenshots/.
test.use({ viewport: { width: 1440, height: 900 } });

const BROKEN = 'sku,description,allow_backorder\nTR-GR,Trailer grease,1\nBRG-1,Wheel bearing,maybe\ntr-gr,Again,1\n';
const GOOD = 'sku,description,allow_backorder\nTR-GR,Trailer grease,1\nBRG-1,Wheel bearing,1\nCBL-7,"Trailer cable, 7-pin",0\n';
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Light and dark; fails if anything sticks out sideways (as test/e2e/screens.spec.ts checks every screen). */
const shoot = screenshots('.import__choose');

test('an items file through the Import screen: a broken one refused with its problems, then a good one imported', async ({ app, page, request }) => {
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await expect(page.getByText('No file chosen')).toBeVisible();
  await shoot(page, 'import-empty');

  // The keyboard way in: Choose file… opens the system file picker.
  const picker = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).focus();
  await page.keyboard.press('Enter');
  await (await picker).setFiles(csvFile('items.csv', BROKEN));

  const problems = page.getByRole('heading', { name: /2 problems in items\.csv: nothing was imported/ });
  await expect(problems).toBeFocused();
  const report = page.getByRole('table', { name: 'Problems' });
  await expect(report.getByRole('row')).toHaveCount(3);
  await expect(report.getByRole('row').nth(1)).toHaveText(/3\s*allow_backorder\s*must be 1 or 0 \(yes or no\)/);
  await expect(report.getByRole('row').nth(2)).toHaveText(/4\s*sku\s*tr-gr is already on row 2/);
  await expect(page.locator('.import-table td.cell--refused')).toHaveText(['maybe', 'tr-gr']);
  await expect(page.getByRole('button', { name: /^Import \d+ rows?$/ })).toHaveCount(0);
  await shoot(page, 'import-problems');
  const call = contractClient(request, app.url);
  expect((await call('items:list', {})).total).toBe(0);

  await page.getByLabel('CSV file to import').setInputFiles(csvFile('items.csv', GOOD));
  const importButton = page.getByRole('button', { name: 'Import 3 rows' });
  await expect(importButton).toBeFocused();
  await expect(page.getByText('3 items to create, from items.csv.')).toBeVisible();
  await expect(page.getByRole('region', { name: /Preview/ }).getByRole('row')).toHaveCount(4);
  await shoot(page, 'import-preview');

  await page.keyboard.press('Enter');
  await expect(page.getByText('✓ Imported 3 items from items.csv.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open Items' })).toBeFocused();
  await shoot(page, 'import-done');
  expect((await call('items:list', {})).rows.map((i) => [i.sku, i.allowBackorder])).toEqual([
    ['BRG-1', true],
    ['CBL-7', false],
    ['TR-GR', true],
  ]);
  await page.getByRole('link', { name: 'Open Items' }).click();
  await expect(page.getByRole('grid', { name: 'Items' }).getByRole('row')).toHaveCount(4);
});

test('Export CSV on the Orders list downloads every order shown, with the search applied', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'TR-GR' });
  for (let i = 0; i < 3; i++) await call('orders:create', { number: String(1040 + i), customer: i === 1 ? 'Birch & Co' : 'Acme Tools', orderDate: '2026-11-02', lines: [{ sku: 'TR-GR', qty: 2 }] });
  await page.goto(app.url);
  await waitForApp(page);
  await page.getByRole('searchbox', { name: 'Search orders' }).fill('acme');
  await expect(page.getByRole('grid', { name: 'Orders' }).getByRole('row')).toHaveCount(3);
  await shoot(page, 'import-orders-export');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.trimEnd().split('\n')).toEqual([
    'Order,Customer,Date,Priority,Policy,Status,Lines,Units short',
    '1042,Acme Tools,2026-11-02,normal,ship partial,Draft,1,2',
    '1040,Acme Tools,2026-11-02,normal,ship partial,Draft,1,2',
  ]);
});

test('an empty database offers the demo shop on the Orders list', async ({ app, page }) => {
  await page.goto(app.url);
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  await shoot(page, 'import-orders-demo-offer');
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(page.getByRole('grid', { name: 'Orders' }).getByRole('row')).toHaveCount(9);
  await expect(page.getByRole('button', { name: 'Load demo data' })).toHaveCount(0);
});

test('npm run start:browser -- --demo loads the demo shop, and refuses to start on a database that is not empty', async ({ dataDir, page }) => {
  const db = join(dataDir, 'demo.db');
  const start = () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--browser', '--db', db, '--port', '0', '--no-open', '--demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ready = new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = /^Stockdesk ready at (\S+)$/.exec(line);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    return { child, ready, stderr: () => stderr };
  };

  const first = start();
  const url = await first.ready;
  try {
    expect(first.stderr()).toMatch(/Loaded the demo shop: 16 items in 6 bins, 8 orders, \d+ backorders waiting/);
    await page.goto(`${url}#inventory/fulfillable`);
    await waitForApp(page);
    await expect(page.getByRole('grid', { name: 'Fulfillable Backorders' }).getByRole('row')).toHaveCount(2);
    await shoot(page, 'import-demo-fulfillable');
  } finally {
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    await exited;
  }

  const second = start();
  await expect(second.ready).rejects.toThrow(/exited 1: .*The demo shop loads only into an empty database, and .*demo\.db already holds 16 items, 6 bins, 8 orders/s);
});
