import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/**
 * The Chromium Playwright drives: CHROMIUM_PATH, else Debian's. Playwright's own browser download
 * cannot work offline, so a missing browser is a setup error that says what to install.
 */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium for the end-to-end tests. Install Debian\'s: sudo apt-get install -y chromium fonts-liberation poppler-utils ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome executable).',
    );
  }
  return found;
}
