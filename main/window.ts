import { BrowserWindow, Menu, protocol, session, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME, APP_URL, createAppProtocolHandler } from './protocol';
import { denyPermissions, hardenContents, viewMenu, webPreferencesFor } from './security';

/** Serves the renderer build on app:// (registered as privileged in index.ts, before ready). */
export function serveRenderer(outDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(outDir, 'renderer')));
}

export function createMainWindow(outDir: string, packaged: boolean): BrowserWindow {
  denyPermissions(session.defaultSession);
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Stockdesk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: { ...webPreferencesFor(packaged), preload: join(outDir, 'preload', 'index.cjs') },
  });
  hardenContents(window.webContents, APP_URL);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/** The usual menus, by role, so that copy, paste, zoom and quit behave as on any desktop app. */
export function installAppMenu(packaged: boolean): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu(packaged),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
