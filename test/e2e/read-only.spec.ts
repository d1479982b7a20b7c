import { chmodSync } from 'node:fs';
import { contractClient } from './contract-client';
import { expect, startBrowserMode, test, waitForApp } from './fixtures';
import { screenshots } from './shoot';

// A database file this user may not write opens read-only: the window says so above every screen,
// and a save is refused in those words instead of failing as an internal error.
test.use({ viewport: { width: 1440, height: 900 } });

const shoot = screenshots('.read-only-banner');

test('a read-only database shows a banner, and a save is refused saying why', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'BOLT-8', description: 'Bolt M8 x 40, zinc' });
  await app.stop();
  chmodSync(app.dbPath, 0o444);

  const readOnly = await startBrowserMode(app.dbPath);
  try {
    await page.goto(`${readOnly.url}#items`);
    await waitForApp(page);
    const banner = page.locator('.read-only-banner');
    await expect(banner).toContainText('Read only. You can look at everything, but nothing can be saved');
    await expect(banner).toContainText(app.dbPath);
    await expect(page.getByRole('row', { name: /BOLT-8/ })).toBeVisible();
    await shoot(page, 'read-only-items');

    await page.getByRole('button', { name: /New item/ }).first().click();
    await page.getByLabel('SKU').fill('NUT-8');
    await page.getByRole('button', { name: 'Create item' }).click();
    await expect(page.getByText(/this database is open read-only/).first()).toBeVisible();
    await shoot(page, 'read-only-refused');
  } finally {
    await readOnly.stop();
  }
});
