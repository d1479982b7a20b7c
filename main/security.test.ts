import { describe, expect, it, vi } from 'vitest';
import { APP_URL } from './protocol';
import { denyPermissions, hardenContents, isTrustedSender, viewMenu, WEB_PREFERENCES, webPreferencesFor, type HardenableContents } from './security';

const APP = APP_URL;

function fakeContents() {
  const listeners: Record<string, (...args: never[]) => void> = {};
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, listener: (...args: never[]) => void) => {
      listeners[event] = listener;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as HardenableContents;
  const preventable = () => ({ preventDefault: vi.fn() });
  return { contents, listeners, open: (url: string) => openHandler!({ url }), preventable };
}

describe('window hardening', () => {
  it('uses the secure web preferences', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });

  it('makes DevTools unavailable in a packaged build, from the window and from the menu', () => {
    expect(webPreferencesFor(true)).toMatchObject({ ...WEB_PREFERENCES, devTools: false });
    expect(JSON.stringify(viewMenu(true))).not.toMatch(/toggleDevTools|viewMenu|reload/i);
    // Run from source, the developer keeps them.
    expect(webPreferencesFor(false).devTools).toBe(true);
    expect(viewMenu(false)).toEqual({ role: 'viewMenu' });
  });

  it('loads the app from app://, never file://', () => {
    expect(APP).toBe('app://stockdesk/index.html');
  });

  it('refuses navigation away from the app page, webviews and new windows', () => {
    const { contents, listeners, open, preventable } = fakeContents();
    hardenContents(contents, APP);
    const away = preventable();
    (listeners['will-navigate'] as (e: unknown, url: string) => void)(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const reload = preventable();
    (listeners['will-navigate'] as (e: unknown, url: string) => void)(reload, `${APP}#items`);
    expect(reload.preventDefault).not.toHaveBeenCalled();
    const webview = preventable();
    (listeners['will-attach-webview'] as (e: unknown) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const callback = vi.fn();
    request!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('trusts only the app page’s top frame', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, parent: {} }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/other.html', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/Stockdesk/resources/app.asar/out/renderer/index.html', parent: null }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'app://elsewhere/index.html', parent: null }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });
});
