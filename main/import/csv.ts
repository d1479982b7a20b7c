import { CsvError, parse } from 'csv-parse/sync';
import { ISSUES_LISTED, PREVIEW_ROWS, type ImportColumn, type ImportIssue } from '../../shared/domain/import';

/** Every problem found in a file, in row order; the first `ISSUES_LISTED` are kept, all are counted. */
export class Issues {
  readonly listed: ImportIssue[] = [];
  count = 0;

  add(row: number, column: string | null, message: string): void {
    this.count += 1;
    if (this.listed.length < ISSUES_LISTED) this.listed.push({ row, column, message });
  }

  get any(): boolean {
    return this.count > 0;
  }
}

/** One data row: its number in the file (the header is row 1, as a spreadsheet counts) and its cells by column. */
export interface CsvRow {
  row: number;
  /** The trimmed cell of a column; '' when the file has no such column. */
  get(column: string): string;
  has(column: string): boolean;
}

export interface CsvTable {
  /** The header as the file has it. */
  header: string[];
  rows: CsvRow[];
  /** The first rows as text, for the preview. */
  preview: { row: number; cells: string[] }[];
}

const NOT_UTF8 = 'is not UTF-8 text: save the file as UTF-8 (in Excel: CSV UTF-8) and import it again';

/** `Allow backorder`, `allow-backorder` and `ALLOW_BACKORDER` all name the column `allow_backorder`. */
export const columnName = (heading: string): string => heading.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Reads CSV text with a header row into rows of the given columns. Refuses, with row and column:
 * text that is not UTF-8 (a decoder turns such bytes into U+FFFD; UTF-16 shows as NUL characters),
 * malformed CSV, a header with unknown, repeated or missing columns, and a row whose number of fields
 * differs from the header's. A UTF-8 byte order mark is allowed; blank rows are skipped.
 */
export function readCsv(text: string, columns: readonly ImportColumn[], issues: Issues): CsvTable | undefined {
  if (text.includes('\u0000')) {
    issues.add(1, null, 'the file is not UTF-8 text (it looks like UTF-16): save it as UTF-8 (in Excel: CSV UTF-8) and import it again');
    return undefined;
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    issues.add(Number(error.records ?? 0) + 1, null, csvProblem(error));
    return undefined;
  }
  const [header, ...body] = records;
  if (!header || (header.length === 1 && header[0]!.trim() === '')) {
    issues.add(1, null, `the file is empty: it needs a header row naming its columns (${columns.map((c) => c.name).join(', ')})`);
    return undefined;
  }
  const names = readHeader(header, columns, issues);
  if (!names) return undefined;

  const index = new Map(names.map((name, i) => [name, i]));
  const rows: CsvRow[] = [];
  const preview: CsvTable['preview'] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (preview.length < PREVIEW_ROWS) preview.push({ row, cells });
    if (cells.length !== names.length) {
      issues.add(row, null, `has ${cells.length} ${cells.length === 1 ? 'field' : 'fields'}; the header has ${names.length}`);
      return;
    }
    const bad = cells.findIndex((cell) => cell.includes('\uFFFD'));
    if (bad >= 0) {
      issues.add(row, names[bad]!, NOT_UTF8);
      return;
    }
    rows.push({
      row,
      get: (column) => {
        const at = index.get(column);
        return at === undefined ? '' : cells[at]!.trim();
      },
      has: (column) => index.has(column),
    });
  });
  if (rows.length === 0 && !issues.any) issues.add(2, null, 'the file has no rows after its header: there is nothing to import');
  return { header, rows, preview };
}

/** The header's column names, or undefined (with the reasons) when it does not fit the file's kind. */
function readHeader(header: string[], columns: readonly ImportColumn[], issues: Issues): string[] | undefined {
  if (header.some((cell) => cell.includes('\uFFFD'))) {
    issues.add(1, null, `the header ${NOT_UTF8}`);
    return undefined;
  }
  const known = new Set(columns.map((c) => c.name));
  const names = header.map(columnName);
  const before = issues.count;
  names.forEach((name, i) => {
    if (name === '') issues.add(1, `${i + 1}`, 'has no name: every column needs a heading');
    else if (!known.has(name)) issues.add(1, name, `is not a column of this file (its columns are ${[...known].join(', ')})`);
    else if (names.indexOf(name) !== i) issues.add(1, name, 'appears twice in the header');
  });
  for (const column of columns) {
    if (column.required && !names.includes(column.name)) issues.add(1, column.name, 'is missing from the header: this file needs it');
  }
  return issues.count === before ? names : undefined;
}

function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed: a " is missing';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a field has a " in the middle: quote the whole field and double the " inside ("")';
    default:
      return `is not valid CSV (${error.message})`;
  }
}
