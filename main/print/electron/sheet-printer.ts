// The desktop app's printing: a hidden window holding the print view of the job's sheets (the same
// page browser mode prints), then the system print dialog (webContents.print) or Save as PDF
// (printToPDF). What went out is read from the page itself, so print:done records exactly that.
import { BrowserWindow, dialog, type WebContents, type WebPreferences } from 'electron';
import { writeFile } from 'node:fs/promises';
import { printViewPath } from '../../../shared/domain/print';
import { hardenContents } from '../../security';
import type { PrinterOutcome, SheetPrinter } from '../native-print';
import { READ_SHEETS } from '../read-sheets';

type PrintedSheets = { number: string; version: string }[];

export interface SheetPrinterOptions {
  /** The app's page (app://stockdesk/index.html): the print window loads its print view. */
  appUrl: string;
  /** The main window's preferences and preload: the print view reads the sheets over the contract. */
  webPreferences: WebPreferences;
  /** The window the Save dialog belongs to. */
  parent(): BrowserWindow | undefined;
}

export function createSheetPrinter(options: SheetPrinterOptions): SheetPrinter {
  return {
    async print(job) {
      const window = new BrowserWindow({ show: false, width: 1000, height: 1300, webPreferences: options.webPreferences });
      hardenContents(window.webContents, options.appUrl);
      try {
        // The router's own escaping (hrefOf): each path segment escaped once more.
        const hash = printViewPath(job.paper, job.documents).split('/').map(encodeURIComponent).join('/');
        await window.loadURL(`${options.appUrl}#${hash}`);
        const sheets = (await window.webContents.executeJavaScript(READ_SHEETS)) as PrintedSheets;
        return job.to === 'pdf' ? await saveAsPdf(window.webContents, sheets, job.documents, options.parent()) : await printOnPaper(window.webContents, sheets);
      } finally {
        window.destroy();
      }
    },
  };
}

function printOnPaper(contents: WebContents, sheets: PrintedSheets): Promise<PrinterOutcome> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve({ outcome: 'printed', sheets, pdfPath: null });
      else if (/cancel/i.test(failureReason)) resolve({ outcome: 'cancelled' });
      else reject(new Error(failureReason || 'the printer reported a failure'));
    });
  });
}

async function saveAsPdf(contents: WebContents, sheets: PrintedSheets, documents: string[], parent: BrowserWindow | undefined): Promise<PrinterOutcome> {
  const options = { title: 'Save the sheets as PDF', defaultPath: `${documents.join(' ')}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
  // The sheets' own @page size and margins (Letter or A4), with their borders and boxes.
  await writeFile(choice.filePath, await contents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
  return { outcome: 'printed', sheets, pdfPath: choice.filePath };
}
