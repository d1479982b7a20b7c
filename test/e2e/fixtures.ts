import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface BrowserModeApp {
  /** The address with the token, as printed on start-up. */
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/**
 * Starts browser mode exactly as `npm run start:browser -- --db PATH --port 0 --no-open` does, and
 * waits for its one ready line (never a fixed sleep).
 */
export async function startBrowserMode(dbPath: string): Promise<BrowserModeApp> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--browser', '--db', dbPath, '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^Stockdesk ready at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${stderr}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, dbPath, stop };
}

/** Waits until the app has loaded its data and says so (`data-ready` on the shell). */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

export const test = base.extend<{ app: BrowserModeApp; dataDir: string }>({
  // A fresh data folder per test, removed afterwards.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'stockdesk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const app = await startBrowserMode(join(dataDir, 'stockdesk.db'));
    await use(app);
    await app.stop();
  },
});

export { expect };
