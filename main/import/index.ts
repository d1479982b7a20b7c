import { IMPORT_COLUMNS, issueText, type ImportIssue, type ImportKind, type ImportPreview, type ImportResult } from '../../shared/domain/import';
import { DomainError } from '../../shared/errors';
import type { ReadDb } from '../store/handles';
import { refreshPlannerStatistics } from '../store/open';
import { Issues, readCsv, type CsvTable } from './csv';
import type { ImportCtx, Importer, Progress } from './importer';
import { itemsImporter } from './items';
import { ordersImporter } from './orders';
import { receiptsImporter } from './receipts';
import { stockImporter } from './stock';

// CSV import: a file is read, every row checked (against the file's rules and the database), and
// only a file with no problem at all is written, in the caller's one transaction: all or nothing.

export interface ImportFile {
  kind: ImportKind;
  fileName: string;
  text: string;
}

const importers: { [K in ImportKind]: Importer<unknown> } = {
  items: itemsImporter as Importer<unknown>,
  stock: stockImporter as Importer<unknown>,
  orders: ordersImporter as Importer<unknown>,
  receipts: receiptsImporter as Importer<unknown>,
};

interface Checked {
  table: CsvTable | undefined;
  issues: Issues;
  plan: unknown;
}

function check(db: ReadDb, file: ImportFile): Checked {
  const issues = new Issues();
  const table = readCsv(file.text, IMPORT_COLUMNS[file.kind], issues);
  const plan = table ? importers[file.kind].check(db, table, issues, file.fileName) : undefined;
  return { table, issues, plan };
}

/** What a file holds and what is wrong with it, changing nothing: the Import screen's preview. */
export function previewImport(db: ReadDb, file: ImportFile): ImportPreview {
  const { table, issues, plan } = check(db, file);
  return {
    kind: file.kind,
    fileName: file.fileName,
    header: table?.header ?? [],
    rows: table?.preview ?? [],
    totalRows: table?.rows.length ?? 0,
    issues: issues.listed,
    issueCount: issues.count,
    plan: issues.any ? '' : importers[file.kind].describe(plan),
  };
}

/** Every problem of a refused file, for the command line, which prints them all. */
export class ImportRefused extends DomainError {
  constructor(
    readonly listed: ImportIssue[],
    readonly total: number,
  ) {
    const more = total - 1;
    super(
      'invalid',
      `${issueText(listed[0]!)}${more > 0 ? ` (and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'})` : ''}; nothing was imported`,
      'text',
      listed.map((issue) => ({ field: 'text', message: issueText(issue) })),
    );
  }
}

/**
 * Checks the file and, if nothing is wrong, writes it. Runs inside the caller's one write transaction
 * (the dispatcher's for `import:run`, the command line's own), so a refusal anywhere leaves nothing behind.
 * The rows written are reported to `progress`: the command line's line, else the window's bar.
 */
export function runImport(ctx: ImportCtx, file: ImportFile, progress: Progress = (done, total) => ctx.progress?.('rows', done, total)): ImportResult {
  const { table, issues, plan } = check(ctx.db, file);
  if (issues.any || !table) throw new ImportRefused(issues.listed, issues.count);
  const summary = importers[file.kind].apply(ctx, plan, progress);
  // Thousands of new rows can change which index a statement should use: fresh statistics, taken in
  // this transaction (SQLite allows it there) so that they commit, or roll back, with the rows.
  refreshPlannerStatistics(ctx.db);
  return { kind: file.kind, fileName: file.fileName, rows: table.rows.length, summary };
}
