import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDatabase } from '../../store/open';
import { withDispatcher } from '../database';
import { CliError, usageError } from '../errors';
import type { CliIo } from '../progress';
import { checkDatabaseFile, copyDatabase } from './backup';
import { verifyReport, verifyText } from './verify';

const removeDatabaseFiles = (path: string) => {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
};

/** A copy of the database being replaced, beside it; a damaged one is copied as it is. */
async function keepCurrent(io: CliIo, databasePath: string): Promise<string> {
  const kept = `${databasePath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await copyDatabase(io, databasePath, kept, 'current database copied');
  } catch {
    copyFileSync(databasePath, kept);
  }
  return kept;
}

/**
 * `restore <file>`: refuses a file that is not a Stockdesk database, is damaged, comes from a newer
 * Stockdesk or does not verify, and then changes nothing. Otherwise the backup is staged beside the
 * database, upgraded if it is older, verified, and written into the database through SQLite's backup
 * API (so a Stockdesk that has it open sees the restored data, never a file swapped under it); the
 * database it replaces is kept beside it.
 */
export async function restoreCommand(io: CliIo, databasePath: string, [file]: string[]): Promise<number> {
  if (file === undefined) throw usageError('restore needs the backup to restore: restore <file>');
  const backup = resolve(file);
  if (backup === databasePath) throw usageError(`${backup} is the database itself: name a backup file`);
  checkDatabaseFile(backup, 'backup file');
  if (!existsSync(dirname(databasePath))) throw new CliError(`The folder ${dirname(databasePath)} does not exist (nothing was restored).`);

  const staged = `${databasePath}.restoring-${process.pid}`;
  removeDatabaseFiles(staged);
  try {
    await copyDatabase(io, backup, staged, 'backup read');
    const check = withDispatcher(openDatabase(staged), staged);
    const report = (() => {
      try {
        return verifyReport(check);
      } finally {
        check.close();
      }
    })();
    if (!report.ok) {
      io.stdout.write(verifyText(backup, report));
      throw new CliError(`${backup} does not verify (see above): nothing was restored.`);
    }
    const kept = existsSync(databasePath) ? await keepCurrent(io, databasePath) : undefined;
    await copyDatabase(io, staged, databasePath, 'pages restored');
    io.stdout.write(verifyText(databasePath, report));
    io.stderr.write(`Restored ${databasePath} from ${backup}.${kept ? ` The database it replaced is kept as ${kept}.` : ''}\n`);
    return 0;
  } finally {
    removeDatabaseFiles(staged);
  }
}
