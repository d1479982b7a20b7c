import type { Locator, Page } from '@playwright/test';
import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';

// The Inventory section (issue 7): in a shop that fills backorders by hand, a clerk turns auto-release
// off in Settings, receives stock (the preview says nothing will be released), finds the backorders
// under Fulfillable Backorders with what each can have after the ones ahead of it, lifts a hold with
// Change Status and follows the hint to the backorders that became fulfillable. Then every view,
// the item stock page, each dialog and Settings are saved as screenshots, light and dark, 1440x900.
test.use({ viewport: { width: 1440, height: 900 } });

type Call = ReturnType<typeof contractClient>;

/** Three orders waiting for trim (3, 3 and 2 with washers), bolts in stock, washers on hold. */
async function seed(call: Call) {
  const items = [
    ['BOLT-8', 'Bolt M8 x 40, zinc'],
    ['TR-GR', 'Trim, grey 2m'],
    ['WASH-6', 'Washer M6'],
    ['BRK-PAD', 'Brake pad set, front'],
    ['FLT-OIL', 'Oil filter'],
  ] as const;
  for (const [sku, description] of items) await call('items:create', { sku, description });
  for (const code of ['A-01', 'A-02', 'B-01']) await call('bins:create', { code });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'BOLT-8', bin: 'A-01', qty: 400 }, { sku: 'FLT-OIL', bin: 'A-02', qty: 12 }] });
  await call('inventory:adjust', { sku: 'WASH-6', bin: 'B-01', status: 'frozen', mode: 'set', qty: 5, reason: 'QC hold' });
  const orders = [
    ['1040', 'Acme Tools', '2026-11-01', [{ sku: 'BOLT-8', qty: 10 }, { sku: 'TR-GR', qty: 3 }]],
    ['1041', 'Birch & Co', '2026-11-02', [{ sku: 'TR-GR', qty: 3 }]],
    ['1042', 'Cole Ltd', '2026-11-03', [{ sku: 'TR-GR', qty: 2 }, { sku: 'WASH-6', qty: 4 }]],
  ] as const;
  for (const [number, customer, orderDate, lines] of orders) await call('orders:create', { number, customer, orderDate, lines: [...lines] });
  await call('fulfillment:run', { orders: ['1040', '1041', '1042'] });
}

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const lastCell = (row: Locator) => row.getByRole('gridcell').last();

test('fill backorders by hand: auto-release off, receive, Fulfillable Backorders in precedence, Change Status and its hint', async ({ app, page, request }) => {
  await seed(contractClient(request, app.url));
  await page.goto(`${app.url}#settings`);
  await waitForApp(page);

  // Settings: a shop that fills backorders by hand turns auto-release off.
  const autoRelease = page.getByRole('checkbox', { name: /Auto-release on receipt/ });
  await expect(autoRelease).toBeChecked();
  await autoRelease.uncheck();
  await expect(autoRelease).not.toBeChecked();

  // Receive 4 trim from the Inventory toolbar: the preview says nothing will be released.
  await sidebar(page).getByRole('link', { name: 'Inventory', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'All stock' })).toBeVisible();
  await page.getByRole('button', { name: 'Receive' }).click();
  const receive = page.getByRole('dialog', { name: 'Receive' });
  await receive.getByLabel('SKU').fill('TR-GR');
  await receive.getByLabel('Qty').fill('4');
  await receive.getByLabel('Bin').fill('A-02');
  await receive.getByLabel('Reference').fill('PO-7');
  const preview = receive.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Posts 4 × TR-GR into A-02 (PO-7).');
  await expect(preview).toContainText('Auto-release on receipt is off');
  await expect(preview).toContainText('it releases nothing');
  await expect(preview.getByRole('table')).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  const received = page.getByRole('dialog', { name: 'Received' });
  await expect(received).toContainText('Posted 4 × TR-GR into A-02 (PO-7).');
  await expect(received).toContainText('2 backorders holding TR-GR can now be filled');
  await received.getByRole('button', { name: 'Done' }).click();
  await expect(received).toBeHidden();

  // Fulfillable Backorders: 4 free, two backorders of 3 ahead of one of 2: 3, then 1, then nothing.
  await sidebar(page).getByRole('link', { name: 'Fulfillable Backorders' }).click();
  const grid = page.getByRole('grid', { name: 'Fulfillable Backorders' });
  await expect(grid.getByRole('row', { name: /1040\.002/ })).toBeVisible();
  await expect(lastCell(grid.getByRole('row', { name: /1040\.002/ }))).toHaveText('3');
  await expect(lastCell(grid.getByRole('row', { name: /1041\.001/ }))).toHaveText('1');
  await expect(grid.getByRole('row', { name: /1042\.001/ })).toHaveCount(0);
  await expect(page.getByText('2 backorders', { exact: true })).toBeVisible();
  // Under Backorders the third one waits with nothing fillable.
  await sidebar(page).getByRole('link', { name: 'Backorders', exact: true }).click();
  await expect(lastCell(page.getByRole('grid', { name: 'Backorders' }).getByRole('row', { name: /1042\.001/ }))).toHaveText('0');

  // Lift the washers' hold from the Frozen view with Change Status; nothing is released by it.
  await sidebar(page).getByRole('link', { name: 'Frozen' }).click();
  const frozen = page.getByRole('grid', { name: 'Frozen' });
  await frozen.getByRole('row', { name: /WASH-6/ }).click();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Change Status…' }).click();
  const change = page.getByRole('dialog', { name: 'Change Status' });
  await expect(change.getByLabel('SKU')).toHaveValue('WASH-6');
  await expect(change.getByLabel('From')).toHaveValue('frozen');
  await expect(change.getByLabel('To')).toHaveValue('available');
  await change.getByLabel('Bin').fill('B-01');
  await change.getByLabel('Qty').fill('9');
  await change.getByLabel('Reason').fill('QC passed');
  await expect(change).toContainText('B-01 holds 5 frozen of WASH-6 now.');
  // More than the bin holds: refused on Qty in the engine's words, and what was typed stays.
  await page.keyboard.press('Control+Enter');
  await expect(change.getByLabel('Qty')).toHaveAttribute('aria-invalid', 'true');
  await expect(change.getByText('B-01 holds only 5 frozen of WASH-6; cannot move 9')).toBeVisible();
  await expect(change.getByLabel('Reason')).toHaveValue('QC passed');
  await change.getByLabel('Qty').fill('4');
  await page.keyboard.press('Control+Enter');
  const changed = page.getByRole('dialog', { name: 'Status changed' });
  await expect(changed).toContainText('Moved 4 × WASH-6 in B-01 from frozen to available.');
  await expect(changed).toContainText('1 backorder holding WASH-6 can now be filled from free stock');
  await changed.getByRole('link', { name: 'Fulfillable Backorders' }).click();
  await expect(page).toHaveURL(/#inventory\/fulfillable$/);
  await expect(changed).toBeHidden();
  await expect(lastCell(grid.getByRole('row', { name: /1042\.001/ }))).toHaveText('4');
  await expect(page.getByRole('row', { name: /1042\.001/ })).toContainText('Cole Ltd');
});

async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.app, .content, .screen__main, .screen__head, .toolbar, .dialog, .dialog__body')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className} ${el.scrollWidth}>${el.clientWidth}`),
    );
    expect(overflow, `${name} (${scheme}) sticks out sideways`).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('every inventory view, the item stock page, each dialog and Settings, light and dark, fit the window', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await seed(call);
  // A printed pick among the picks, and an item short of what waits for it.
  const [sheet] = await call('print:sheets', { documents: ['1040.001'] });
  await call('print:done', { documents: [{ number: sheet!.number, version: sheet!.version }] });
  await call('orders:create', { number: '1043', customer: 'Dunmore Marine', orderDate: '2026-11-04', lines: [{ sku: 'FLT-OIL', qty: 5 }, { sku: 'BOLT-8', qty: 40 }] });
  await call('orders:create', { number: '1044', customer: 'Elm Street Garage', orderDate: '2026-11-05', priority: 'high', lines: [{ sku: 'BRK-PAD', qty: 2 }] });
  await call('fulfillment:run', { orders: ['1043', '1044'] });
  await call('settings:update', { autoRelease: false });
  await call('inventory:receive', { reference: 'PO-5', lines: [{ sku: 'TR-GR', bin: 'A-02', qty: 4 }] });
  await call('settings:update', { autoRelease: true });

  await page.goto(`${app.url}#inventory`);
  await waitForApp(page);
  const views = [
    ['inventory/stock', 'All stock', 'inventory-all-stock'],
    ['inventory/picks', 'Picks', 'inventory-picks'],
    ['inventory/backorders', 'Backorders', 'inventory-backorders'],
    ['inventory/fulfillable', 'Fulfillable Backorders', 'inventory-fulfillable'],
    ['inventory/low', 'Low stock', 'inventory-low'],
    ['inventory/frozen', 'Frozen', 'inventory-frozen'],
  ] as const;
  for (const [path, title, name] of views) {
    await page.goto(`${app.url}#${path}`);
    await expect(page.getByRole('grid', { name: title })).toBeVisible();
    await page.getByRole('grid', { name: title }).focus();
    await page.keyboard.press('Space');
    await shoot(page, name);
  }

  // An empty view says what to do.
  await page.goto(`${app.url}#inventory/picks`);
  await page.getByRole('searchbox', { name: 'Search picks' }).fill('nothing like it');
  await expect(page.getByRole('heading', { name: 'No pick matches' })).toBeVisible();
  await shoot(page, 'inventory-picks-empty');

  // All stock: Enter opens the item's stock page: by bin and status, and the ledger newest first.
  await page.goto(`${app.url}#inventory/stock`);
  await page.getByRole('grid', { name: 'All stock' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inventory\/items\/BRK-PAD$/);
  await page.goto(`${app.url}#inventory/items/TR-GR`);
  await expect(page.getByRole('heading', { name: 'Stock of TR-GR' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Stock by bin' })).toContainText('A-02');
  await expect(page.getByRole('grid', { name: 'Ledger' }).getByRole('row').nth(1)).toContainText('PO-5');
  await shoot(page, 'item-stock');

  // Receive from the item's page, filled in for it; the preview says what it will release to whom.
  await page.getByRole('button', { name: 'Receive' }).click();
  const receive = page.getByRole('dialog', { name: 'Receive' });
  await expect(receive.getByLabel('SKU')).toHaveValue('TR-GR');
  await expect(receive.getByLabel('Qty')).toBeFocused();
  await page.keyboard.type('3');
  await receive.getByLabel('Reference').fill('PO-8');
  await expect(receive.getByRole('table', { name: 'Will release' })).toContainText('Birch & Co');
  await shoot(page, 'dialog-receive-preview');
  await page.keyboard.press('Control+Enter');
  const received = page.getByRole('dialog', { name: 'Received' });
  await expect(received.getByRole('table', { name: 'Released' })).toContainText('1041.001');
  await shoot(page, 'dialog-receive-done');
  await received.getByRole('button', { name: 'Done' }).click();

  // Adjust, with a refusal on its field.
  await page.getByRole('button', { name: 'Adjust' }).first().click();
  const adjust = page.getByRole('dialog', { name: 'Adjust' });
  await adjust.getByLabel('Bin').fill('A-02');
  await adjust.getByLabel('Qty').fill('2');
  await page.keyboard.press('Control+Enter');
  await expect(adjust.getByText('reason must say why (a reason is required)')).toBeVisible();
  await expect(adjust).toContainText('A-02 holds');
  await shoot(page, 'dialog-adjust-refused');
  await page.keyboard.press('Escape');

  // Change Status from a bin's row, and the hint after it.
  await page.goto(`${app.url}#inventory/items/WASH-6`);
  await page.getByRole('button', { name: 'Change Status of WASH-6 in B-01' }).click();
  const change = page.getByRole('dialog', { name: 'Change Status' });
  await change.getByLabel('Qty').fill('4');
  await change.getByLabel('Reason').fill('QC passed');
  await expect(change).toContainText('B-01 holds 5 frozen of WASH-6 now.');
  await shoot(page, 'dialog-change-status');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog', { name: 'Status changed' })).toContainText('can now be filled from free stock');
  await shoot(page, 'dialog-change-status-done');
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}#settings`);
  await expect(page.getByRole('checkbox', { name: /Auto-release on receipt/ })).toBeChecked();
  await shoot(page, 'settings');
});

test('a receipt that releases more backorders than its answer lists: the first 200, the totals, and the rest under Picks', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'TR-GR', description: 'Trim, grey 2m' });
  await call('bins:create', { code: 'A-01' });
  const orders = Array.from({ length: 205 }, (_, i) => String(2001 + i));
  for (const number of orders) await call('orders:create', { number, customer: `Customer ${number}`, orderDate: '2026-11-01', lines: [{ sku: 'TR-GR', qty: 2 }] });
  await call('fulfillment:run', { orders });

  await page.goto(`${app.url}#inventory/items/TR-GR`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Receive' }).click();
  const receive = page.getByRole('dialog', { name: 'Receive' });
  await receive.getByLabel('Qty').fill('410');
  await receive.getByLabel('Bin').fill('A-01');
  const willRelease = receive.getByRole('table', { name: 'Will release' });
  await expect(willRelease.getByRole('row')).toHaveCount(201);
  await expect(receive.getByRole('note')).toHaveText('and 5 more will be released. In all 205 backorders (205 in full, 0 in part), 410 units onto 205 picks.');

  await page.keyboard.press('Control+Enter');
  const received = page.getByRole('dialog', { name: 'Received' });
  await expect(received.getByRole('table', { name: 'Released' }).getByRole('row')).toHaveCount(201);
  const more = received.getByRole('note');
  await expect(more).toContainText('and 5 more released: see Picks.');
  await more.scrollIntoViewIfNeeded();
  await shoot(page, 'dialog-receive-done-cut');

  // The rest are where the note says: every pick the receipt made is in the Picks list.
  await more.getByRole('link', { name: 'Picks' }).click();
  await expect(page).toHaveURL(/#inventory\/picks$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search picks' }).fill('2205');
  await expect(page.getByRole('grid', { name: 'Picks' })).toContainText('2205.001');
});
