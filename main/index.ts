// The Electron shell: lifecycle, the window, the menu, and IPC bound to the same dispatcher that
// browser mode serves. Everything else lives in plain-Node modules (core, handlers, engine, store).
import { app, BrowserWindow, dialog, ipcMain, protocol, webContents } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EVENT_PREFIX } from '../shared/bridge';
import { changeEvent } from '../shared/contract';
import { loadDemoAtStart } from './demo/start';
import { bindContract } from './ipc/bind';
import { DATABASE_FILE } from './paths';
import { APP_SCHEME_PRIVILEGES, APP_URL } from './protocol';
import { createSheetPrinter } from './print/electron/sheet-printer';
import { withNativePrinting } from './print/native-print';
import { isTrustedSender, webPreferencesFor } from './security';
import { createMainWindow, installAppMenu, serveRenderer } from './window';
import { startWorkerCore } from './worker/worker-core';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `--db PATH` and `--create-folder`, as in browser mode; the per-user default folder is always created. */
function databaseFromArgs(): { databasePath: string; createFolder: boolean } {
  const { values } = parseArgs({
    args: process.argv.slice(1),
    options: { db: { type: 'string' }, 'create-folder': { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  });
  if (typeof values.db !== 'string') return { databasePath: join(app.getPath('userData'), DATABASE_FILE), createFolder: true };
  return { databasePath: resolve(values.db), createFolder: values['create-folder'] === true };
}

app.setName('Stockdesk');
// Before ready, as Electron requires: the window's page comes from app://, never file://.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
if (!app.requestSingleInstanceLock()) {
  // Another Stockdesk already has this desk's database open; it will come to the front.
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.whenReady().then(async () => {
    // The store runs in worker threads (out/main/worker.js): a long run never holds up the windows.
    const core = await startWorkerCore({
      ...databaseFromArgs(),
      mode: 'electron',
      script: { path: join(outDir, 'main', 'worker.js') },
      onChange: (channel, origin) => {
        for (const win of BrowserWindow.getAllWindows()) {
          if (String(win.webContents.id) !== origin) win.webContents.send(`${EVENT_PREFIX}data:changed`, changeEvent(channel));
        }
      },
      // Only the window that started the work shows how far it has got.
      onProgress: (origin, progress) => {
        if (origin !== undefined) webContents.fromId(Number(origin))?.send(`${EVENT_PREFIX}work:progress`, progress);
      },
    });
    // `npm start -- --demo`: the demo shop, into an empty database only (else start-up stops, saying why).
    if (process.argv.includes('--demo')) console.log(await loadDemoAtStart(core.dispatch));
    // print:send needs Electron's printing: a hidden window with the print view, the print dialog.
    const printer = createSheetPrinter({
      appUrl: APP_URL,
      webPreferences: { ...webPreferencesFor(app.isPackaged), preload: join(outDir, 'preload', 'index.cjs') },
      parent: () => window,
    });
    bindContract(ipcMain, withNativePrinting(core.dispatch, printer), (frame) => isTrustedSender(frame, APP_URL));
    serveRenderer(outDir);
    installAppMenu(app.isPackaged);
    window = createMainWindow(outDir, app.isPackaged);
    app.on('window-all-closed', () => {
      void core.close().finally(() => app.quit());
    });
  }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error('Stockdesk could not start:', message);
    dialog.showErrorBox('Stockdesk could not start', message);
    app.exit(1);
  });
}
