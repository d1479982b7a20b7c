import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';

// The order desk (issue 6): a clerk enters an order from the keyboard alone, reads each line's
// inventory status bar, runs fulfillment, follows an alert to its backorder and back, and a second
// window sees the change without a reload.
test('enter an order from the keyboard, Run Fulfillment, follow the alert, and a second window follows along', async ({ app, page, context, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'BOLT-8', description: 'Bolt M8 x 40' });
  await call('items:create', { sku: 'TR-GR', description: 'Trim, grey 2m' });
  await call('items:create', { sku: 'WASH-6', description: 'Washer M6' });
  await call('bins:create', { code: 'A-01' });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'BOLT-8', bin: 'A-01', qty: 120 }, { sku: 'TR-GR', bin: 'A-01', qty: 6 }] });

  await page.goto(app.url);
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No orders yet' })).toBeVisible();

  // New order with N: the header first, Save, and the page stays open on the Items tab.
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'New order' })).toBeVisible();
  await expect(page.getByLabel('Customer')).toBeFocused();
  await page.keyboard.type('Acme Tools');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Order \d+$/ })).toBeVisible();
  const number = (await page.getByRole('heading', { name: /^Order \d+$/ }).textContent())!.replace('Order ', '');
  await expect(page).toHaveURL(new RegExp(`#orders/${number}/items$`));

  // Three lines from the keyboard: sku (completion), Tab, qty, Tab, status, Enter.
  const sku = page.getByRole('combobox', { name: 'SKU' });
  await sku.focus();
  for (const [part, qty] of [['bolt', '50'], ['tr-g', '10'], ['wash', '5']] as const) {
    await page.keyboard.type(part);
    await expect(page.getByRole('listbox', { name: 'Items' }).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(qty);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(sku).toBeFocused();
    await expect(sku).toHaveValue('');
  }
  // A bad quantity is refused next to the field, in the engine's words, and nothing is added.
  await page.keyboard.type('BOLT-8');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Qty' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('qty must be a whole number above 0')).toBeVisible();

  const line = (s: string) => page.locator(`.bom-line[data-sku="${s}"]`);
  await expect(line('BOLT-8').locator('.stock-bar')).toContainText('120 on hand · 120 free · needs 50');
  await expect(line('BOLT-8').locator('.stock-bar')).toHaveAttribute('data-coverage', 'full');
  await expect(line('TR-GR').locator('.stock-bar')).toContainText('6 on hand · 6 free · needs 10 · 4 short');
  await expect(line('TR-GR').locator('.stock-bar')).toHaveAttribute('data-coverage', 'partial');
  await expect(line('WASH-6').locator('.stock-bar')).toContainText('needs 5 · 5 short');
  await expect(line('WASH-6').locator('.stock-bar')).toHaveAttribute('data-coverage', 'none');
  await page.screenshot({ path: 'test-results/screenshots/order-entered.png' });

  // A second window on the same order.
  const other = await context.newPage();
  await other.goto(`${app.url}#orders/${number}/attachments`);
  await waitForApp(other);
  await expect(other.getByRole('heading', { name: 'No picks or backorders yet' })).toBeVisible();

  // Run Fulfillment ends on the Fulfillment Results, with an alert naming the backorder.
  await page.getByRole('button', { name: 'Run Fulfillment' }).click();
  await expect(page.getByRole('heading', { name: 'Fulfillment Results' })).toBeVisible();
  await expect(page).toHaveURL(/#results$/);
  const alerts = page.getByRole('region', { name: /Alerts/ });
  const backorder = `${number}.002`;
  await expect(alerts).toContainText(`TR-GR`);
  await page.screenshot({ path: 'test-results/screenshots/fulfillment-results.png' });

  // The alert's link opens the backorder; Alt+Left comes back.
  await alerts.getByRole('link', { name: backorder }).first().click();
  await expect(page).toHaveURL(new RegExp(`#docs/${backorder.replace('.', '\\.')}$`));
  await expect(page.getByRole('heading', { name: `Backorder ${backorder}` })).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Fulfillment Results' })).toBeVisible();

  // The order's Attachments tab lists the pick and the backorder.
  await page.goto(`${app.url}#orders/${number}/attachments`);
  await expect(page.getByRole('row', { name: new RegExp(`${backorder.replace('.', '\\.')}.*Back Order.*Unshippable backorder`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${number}\\.001.*Open.*Ready to ship`) })).toBeVisible();

  // The second window saw it without a reload.
  await expect(other.getByRole('row', { name: new RegExp(`${backorder.replace('.', '\\.')}.*Back Order`) })).toBeVisible();
  await other.close();
});
