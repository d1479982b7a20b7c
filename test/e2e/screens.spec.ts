import { contractClient } from './contract-client';
import { expect, test, waitForApp } from './fixtures';
import { screenshots } from './shoot';

// Every screen of the order desk at a desk monitor's size, light and dark, saved for a person to
// look at (test-results/screenshots/). Each must show its heading and fit the window: nothing may
// stick out sideways (a cut-off column or a toolbar that wraps off screen fails the test).
test.use({ viewport: { width: 1440, height: 900 } });

async function seed(call: ReturnType<typeof contractClient>) {
  const items = [
    ['BOLT-8', 'Bolt M8 x 40, zinc'], ['TR-GR', 'Trim, grey 2m'], ['WASH-6', 'Washer M6'], ['BRK-PAD', 'Brake pad set, front'],
    ['HX-NUT', 'Hex nut M8'], ['CBL-3', 'Cable 3 core, per m'], ['FLT-OIL', 'Oil filter'],
  ] as const;
  // Washers are not backorderable: with only frozen stock, a run leaves them unallocated with an error.
  for (const [sku, description] of items) await call('items:create', { sku, description, allowBackorder: sku !== 'WASH-6' });
  await call('items:create', { sku: 'KIT-BRK', description: 'Brake service kit' });
  await call('items:setKit', { kit: 'KIT-BRK', components: [{ sku: 'BRK-PAD', qty: 1 }, { sku: 'HX-NUT', qty: 4 }] });
  for (const code of ['A-01', 'A-02', 'B-01']) await call('bins:create', { code });
  await call('inventory:receive', {
    reference: 'PO-1',
    lines: [
      { sku: 'BOLT-8', bin: 'A-01', qty: 400 }, { sku: 'TR-GR', bin: 'A-02', qty: 6 }, { sku: 'BRK-PAD', bin: 'B-01', qty: 3 },
      { sku: 'HX-NUT', bin: 'B-01', qty: 100 }, { sku: 'FLT-OIL', bin: 'A-02', qty: 12 },
    ],
  });
  await call('inventory:adjust', { sku: 'WASH-6', bin: 'A-01', status: 'frozen', mode: 'set', qty: 3, reason: 'QC hold' });
  const customers = ['Acme Tools', 'Birch & Co', 'Cole Ltd', 'Dunmore Marine', 'Elm Street Garage'];
  for (let i = 0; i < 5; i++) {
    await call('orders:create', {
      number: String(1040 + i),
      customer: customers[i]!,
      orderDate: `2026-11-0${i + 1}`,
      priority: i === 2 ? 'high' : 'normal',
      policy: i === 4 ? 'complete' : 'partial',
      lines: [{ sku: 'BOLT-8', qty: 50 }, { sku: 'TR-GR', qty: 4 + i }, { sku: 'WASH-6', qty: 2 }],
    });
  }
  await call('orders:addLine', { order: '1040', line: { sku: 'KIT-BRK', qty: 2 } });
  await call('orders:addLine', { order: '1040', line: { sku: 'CBL-3', qty: 20, status: 'Vendor Order' } });
  await call('fulfillment:run', { orders: ['1041', '1042', '1043'] });
}

const shoot = screenshots('.header-form');

test('every order-desk screen, light and dark, fits the window', async ({ app, page, request }) => {
  await seed(contractClient(request, app.url));
  await page.goto(app.url);
  await waitForApp(page);

  await expect(page.getByRole('grid', { name: 'Orders' }).getByRole('row')).toHaveCount(6);
  await page.getByRole('grid', { name: 'Orders' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await shoot(page, 'orders');

  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'New order' })).toBeVisible();
  await shoot(page, 'order-new');

  await page.goto(`${app.url}#orders/1040`);
  await expect(page.getByRole('heading', { name: 'Order 1040' })).toBeVisible();
  await expect(page.locator('.bom__kit')).toContainText('Kit KIT-BRK');
  await shoot(page, 'order-items-draft');

  await page.goto(`${app.url}#orders/1041/items`);
  await expect(page.getByRole('heading', { name: 'Order 1041' })).toBeVisible();
  await expect(page.locator('.bom-line[data-sku="TR-GR"]')).toContainText('Backordered');
  await shoot(page, 'order-items-open');

  await page.getByRole('tab', { name: /Attachments/ }).click();
  await expect(page).toHaveURL(/#orders\/1041\/attachments$/);
  await expect(page.getByRole('row', { name: /1041\.002/ })).toBeVisible();
  await shoot(page, 'order-attachments');

  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('1041.002');
  await shoot(page, 'order-details');

  await page.goto(`${app.url}#orders`);
  await page.getByRole('checkbox', { name: 'Select 1040' }).check();
  await page.getByRole('checkbox', { name: 'Select 1044' }).check();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Run Fulfillment' }).click();
  await expect(page.getByRole('heading', { name: 'Fulfillment Results' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Alerts/ })).toContainText('only frozen stock');
  await shoot(page, 'fulfillment-results');

  await page.goto(`${app.url}#docs/1041.002`);
  await expect(page.getByRole('heading', { name: 'Backorder 1041.002' })).toBeVisible();
  await shoot(page, 'document-backorder');
  await page.goto(`${app.url}#docs/1041.001`);
  await expect(page.getByRole('heading', { name: 'Pick 1041.001' })).toBeVisible();
  await shoot(page, 'document-pick');

  await page.goto(`${app.url}#items`);
  await expect(page.getByRole('grid', { name: 'Items' })).toBeVisible();
  await shoot(page, 'items');
});

test('an order of 500 lines opens with only the visible lines drawn, and scrolls to its last line', async ({ app, page, request }) => {
  const call = contractClient(request, app.url);
  await call('items:create', { sku: 'BOLT-8', description: 'Bolt M8 x 40' });
  for (let batch = 0; batch < 5; batch++) {
    const lines = Array.from({ length: 100 }, (_, i) => ({ sku: 'BOLT-8', qty: batch * 100 + i + 1 }));
    if (batch === 0) await call('orders:create', { number: '5000', customer: 'Big Job Ltd', orderDate: '2026-11-30', lines });
    else for (const line of lines) await call('orders:addLine', { order: '5000', line });
  }
  await page.goto(`${app.url}#orders/5000`);
  await expect(page.getByRole('tab', { name: /Items \(500\)/ })).toBeVisible();
  const drawn = await page.locator('.bom-line').count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(40);
  await page.getByRole('list', { name: 'Bill of material' }).focus();
  await page.keyboard.press('End');
  await expect(page.locator('.bom-line').last()).toContainText('500');
});
