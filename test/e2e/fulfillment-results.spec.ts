import { contractClient } from './contract-client';
import { expect, test } from './fixtures';
import { screenshots } from './shoot';

// A run over more orders than one page: the first page comes with the run, the rest is paged from
// the stored run, and every alert is counted. Saved light and dark at a desk monitor's size.
test.use({ viewport: { width: 1440, height: 900 } });

const ORDERS = 230;

async function seed(call: ReturnType<typeof contractClient>) {
  await call('items:create', { sku: 'BOLT-8', description: 'Bolt M8 x 40, zinc' });
  await call('items:create', { sku: 'TR-GR', description: 'Trim, grey 2m' });
  // Washers are not backorderable and only frozen: every order that wants them gets an error.
  await call('items:create', { sku: 'WASH-6', description: 'Washer M6', allowBackorder: false });
  await call('bins:create', { code: 'A-01' });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'BOLT-8', bin: 'A-01', qty: 5_000 }, { sku: 'TR-GR', bin: 'A-01', qty: 300 }] });
  await call('inventory:adjust', { sku: 'WASH-6', bin: 'A-01', status: 'frozen', mode: 'set', qty: 3, reason: 'QC hold' });
  for (let i = 0; i < ORDERS; i++) {
    const lines = [{ sku: 'BOLT-8', qty: 10 }, { sku: 'TR-GR', qty: 2 }, ...(i % 7 === 0 ? [{ sku: 'WASH-6', qty: 2 }] : [])];
    await call('orders:create', { number: String(3000 + i), customer: `Customer ${i + 1}`, orderDate: '2026-11-02', status: 'Open', lines });
  }
}

const shoot = screenshots('.results-pager');

test('a run over more orders than one page shows the first and pages the rest by key', async ({ app, page, request }) => {
  test.setTimeout(120_000);
  await seed(contractClient(request, app.url));
  await page.goto(`${app.url}#orders`);
  const grid = page.getByRole('grid', { name: 'Orders' });
  await expect(page.getByText(`${ORDERS} orders`, { exact: false }).first()).toBeVisible();
  // Load every order into the list (it pages as it scrolls), then select them all and run.
  await grid.getByRole('gridcell', { name: '3229', exact: true }).click();
  // End goes to the last loaded row, which loads the next page: again until the oldest order shows.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(grid.getByRole('gridcell', { name: '3000', exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Control+a');
  await expect(page.getByText(`${ORDERS} selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Run Fulfillment' }).click();

  await expect(page.getByRole('heading', { name: 'Fulfillment Results' })).toBeVisible();
  // Each figure's words, then the figure (the figure is drawn above its words).
  await expect(page.getByLabel('Totals')).toContainText(`orders run${ORDERS}`);
  const pager = page.getByRole('navigation', { name: 'Pages of orders' });
  await expect(pager).toContainText(`Orders 1–200 of ${ORDERS} · and ${ORDERS - 200} more orders`);
  // Every error counted, the first listed in full.
  const alerts = page.getByRole('region', { name: /Alerts/ });
  await expect(alerts).toContainText(`${Math.ceil(ORDERS / 7)} errors`);
  await expect(alerts).toContainText('only frozen stock');
  await shoot(page, 'fulfillment-results-paged');

  // ] pages on, [ back: the orders after the first page come from the stored run.
  await page.keyboard.press(']');
  await expect(pager).toContainText(`Orders 201–${ORDERS} of ${ORDERS}`);
  await expect(page.getByRole('grid', { name: 'Orders in this run' }).getByRole('link', { name: '3200', exact: true })).toBeVisible();
  await shoot(page, 'fulfillment-results-page-2');
  await page.keyboard.press('[');
  await expect(pager).toContainText(`Orders 1–200 of ${ORDERS}`);
});
