import { describe, expect, it } from 'vitest';
import { endToEndNeedsMessage, findTestChromium, missingForEndToEnd } from '../../scripts/lib/e2e-needs.mjs';

// What `npm test` tells a fresh machine that lacks what the end-to-end tests need, instead of
// failing inside Playwright: the exact line to install it with.
const installed = (...paths: string[]) => (path: string) => paths.includes(path);
const POPPLER = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm'];
const PATH = '/usr/local/bin:/usr/bin';

describe('what the end-to-end tests need', () => {
  it('finds Debian’s Chromium, and lacks nothing on a machine with it and poppler', () => {
    const exists = installed('/usr/bin/chromium', ...POPPLER);
    expect(findTestChromium({}, exists)).toEqual({ path: '/usr/bin/chromium' });
    expect(missingForEndToEnd({ PATH }, exists)).toEqual([]);
  });

  it('uses CHROMIUM_PATH when set, and says so when it names nothing', () => {
    expect(findTestChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, installed('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/chrome/chrome' });
    expect(findTestChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, installed('/usr/bin/chromium'))).toEqual({
      problem: 'CHROMIUM_PATH is /opt/chrome/chrome, which does not exist',
    });
  });

  it('tells a fresh machine exactly what to install', () => {
    const missing = missingForEndToEnd({ PATH }, installed());
    expect(missing).toEqual([
      'no Chromium (looked for /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome-stable, /usr/bin/google-chrome, and CHROMIUM_PATH is not set)',
      'no pdftotext, pdfinfo, pdftoppm (poppler-utils, which reads printed PDFs back)',
    ]);
    const message = endToEndNeedsMessage(missing);
    expect(message.split('\n')).toContain('  sudo apt-get install -y chromium fonts-liberation poppler-utils');
    expect(message).toMatch(/^The end-to-end tests cannot run on this machine: no Chromium .*; no pdftotext/);
  });

  it('names only the poppler tools that are missing from PATH', () => {
    expect(missingForEndToEnd({ PATH }, installed('/usr/bin/chromium', '/usr/local/bin/pdftotext', '/usr/bin/pdfinfo'))).toEqual([
      'no pdftoppm (poppler-utils, which reads printed PDFs back)',
    ]);
  });
});
