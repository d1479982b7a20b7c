import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Channel, Input } from '../../../shared/contract';
import { collectRows, EXPORT_LISTS, exportRecords, type ExportList, type ExportListName } from '../../../shared/domain/export';
import type { Page } from '../../../shared/validation';
import type { ApiClient } from '../../api';

/** A list as a screen shows it: which list, and the screen's own filters and search. */
export interface ExportRequest {
  list: ExportListName;
  /** The channel input besides paging and the list's fixed filter: `{ query, status }`. */
  input: Record<string, unknown>;
}

/** `orders-2026-11-25.csv`: the list and the local date. */
export function exportFileName(list: ExportListName, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${EXPORT_LISTS[list].fileName}-${day}.csv`;
}

/**
 * Every row of the list, not just the loaded pages: the list channel is read page after page with
 * the screen's filters and search, and written as CSV here in the window (csv-stringify). No channel
 * of its own: what is exported is exactly what the list channel gives the screen.
 */
export async function exportCsv(api: ApiClient, request: ExportRequest, onProgress: (loaded: number, total: number) => void): Promise<{ csv: string; rows: number }> {
  const list = EXPORT_LISTS[request.list] as ExportList<unknown>;
  const page = (offset: number, limit: number) =>
    api.call(list.channel as Channel, { ...list.fixed, ...request.input, offset, limit } as Input<Channel>) as Promise<Page<unknown>>;
  const rows = await collectRows(page, onProgress);
  return { csv: stringify(exportRecords(list, rows)), rows: rows.length };
}

/** Hands the text to the browser as a download (in the desktop app: its Save dialog). */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the time the click returns; the next task frees the text.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
