import { defineConfig } from '@playwright/test';
import { chromiumPath } from './test/e2e/chromium';

// End-to-end: browser mode on a temporary database, driven in Debian's Chromium (never a downloaded
// browser). The Electron spec launches the desktop app where its binary exists.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1360, height: 840 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
});
