import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inspectDatabaseFile } from '../../store/database-file';
import { migrations } from '../../store/migrations';
import { withDispatcher } from '../database';
import { CliError, usageError } from '../errors';
import { progressLine, type CliIo } from '../progress';
import { verifyReport, verifyText } from './verify';

/** Pages copied per step: small enough that the app's writes are not held up for long. */
const PAGES_PER_STEP = 256;

/** The file checks the app makes before it opens a database; a refusal names the file and what is wrong. */
export function checkDatabaseFile(path: string, what: string): void {
  if (!existsSync(path)) throw new CliError(`There is no ${what} at ${path}.`);
  try {
    inspectDatabaseFile(path, { createFolder: false, knownVersion: migrations.length });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/**
 * Copies the database at `from` into `to` with SQLite's online backup API: a consistent copy of what
 * was committed, page by page, while Stockdesk goes on reading and writing. A new file that fails
 * half way is removed; an existing one is left to SQLite, which rolls the copy back.
 */
export async function copyDatabase(io: CliIo, from: string, to: string, label: string): Promise<void> {
  const fresh = !existsSync(to);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const progress = progressLine(io, label);
  try {
    source.pragma('busy_timeout = 5000');
    const done = await source.backup(to, {
      progress: ({ totalPages, remainingPages }) => {
        progress(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    progress(done.totalPages - done.remainingPages, done.totalPages);
  } catch (error) {
    if (fresh) for (const path of [to, `${to}-wal`, `${to}-shm`]) rmSync(path, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/** Opens a copy read-only and verifies it. */
export function verifyCopy(path: string): { ok: boolean; text: string } {
  const database = withDispatcher(new Database(path, { readonly: true, fileMustExist: true }), path);
  try {
    const report = verifyReport(database);
    return { ok: report.ok, text: verifyText(path, report) };
  } finally {
    database.close();
  }
}

/** `backup <file>`: an online copy of the database into a new file, then the copy verified. */
export async function backupCommand(io: CliIo, databasePath: string, [file]: string[]): Promise<number> {
  if (file === undefined) throw usageError('backup needs the file to write: backup <file>');
  const target = resolve(file);
  if (existsSync(target)) throw new CliError(`${target} already exists: give the backup a new file name (nothing was written).`);
  if (!existsSync(dirname(target))) throw new CliError(`The folder ${dirname(target)} does not exist (nothing was written).`);
  checkDatabaseFile(databasePath, 'database');
  io.stderr.write(`Backing up ${databasePath} to ${target}\n`);
  await copyDatabase(io, databasePath, target, 'pages copied');
  const check = verifyCopy(target);
  io.stdout.write(check.text);
  if (!check.ok) throw new CliError(`The backup ${target} was written but does not verify (see above): the database itself has these problems.`);
  io.stderr.write(`Backed up to ${target}.\n`);
  return 0;
}
