import type { Page } from '@playwright/test';
import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';

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

async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app, .content, .topbar, .screen__main, .screen__head, .toolbar')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className} ${el.scrollWidth}>${el.clientWidth}`),
    );
    expect(overflow, `${name} (${scheme}) sticks out sideways`).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

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
