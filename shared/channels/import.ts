import type { ImportPreview, ImportResult } from '../domain/import';
import { ImportInput } from '../domain/import';
import { command, query } from './define';

export const importChannels = {
  /** Reads a CSV file and checks every row against the database: its first rows and every problem; changes nothing. */
  'import:preview': query<ImportPreview>('items', 'stock', 'orders')(ImportInput),
  /** Imports a CSV file, all or nothing: refused, naming row and column, if any row is wrong. */
  'import:run': command<ImportResult>('items', 'stock', 'orders', 'documents')(ImportInput),
};
