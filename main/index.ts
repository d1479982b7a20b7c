// The Electron shell: lifecycle, the window, the menu, and IPC bound to the same dispatcher that
// browser mode serves. Everything else lives in plain-Node modules (core, handlers, engine, store).
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EVENT_PREFIX } from '../shared/bridge';
import { changeEvent } from '../shared/contract';
import { startCore } from './core';
import { bindContract } from './ipc/bind';
import { DATABASE_FILE } from './paths';
import { isTrustedSender } from './security';
import { appUrl, createMainWindow, installAppMenu } from './window';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function databasePathFromArgs(): string {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { db: { type: 'string' } }, strict: false, allowPositionals: true });
  return typeof values.db === 'string' ? resolve(values.db) : join(app.getPath('userData'), DATABASE_FILE);
}

app.setName('Stockdesk');
if (!app.requestSingleInstanceLock()) {
  // Another Stockdesk already has this desk's database open; it will come to the front.
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.whenReady().then(() => {
    const core = startCore({
      databasePath: databasePathFromArgs(),
      mode: 'electron',
      onChange: (channel, origin) => {
        for (const win of BrowserWindow.getAllWindows()) {
          if (String(win.webContents.id) !== origin) win.webContents.send(`${EVENT_PREFIX}data:changed`, changeEvent(channel));
        }
      },
    });
    bindContract(ipcMain, core.dispatch, (frame) => isTrustedSender(frame, appUrl(outDir)));
    installAppMenu();
    window = createMainWindow(outDir);
    app.on('window-all-closed', () => {
      core.close();
      app.quit();
    });
  }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error('Stockdesk could not start:', message);
    dialog.showErrorBox('Stockdesk could not start', message);
    app.exit(1);
  });
}
