// Hardening of the Electron window: every default in docs/architecture.md, in one place. Written against
// small structural types rather than Electron's classes so the unit tests can drive it with fakes.
// (The app:// scheme is in protocol.ts; the fuses are set by packaging, in electron-builder.yml.)
import type { MenuItemConstructorOptions } from 'electron';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
} as const;

/** The window's web preferences: DevTools only where the app is run from source, never in a packaged build. */
export const webPreferencesFor = (packaged: boolean) => ({ ...WEB_PREFERENCES, devTools: !packaged });

/**
 * The View menu: zoom and full screen for everyone; reload and the DevTools (which `viewMenu` brings)
 * only where the app is run from source.
 */
export function viewMenu(packaged: boolean): MenuItemConstructorOptions {
  if (!packaged) return { role: 'viewMenu' };
  return { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] };
}

interface PreventableEvent {
  preventDefault(): void;
}

export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** The renderer's own page is the only place the window may show. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Navigation away, new windows and webviews are refused; the window stays on the app's page. */
export function hardenContents(contents: HardenableContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, notifications, geolocation, ...: the app needs none of them. */
export function denyPermissions(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** IPC is answered only for the app's own top frame, never for a subframe or a foreign page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined, appUrl: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, appUrl);
}
