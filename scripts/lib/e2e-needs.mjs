// What a machine needs for the end-to-end tests, checked before Playwright starts, so that a fresh
// machine is told the one line to run instead of meeting a stack trace from deep inside a spec.
// The tests drive an installed Chromium (never a downloaded one: the build machines are offline)
// and read printed PDFs back with poppler's tools.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
export const POPPLER_TOOLS = ['pdftotext', 'pdfinfo', 'pdftoppm'];
export const INSTALL_LINE = 'sudo apt-get install -y chromium fonts-liberation poppler-utils';

/** The Chromium to drive: CHROMIUM_PATH when set (and then only it), else the first installed candidate. */
export function findTestChromium(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) {
    return exists(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH } : { problem: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist` };
  }
  const path = CHROMIUM_CANDIDATES.find((candidate) => exists(candidate));
  return path ? { path } : { problem: `no Chromium (looked for ${CHROMIUM_CANDIDATES.join(', ')}, and CHROMIUM_PATH is not set)` };
}

/** What is missing, one phrase each; empty when the end-to-end tests can run. */
export function missingForEndToEnd(env = process.env, exists = existsSync) {
  const missing = [];
  const chromium = findTestChromium(env, exists);
  if (chromium.problem) missing.push(chromium.problem);
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const absent = POPPLER_TOOLS.filter((tool) => !dirs.some((dir) => exists(join(dir, tool))));
  if (absent.length > 0) missing.push(`no ${absent.join(', ')} (poppler-utils, which reads printed PDFs back)`);
  return missing;
}

/** The message for a machine that lacks what the end-to-end tests need: what, and the line that installs it. */
export function endToEndNeedsMessage(missing) {
  return [
    `The end-to-end tests cannot run on this machine: ${missing.join('; ')}.`,
    'On Debian or Ubuntu, install what they need with:',
    `  ${INSTALL_LINE}`,
    'Elsewhere, install Chromium (or Chrome) and poppler, and set CHROMIUM_PATH to the browser if it is not in /usr/bin. The tests never download a browser.',
  ].join('\n');
}
