import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { collectRows, EXPORT_LISTS, exportRecords, type ExportListName } from '../../../shared/domain/export';
import { ORDER_STATUSES } from '../../../shared/domain/orders';
import type { Page } from '../../../shared/validation';
import { DATA_EXPORTS, dataExport, type DataExportName } from '../data-export';
import { openCliDatabase, type CliDatabase } from '../database';
import { CliError, usageError } from '../errors';
import { progressLine, type CliIo } from '../progress';

export interface ExportOptions {
  query?: string;
  status?: string;
  out?: string;
  includeInactive?: boolean;
}

export const EXPORT_NAMES = [...Object.keys(EXPORT_LISTS), ...Object.keys(DATA_EXPORTS)];

/** What `--status` may say for each list that has a status filter, and the input field it sets. */
const STATUS_FILTERS: Partial<Record<string, { values: readonly string[]; field: string }>> = {
  orders: { values: ORDER_STATUSES, field: 'status' },
  picks: { values: ['open', 'printed'], field: 'filter' },
  'order-lines': { values: ['Draft', 'Open'], field: 'status' },
};

/** `--status open` for `Open`: the list's own spelling, matched ignoring case. */
function statusFor(list: string, status: string | undefined): { field: string; value: string } | undefined {
  if (status === undefined) return undefined;
  const filter = STATUS_FILTERS[list];
  if (!filter) throw usageError(`--status applies to ${Object.keys(STATUS_FILTERS).join(', ')}, not to ${list}`);
  const value = filter.values.find((v) => v.toLowerCase() === status.toLowerCase());
  if (value === undefined) throw usageError(`--status for ${list} must be one of ${filter.values.join(', ')}`);
  return { field: filter.field, value };
}

function listRecords(io: CliIo, database: CliDatabase, name: ExportListName, options: ExportOptions): Promise<(string | number)[][]> {
  const list = EXPORT_LISTS[name];
  const status = statusFor(name, options.status);
  const input = {
    ...list.fixed,
    query: options.query ?? '',
    ...(name === 'items' ? { includeInactive: options.includeInactive === true } : {}),
    ...(status ? { [status.field]: status.value } : {}),
  };
  const page = (offset: number, limit: number) => {
    const result = database.dispatch(list.channel, { ...input, offset, limit });
    if (!result.ok) throw new CliError(result.error.message, 2);
    return result.value as Page<never>;
  };
  return collectRows(page, progressLine(io, `${name} read`)).then((rows) => exportRecords(list as never, rows));
}

/** `export <list>`: the list as the screen shows it (or a data export), as CSV on stdout or in `--out`. */
export async function exportCommand(io: CliIo, databasePath: string, [name]: string[], options: ExportOptions): Promise<number> {
  if (name === undefined) throw usageError(`export needs a list: ${EXPORT_NAMES.join(', ')}`);
  if (!EXPORT_NAMES.includes(name)) throw usageError(`${name} is not a list that exports: use ${EXPORT_NAMES.join(', ')}`);
  if (options.includeInactive && name !== 'items') throw usageError('--include-inactive applies to items only');
  const database = openCliDatabase(databasePath, { create: false });
  try {
    let records: (string | number)[][];
    if (name in DATA_EXPORTS) {
      if (options.query !== undefined) throw usageError(`--query does not apply to ${name}`);
      records = dataExport(database.ctx.db, name as DataExportName, statusFor(name, options.status)?.value);
    } else {
      records = await listRecords(io, database, name as ExportListName, options);
    }
    const csv = stringify(records);
    if (options.out === undefined) io.stdout.write(csv);
    else writeFileSync(resolve(options.out), csv);
    io.stderr.write(`Exported ${(records.length - 1).toLocaleString('en-US')} rows of ${name}${options.out ? ` to ${resolve(options.out)}` : ''}.\n`);
    return 0;
  } finally {
    database.close();
  }
}
