import { _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/lib/electron-binary.mjs';
import { expect, test } from './fixtures';

const binary = findElectronBinary();

// Runs wherever the Electron binary exists; elsewhere it is reported as skipped, with the reason.
test.skip(!binary.path, `Electron spec skipped: ${binary.reason}`);

test('the desktop app opens its window on a fresh database, hardened, and stores an item', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stockdesk-electron-'));
  const app = await electron.launch({ executablePath: binary.path!, args: ['.', '--db', join(dir, 'stockdesk.db')] });
  try {
    const page = await app.firstWindow();
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
    // The window opens on the order list; its title says where the clerk is.
    await expect(page).toHaveTitle('Orders — Stockdesk');
    // The page sees exactly the bridge's two functions, and nothing of Node or Electron.
    const seen = await page.evaluate(() => ({
      bridge: Object.keys(window.stockdesk ?? {}).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(seen).toEqual({ bridge: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Items' }).click();
    await page.getByRole('button', { name: /New item/ }).first().click();
    await page.getByLabel('SKU').fill('EL-1');
    await page.getByRole('button', { name: 'Create item' }).click();
    await expect(page.getByRole('row', { name: /EL-1/ })).toBeVisible();
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
