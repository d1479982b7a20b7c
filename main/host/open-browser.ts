import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** A Chromium-family browser to open the app in, if one is installed (`CHROMIUM_PATH` first). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && exists(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => exists(p));
}

/**
 * Opens `url` as an app window (no tabs, no address bar) in its own profile inside the data folder,
 * so it does not mix with the clerk's everyday browsing. Returns false when no browser was found.
 */
export function openAppWindow(url: string, dataDir: string): boolean {
  const browser = findChromium();
  if (!browser) return false;
  const child = spawn(browser, [`--app=${url}`, `--user-data-dir=${join(dataDir, 'browser-profile')}`, '--no-first-run'], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
