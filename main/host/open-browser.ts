import { spawn as spawnProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { userDataDir } from '../paths';

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

export interface AppWindowOptions {
  /** The per-user data folder (the profile and the launch page live there); userDataDir() by default. */
  dataDir?: string;
  /** The browser to start; findChromium() by default. */
  browser?: string;
  spawn?: typeof spawnProcess;
}

export interface AppWindow {
  /** The launch page, readable by this user only. */
  launchPage: string;
  /** Removes the launch page (on stopping: the token in it is worthless by then, but need not linger). */
  forget(): void;
}

/**
 * Opens `url` (which carries the access token) as an app window: no tabs, no address bar, its own
 * profile in the user's data folder, apart from the clerk's everyday browsing. The token must not
 * be on the browser's command line, which every user of the machine can read (`ps`): the browser
 * is given a page readable by this user only that forwards to `url`, as Jupyter does.
 * Returns undefined when no browser was found.
 */
export function openAppWindow(url: string, options: AppWindowOptions = {}): AppWindow | undefined {
  const browser = options.browser ?? findChromium();
  if (!browser) return undefined;
  const dataDir = options.dataDir ?? userDataDir();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const launchPage = writeLaunchPage(join(dataDir, `open-${process.pid}.html`), url);
  const child = (options.spawn ?? spawnProcess)(
    browser,
    [`--app=${pathToFileURL(launchPage).href}`, `--user-data-dir=${join(dataDir, 'browser-profile')}`, '--no-first-run'],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => undefined);
  child.unref();
  return { launchPage, forget: () => rmSync(launchPage, { force: true }) };
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function writeLaunchPage(file: string, url: string): string {
  // Made afresh, so that its mode is the one given here whatever an old file had.
  rmSync(file, { force: true });
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${attribute(url)}"><title>Stockdesk</title><p>Opening Stockdesk…</p>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  return file;
}
