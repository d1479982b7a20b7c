import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';
import { screenshots } from './shoot';

// Long work shows its progress in the window that started it, and only there: a large items file
// imported through the Import screen while a second window looks on. The store runs in workers
// (main/worker), so the second window's list is answered while the import writes. The screenshot,
// light and dark, goes to test-results/screenshots/.
test.use({ viewport: { width: 1440, height: 900 } });

const ROWS = 150_000;
const bigItemsFile = () => ({
  name: 'items.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['sku,description', ...Array.from({ length: ROWS }, (_, i) => `PART-${i},Part ${i}`)].join('\n')),
});

const shoot = screenshots();

test('a large import shows its progress in its own window only, and the other window still reads', async ({ app, page, context, request }) => {
  test.setTimeout(120_000);
  const other = await context.newPage();
  await other.goto(app.url);
  await waitForApp(other);
  await page.goto(app.url);
  await waitForApp(page);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('CSV file to import').setInputFiles(bigItemsFile());
  const importButton = page.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-US')} rows` });
  await expect(importButton).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press('Enter');

  const bar = page.getByRole('progressbar', { name: 'Importing' });
  await expect(bar).toBeVisible();
  await expect(page.getByText(new RegExp(`^Importing: [\\d,]+ of ${ROWS.toLocaleString('en-US')} rows$`))).toBeVisible();
  expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(ROWS);
  await shoot(page, 'work-progress');
  // The other window is not told about work it did not start, and its reads are answered meanwhile.
  await expect(other.getByRole('progressbar')).toHaveCount(0);
  expect((await contractClient(request, app.url)('orders:list', {})).total).toBe(0);

  await expect(page.getByText(`✓ Imported ${ROWS.toLocaleString('en-US')} items from items.csv.`)).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveCount(0);
  await expect(other.getByRole('progressbar')).toHaveCount(0);
});
