import { expect, test, waitForApp } from './fixtures';

test('a clerk creates an item, reloads, and finds it by search', async ({ page, app }) => {
  await page.goto(`${app.url}#items`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { name: 'No items yet' })).toBeVisible();

  // A refusal shows next to its field, in the words main used, and nothing is saved.
  await page.getByRole('button', { name: /New item/ }).first().click();
  await page.getByLabel('SKU').fill('   ');
  await page.getByLabel('Unit').fill('9 box');
  await page.getByRole('button', { name: 'Create item' }).click();
  await expect(page.getByText('sku must not be empty')).toBeVisible();
  await expect(page.getByText('unit must start with a letter and use only letters, digits, . / or -')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/item-refused.png' });

  await page.getByLabel('SKU').fill('TR-GR');
  await page.getByLabel('Description').fill('Trailer grease, 400 g cartridge');
  await page.getByLabel('Unit').fill('ea');
  await page.getByLabel('Allow backorder').uncheck();
  await page.getByRole('button', { name: 'Create item' }).click();
  await expect(page.getByRole('status')).toContainText('Saved TR-GR');
  await expect(page.getByRole('row', { name: /TR-GR/ })).toBeVisible();

  // A second item whose sku differs only in case is refused, next to the sku field.
  await page.getByRole('button', { name: /New item/ }).first().click();
  await page.getByLabel('SKU').fill('tr-gr');
  await page.getByRole('button', { name: 'Create item' }).click();
  await expect(page.locator('.field--error')).toContainText('sku tr-gr is already used by TR-GR');
  await page.getByRole('button', { name: 'Cancel' }).click();

  for (const [sku, description] of [['BRK-PAD-04', 'Brake pad set, front'], ['HX-BOLT-M8', 'Hex bolt M8 x 40, zinc']]) {
    await page.getByRole('button', { name: /New item/ }).first().click();
    await page.getByLabel('SKU').fill(sku!);
    await page.getByLabel('Description').fill(description!);
    await page.getByRole('button', { name: 'Create item' }).click();
    await expect(page.getByRole('row', { name: new RegExp(sku!) })).toBeVisible();
  }

  // Still there after a reload (the token moved from the address to the session).
  await page.reload();
  await waitForApp(page);
  await expect(page.getByText('3 items')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search items' }).fill('grease');
  await expect(page.getByText('1 item matching “grease”')).toBeVisible();
  const row = page.getByRole('row', { name: /TR-GR/ });
  await expect(row).toContainText('Trailer grease, 400 g cartridge');
  await expect(row).toContainText('No'); // backorder not allowed
  await page.screenshot({ path: 'test-results/screenshots/items-search.png' });

  // Edit it: the change is stored.
  await page.getByRole('searchbox', { name: 'Search items' }).fill('');
  await expect(page.getByText('3 items')).toBeVisible();
  await page.getByRole('row', { name: /BRK-PAD-04/ }).dblclick();
  await page.getByLabel('Description').fill('Brake pad set, front axle');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /BRK-PAD-04/ })).toContainText('front axle');
  await page.screenshot({ path: 'test-results/screenshots/items.png' });
});

test('the contract refuses a request without the token', async ({ app, request }) => {
  const origin = new URL(app.url).origin;
  const response = await request.post(`${origin}/api/items:list`, { data: {} });
  expect(response.status()).toBe(401);
});
