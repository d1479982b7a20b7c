import { BrowserWindow, Menu, session, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { denyPermissions, hardenContents, WEB_PREFERENCES } from './security';

/** The renderer build's page, as the file:// URL the window loads. */
export const appUrl = (outDir: string): string => pathToFileURL(join(outDir, 'renderer', 'index.html')).href;

export function createMainWindow(outDir: string): BrowserWindow {
  denyPermissions(session.defaultSession);
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Stockdesk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: { ...WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.cjs') },
  });
  const url = appUrl(outDir);
  hardenContents(window.webContents, url);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

/** The usual menus, by role, so that copy, paste, zoom and quit behave as on any desktop app. */
export function installAppMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
