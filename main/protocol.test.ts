import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_URL, createAppProtocolHandler } from './protocol';

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stockdesk-renderer-'));
  outside = mkdtempSync(join(tmpdir(), 'stockdesk-outside-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Stockdesk</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index.js'), 'export {}');
  writeFileSync(join(outside, 'secret.txt'), 'not for the page');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)({ url, method });

describe('the app:// protocol', () => {
  it('is a standard, secure scheme without service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } });
  });

  it('serves the renderer build with its type and the app’s CSP', async () => {
    const page = await get(APP_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Stockdesk</title>');
    const script = await get('app://stockdesk/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the build: no climbing out, no links out, no other host', async () => {
    symlinkSync(join(outside, 'secret.txt'), join(root, 'assets', 'leak.js'));
    for (const url of ['app://stockdesk/../../etc/passwd', 'app://stockdesk/%2e%2e/%2e%2e/etc/passwd', 'app://stockdesk/assets/leak.js', 'app://other/index.html']) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect((await get('app://stockdesk/%E0%A4%A')).status).toBe(400);
    expect((await get(APP_URL, 'POST')).status).toBe(405);
  });
});
