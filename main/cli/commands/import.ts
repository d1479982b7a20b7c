import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { IMPORT_KINDS, issueText, type ImportKind } from '../../../shared/domain/import';
import { createHandlers } from '../../handlers';
import { innerCall } from '../../handlers/inner-call';
import { ImportRefused, runImport } from '../../import';
import { writeTransaction } from '../../store/transaction';
import { openCliDatabase } from '../database';
import { CliError, usageError } from '../errors';
import { progressLine, type CliIo } from '../progress';

const isKind = (kind: string): kind is ImportKind => (IMPORT_KINDS as readonly string[]).includes(kind);

/** Reads a file as UTF-8; bytes that are not UTF-8 become U+FFFD, which the import refuses with row and column. */
function readText(path: string): string {
  try {
    if (!statSync(path).isFile()) throw new CliError(`${path} is a folder, not a CSV file.`);
    return new TextDecoder('utf-8').decode(readFileSync(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path} cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
  }
}

/** `import <kind> <file>`: one transaction for the whole file; a refusal lists every problem and imports nothing. */
export function importCommand(io: CliIo, databasePath: string, [kind, file]: string[]): number {
  if (kind === undefined || file === undefined) throw usageError('import needs a kind and a file: import <items|stock|orders|receipts> <file.csv>');
  if (!isKind(kind)) throw usageError(`${kind} is not a kind of import: use ${IMPORT_KINDS.join(', ')}`);
  const path = resolve(file);
  const text = readText(path);
  const database = openCliDatabase(databasePath, { create: true });
  try {
    io.stderr.write(`Importing ${kind} from ${path} into ${databasePath}\n`);
    // One transaction for the file, and the handler table, as the dispatcher gives `import:run`: all or nothing.
    const result = writeTransaction(database.ctx.db, (db) => {
      const ctx = { ...database.ctx, db, handlers: createHandlers() };
      return runImport({ ...ctx, call: innerCall(ctx) }, { kind, fileName: basename(path), text }, progressLine(io, `${kind} written`));
    });
    io.stderr.write(`${result.summary} from ${result.fileName} (${result.rows.toLocaleString('en-US')} rows).\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    for (const issue of error.listed) io.stderr.write(`${issueText(issue)}\n`);
    const unlisted = error.total - error.listed.length;
    if (unlisted > 0) io.stderr.write(`... and ${unlisted.toLocaleString('en-US')} more problems\n`);
    throw new CliError(`${basename(path)} was not imported: ${error.total.toLocaleString('en-US')} ${error.total === 1 ? 'problem' : 'problems'} (listed above); nothing was changed.`);
  } finally {
    database.close();
  }
}
