import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The printer runs inside Electron; here `electron` is replaced by fakes that record what it does.
const printed = [{ number: '1040.001', version: 'pick:1:1:4' }];
const windows: FakeWindow[] = [];
let printAnswer: [boolean, string] = [true, ''];
let saveAnswer: { canceled: boolean; filePath?: string } = { canceled: true };

class FakeWindow {
  options: unknown;
  url = '';
  destroyed = false;
  webContents = {
    on: vi.fn(),
    setWindowOpenHandler: vi.fn(),
    executeJavaScript: vi.fn(async (_code: string) => printed),
    print: vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(...printAnswer)),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.4 sheets')),
  };
  constructor(options: unknown) {
    this.options = options;
    windows.push(this);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  destroy() {
    this.destroyed = true;
  }
}
const dialog = { showSaveDialog: vi.fn(async () => saveAnswer) };
vi.mock('electron', () => ({ BrowserWindow: FakeWindow, dialog }));

const { createSheetPrinter } = await import('./sheet-printer');
const { READ_SHEETS } = await import('../read-sheets');
const printer = createSheetPrinter({ appUrl: 'app://stockdesk/index.html', webPreferences: { sandbox: true, preload: '/out/preload/index.cjs' }, parent: () => undefined });

let dir: string;
beforeEach(() => {
  windows.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'stockdesk-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the desktop app’s sheet printer', () => {
  it('loads the print view in a hidden, hardened window, prints through the system dialog, and closes the window', async () => {
    printAnswer = [true, ''];
    const outcome = await printer.print({ documents: ['1040.001', 'SO,7.002'], paper: 'a4', to: 'printer' });
    expect(outcome).toEqual({ outcome: 'printed', sheets: printed, pdfPath: null });
    const [window] = windows;
    expect(window!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, preload: '/out/preload/index.cjs' } });
    // The router's escaping twice over: a comma inside an order number survives the trip.
    expect(window!.url).toBe('app://stockdesk/index.html#print/a4/1040.001%2CSO%252C7.002');
    expect(window!.webContents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(window!.webContents.executeJavaScript).toHaveBeenCalledWith(READ_SHEETS);
    expect(window!.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
    expect(window!.destroyed).toBe(true);
  });

  it('says cancelled when the clerk cancels the print dialog, and rejects with the reason when the print fails', async () => {
    printAnswer = [false, 'cancelled'];
    expect(await printer.print({ documents: ['1040.001'], paper: 'letter', to: 'printer' })).toEqual({ outcome: 'cancelled' });
    printAnswer = [false, 'Print job failed'];
    await expect(printer.print({ documents: ['1040.001'], paper: 'letter', to: 'printer' })).rejects.toThrow('Print job failed');
    expect(windows.every((w) => w.destroyed)).toBe(true);
  });

  it('saves the sheets as a PDF with their own page size where the clerk chooses, or nothing when the save is cancelled', async () => {
    saveAnswer = { canceled: true };
    expect(await printer.print({ documents: ['1040.001'], paper: 'letter', to: 'pdf' })).toEqual({ outcome: 'cancelled' });
    expect(windows[0]!.webContents.printToPDF).not.toHaveBeenCalled();

    const filePath = join(dir, '1040.001.pdf');
    saveAnswer = { canceled: false, filePath };
    expect(await printer.print({ documents: ['1040.001'], paper: 'letter', to: 'pdf' })).toEqual({ outcome: 'printed', sheets: printed, pdfPath: filePath });
    expect(windows[1]!.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(readFileSync(filePath, 'utf8')).toBe('%PDF-1.4 sheets');
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: '1040.001.pdf' }));
  });

  it('gives up when the print view cannot draw the sheets, closing the window', async () => {
    const failing = createSheetPrinter({ appUrl: 'app://stockdesk/index.html', webPreferences: {}, parent: () => undefined });
    const attempt = failing.print({ documents: ['1040.001'], paper: 'letter', to: 'printer' });
    windows.at(-1)!.webContents.executeJavaScript.mockRejectedValueOnce(new Error('1040.001 is cancelled: there is nothing on it to pull'));
    await expect(attempt).rejects.toThrow('1040.001 is cancelled');
    expect(windows.at(-1)!.destroyed).toBe(true);
  });
});
