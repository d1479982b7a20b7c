import type { Locator, Page } from '@playwright/test';
import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';

// The two stories of docs/screens.md, start to finish, driven by roles and names (the articles' words).

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const rowOf = (grid: Locator, text: string) => grid.getByRole('row', { name: new RegExp(text.replace('.', '\\.')) });

test('story 1, fulfilling backorders: enter, print with the backorder, receive by hand, Filled, Complete', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'TR-GR', description: 'Trim, grey 2m' });
  await call('bins:create', { code: 'A-01' });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 6 }] });
  // The browser's own print dialog cannot be driven; the print view's call to it is counted instead.
  await page.addInitScript(() => {
    window.print = () => void (document.documentElement.dataset.printed = 'yes');
  });
  await page.goto(app.url);
  await waitForApp(page);

  // An order with a Warehouse Pick line that stock covers only in part: the bar shows the shortfall.
  await page.keyboard.press('n');
  await page.getByLabel('Customer').fill('Acme Tools');
  await page.getByRole('button', { name: 'Save' }).click();
  const heading = page.getByRole('heading', { name: /^Order \d+$/ });
  const order = (await heading.textContent())!.replace('Order ', '');
  await page.getByRole('combobox', { name: 'SKU' }).fill('TR-GR');
  await page.getByRole('textbox', { name: 'Qty' }).fill('10');
  await expect(page.locator('.line-entry .stock-bar')).toContainText('4 short');
  await page.getByRole('textbox', { name: 'Qty' }).press('Enter');
  const bar = page.locator('.bom-line[data-sku="TR-GR"] .stock-bar');
  await expect(bar).toContainText('6 on hand · 6 free · needs 10 · 4 short');
  await expect(bar).toHaveAttribute('data-coverage', 'partial');

  // Print the order and choose to print the backorder too: both are created at that moment.
  await page.getByRole('button', { name: /^Print/ }).first().click();
  const print = page.getByRole('dialog', { name: `Print order ${order}` });
  await expect(print.getByRole('checkbox', { name: new RegExp(`Pick sheet ${order}\\.001`) })).toBeChecked();
  await expect(print.getByRole('checkbox', { name: new RegExp(`Backorder sheet ${order}\\.002`) })).toBeChecked();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  await page.getByRole('button', { name: 'Yes, record as printed' }).click();
  const backorder = `${order}.002`;

  // The backorder is on the order's Attachments tab, and under Inventory › Backorders.
  await page.getByRole('tab', { name: /Attachments/ }).click();
  await expect(page.getByRole('row', { name: new RegExp(`${backorder.replace('.', '\\.')}.*Back Order.*Unshippable backorder`) })).toBeVisible();
  await sidebar(page).getByRole('link', { name: 'Backorders', exact: true }).click();
  await expect(rowOf(page.getByRole('grid', { name: 'Backorders' }), backorder)).toBeVisible();
  // Its sheet can be printed again from the view's Actions menu.
  await page.getByRole('checkbox', { name: `Select ${backorder}` }).check();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Print…' }).click();
  await expect(page.getByRole('dialog', { name: `Print ${backorder}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: `Print ${backorder}` })).toBeHidden();

  // A shop that fills backorders by hand: auto-release on receipt off, in Settings.
  await sidebar(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: /Auto-release on receipt/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /Auto-release on receipt/ })).not.toBeChecked();

  // Receive stock: nothing is released by it.
  await sidebar(page).getByRole('link', { name: 'Fulfillable Backorders' }).click();
  await expect(page.getByRole('heading', { name: 'Fulfillable Backorders' })).toBeVisible();
  await page.getByRole('button', { name: 'Receive' }).click();
  const receive = page.getByRole('dialog', { name: 'Receive' });
  await receive.getByLabel('SKU').fill('TR-GR');
  await receive.getByLabel('Qty').fill('4');
  await receive.getByLabel('Reference').fill('PO-2');
  await expect(receive.getByRole('region', { name: 'Preview' })).toContainText('it releases nothing');
  await page.keyboard.press('Control+Enter');
  await page.getByRole('dialog', { name: 'Received' }).getByRole('button', { name: 'Done' }).click();

  // Found under Fulfillable Backorders, with what free stock could fill now.
  const fulfillable = page.getByRole('grid', { name: 'Fulfillable Backorders' });
  await expect(rowOf(fulfillable, backorder)).toBeVisible();
  await rowOf(fulfillable, backorder).dblclick();
  await expect(page.getByRole('heading', { name: `Backorder ${backorder}` })).toBeVisible();

  // Fill part of the line with Filled: a pick is split off, the backorder keeps the rest.
  await page.getByRole('textbox', { name: 'Filled TR-GR' }).fill('1');
  await page.getByRole('button', { name: 'Fill' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'split off' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lines' }).getByRole('row', { name: /TR-GR Trim, grey 2m 10 3 3/ })).toBeVisible();

  // Then Complete: it is now a pick, ready to ship.
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Pick ${backorder}` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ready to ship');
  expect((await call('inventory:verify', {})).ok).toBe(true);
});

test('story 2, releasing from Back Order, from the keyboard alone', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  for (const [sku, description] of [['FLT-OIL', 'Oil filter'], ['WASH-6', 'Washer M6']] as const) await call('items:create', { sku, description });
  await call('bins:create', { code: 'A-01' });
  // Filters and washers are on hand but frozen (a quality hold).
  await call('inventory:adjust', { sku: 'FLT-OIL', bin: 'A-01', status: 'frozen', mode: 'set', qty: 6, reason: 'QC hold' });
  await call('inventory:adjust', { sku: 'WASH-6', bin: 'A-01', status: 'frozen', mode: 'set', qty: 5, reason: 'QC hold' });
  const orders = [['2001', 'Birch & Co', 'FLT-OIL', 4], ['2002', 'Cole Ltd', 'FLT-OIL', 8], ['2003', 'Dunmore Marine', 'WASH-6', 3]] as const;
  for (const [i, [number, customer, sku, qty]] of orders.entries()) {
    await call('orders:create', { number, customer, orderDate: `2026-11-0${i + 1}`, lines: [{ sku, qty }] });
  }
  await page.goto(app.url);
  await waitForApp(page);
  const keys = async (...pressed: string[]) => {
    for (const key of pressed) await page.keyboard.press(key);
  };
  const palette = async (text: string) => {
    await keys('.');
    await page.keyboard.type(text);
    await expect(page.getByRole('option', { name: text, exact: true })).toBeVisible();
    await keys('Enter');
  };

  // Run Fulfillment on the three orders: select them in the list, then the action.
  // From the search box, Tab through the toolbar to the list.
  const ordersGrid = page.getByRole('grid', { name: 'Orders' });
  await keys('/');
  for (let tabs = 0; tabs < 8 && !(await ordersGrid.evaluate((el) => el === document.activeElement)); tabs++) await keys('Tab');
  await expect(ordersGrid).toBeFocused();
  // Focus lands on the first row: Space ticks it, ArrowDown moves on.
  await keys('Space', 'ArrowDown', 'Space', 'ArrowDown', 'Space');
  await expect(page.getByText('3 orders · 3 selected')).toBeVisible();
  await palette('Run Fulfillment');

  // The Alerts: each backordered quantity names its backorder.
  await expect(page.getByRole('heading', { name: 'Fulfillment Results' })).toBeVisible();
  const alerts = page.getByRole('region', { name: /Alerts/ });
  for (const [number, , sku, qty] of orders) await expect(alerts).toContainText(`${qty} × ${sku} backordered on ${number}.001`);

  // Change the frozen filters to available: nothing is released automatically.
  await palette('Frozen');
  await expect(page.getByRole('heading', { name: 'Frozen' })).toBeVisible();
  await palette('Change Status');
  const change = page.getByRole('dialog', { name: 'Change Status' });
  await expect(change).toBeVisible();
  await page.keyboard.type('FLT-OIL');
  await keys('Tab');
  await page.keyboard.type('A-01');
  for (const [field, value] of [['From', 'frozen'], ['To', 'available']] as const) await expect(change.getByLabel(field)).toHaveValue(value);
  await change.getByLabel('Qty').focus();
  await page.keyboard.type('6');
  await change.getByLabel('Reason').focus();
  await page.keyboard.type('QC passed');
  await keys('Control+Enter');
  const changed = page.getByRole('dialog', { name: 'Status changed' });
  await expect(changed).toContainText('Moved 6 × FLT-OIL in A-01 from frozen to available.');
  await keys('Escape');
  expect((await call('orders:get', { order: '2001' })).attachments.map((d) => d.status)).toEqual(['Back Order']);

  // Backorders: select the three, Actions › Release Back Order.
  await palette('Backorders');
  const grid = page.getByRole('grid', { name: 'Backorders' });
  await expect(rowOf(grid, '2003.001')).toBeVisible();
  // The toolbar: search, Actions, then the other buttons; then the list.
  const actions = page.getByRole('button', { name: 'Actions' });
  await keys('/', 'Tab');
  await expect(actions).toBeFocused();
  for (let tabs = 0; tabs < 8 && !(await grid.evaluate((el) => el === document.activeElement)); tabs++) await keys('Tab');
  await expect(grid).toBeFocused();
  await keys('Space', 'ArrowDown', 'Space', 'ArrowDown', 'Space');
  for (let tabs = 0; tabs < 8 && !(await actions.evaluate((el) => el === document.activeElement)); tabs++) await keys('Shift+Tab');
  await expect(actions).toBeFocused();
  // The menu opens on its first item; type-ahead moves to Release Back Order.
  await keys('Enter');
  await expect(page.getByRole('menuitem', { name: 'Release Back Order' })).toBeVisible();
  await page.keyboard.type('Rel');
  await expect(page.getByRole('menuitem', { name: 'Release Back Order' })).toBeFocused();
  await keys('Enter');

  // Review: a green arrow, a warning and an error, each with its words.
  const dialog = page.getByRole('dialog', { name: 'Release Back Order' });
  const review = dialog.getByRole('table', { name: 'Review' });
  await expect(review.getByRole('row', { name: /^ready 2001\.001 2001 Birch & Co FLT-OIL 4 of 4$/ })).toBeVisible();
  await expect(review.getByRole('row', { name: /^partial 2002\.001 2002 Cole Ltd FLT-OIL 2 of 8: 2 split off, 6 stay on backorder$/ })).toBeVisible();
  await expect(review.getByRole('row', { name: /^blocked 2003\.001 2003 Dunmore Marine only frozen stock of WASH-6/ })).toBeVisible();

  // Submit, read the Confirmation, OK returns to the list.
  await keys('Control+Enter');
  const confirmation = dialog.getByRole('table', { name: 'Confirmation' });
  await expect(confirmation.getByRole('row', { name: /^released 2001\.001/ })).toBeVisible();
  await expect(confirmation.getByRole('row', { name: /^split 2002\.001/ })).toBeVisible();
  await expect(confirmation.getByRole('row', { name: /^skipped 2003\.001 .*only frozen stock of WASH-6/ })).toBeVisible();
  await keys('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Backorders' })).toBeVisible();

  // The released order's document is Open / Ready to ship.
  await palette('Find order by number');
  await page.keyboard.type('2001');
  await expect(page.getByRole('option', { name: 'Open order 2001' })).toBeVisible();
  await keys('Enter');
  await expect(page.getByRole('heading', { name: 'Order 2001' })).toBeVisible();
  const attachments = await call('orders:get', { order: '2001' });
  expect(attachments.attachments.map((d) => `${d.number} ${d.status} ${d.shipCode}`)).toEqual(['2001.001 Open Ready to ship']);
});
