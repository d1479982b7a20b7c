import { beforeEach, describe, expect, it, vi } from 'vitest';

// window.ts and index.ts run inside Electron; here `electron` is replaced by fakes that record what
// the shell asks of it.
const electron = vi.hoisted(() => {
  const windows: { options: { webPreferences: Record<string, unknown> }; loaded?: string; handlers: Record<string, unknown> }[] = [];
  class BrowserWindow {
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined };
    entry: (typeof windows)[number];
    constructor(options: (typeof windows)[number]['options']) {
      this.entry = { options, handlers: {} };
      windows.push(this.entry);
    }
    once() {}
    loadURL(url: string) {
      this.entry.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    windows,
    BrowserWindow,
    protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    app: { setName: vi.fn(), requestSingleInstanceLock: vi.fn(() => true), quit: vi.fn(), on: vi.fn(), whenReady: vi.fn(() => new Promise(() => undefined)) },
    dialog: {},
    ipcMain: {},
  };
});
vi.mock('electron', () => electron);

const { createMainWindow, installAppMenu, serveRenderer } = await import('./window');

beforeEach(() => {
  electron.windows.length = 0;
});

describe('the Electron window', () => {
  it('loads the app from app://, never from file://', () => {
    createMainWindow('/opt/Stockdesk/resources/app.asar/out', true);
    expect(electron.windows[0]!.loaded).toBe('app://stockdesk/index.html');
  });

  it('serves app:// from the renderer build', async () => {
    serveRenderer('/opt/Stockdesk/resources/app.asar/out');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('has no DevTools in a packaged build, in the window or the menu', () => {
    createMainWindow('/out', true);
    expect(electron.windows[0]!.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    installAppMenu(true);
    expect(JSON.stringify(electron.Menu.setApplicationMenu.mock.lastCall)).not.toMatch(/toggleDevTools|viewMenu/);
    createMainWindow('/out', false);
    expect(electron.windows[1]!.options.webPreferences.devTools).toBe(true);
  });

  it('registers app:// as privileged when the shell loads, before the app is ready', async () => {
    await import('./index');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    // Electron accepts the registration only before ready: it comes before the shell waits for ready.
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!);
  });
});
