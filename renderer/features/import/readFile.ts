import { IMPORT_TEXT_MAX } from '../../../shared/domain/import';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file cannot go through the Import screen, or undefined when it can. */
export function tooBig(file: { name: string; size: number }): string | undefined {
  if (file.size <= IMPORT_TEXT_MAX) return undefined;
  return `${file.name} is ${mb(file.size)}; the Import screen takes files up to ${mb(IMPORT_TEXT_MAX)} (the file travels in one request, and a request may be at most 16 MB). Import it with the command line instead: npm run cli -- import <kind> ${file.name}`;
}

/**
 * Reads a file as UTF-8 text, telling how far it has got. Bytes that are not UTF-8 become U+FFFD,
 * which the import refuses with the row and column they are in; a UTF-8 byte order mark is dropped.
 */
export function readFileText(file: Blob, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => resolve(new TextDecoder('utf-8').decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}
