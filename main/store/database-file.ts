import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseTooNewError } from './migrate';

// The checks made before Stockdesk writes a byte to a database file: a file that is not Stockdesk's,
// is damaged, or comes from a newer Stockdesk is refused untouched, and a file this user may not
// write is opened read-only instead of failing on every save.

/** Stockdesk's SQLite `application_id`: "STKD" in ASCII. Set by migration 0006 (which keeps its own copy). */
export const STOCKDESK_APPLICATION_ID = 0x53544b44;

/** Databases written before migration 0006 have no application_id: Stockdesk's are known by their tables. */
const LAST_VERSION_WITHOUT_ID = 5;

/** Every Stockdesk database since migration 0001 has this table. */
const STOCKDESK_TABLE = 'item';

export class DatabaseFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseFileError';
  }
}

export interface FileVerdict {
  /** False: there is no file yet, and SQLite will create it. */
  exists: boolean;
  /** This user may not write the file or its folder: open it read-only. */
  readOnly: boolean;
}

/** What a SQLite file says about itself (https://www.sqlite.org/fileformat.html#the_database_header). */
interface Identity {
  applicationId: number;
  userVersion: number;
  /** No table was ever created: a database begun by a Stockdesk that stopped before its first migration. */
  empty: boolean;
}

const UNTOUCHED = 'Stockdesk has not changed it';
const RESTORE =
  'Restore your latest backup copy: close Stockdesk, copy the backup over this file, delete the files of the same name ending in -wal and -shm beside it if there are any, and start Stockdesk again.';

/**
 * Decides whether `file` may be opened, without writing to it: refuses a missing folder (unless
 * `createFolder`), an empty file, a file that is not SQLite, another program's database, a newer
 * Stockdesk's and a damaged one, each with a message that says what to do.
 */
export function inspectDatabaseFile(file: string, options: { createFolder: boolean; knownVersion: number }): FileVerdict {
  const folder = dirname(file);
  if (!existsSync(folder)) {
    if (!options.createFolder) {
      throw new DatabaseFileError(
        `The folder ${folder} does not exist, so ${file} cannot be opened or created. Check the path; to create the folder, start Stockdesk again with --create-folder.`,
      );
    }
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  }
  if (!existsSync(file)) {
    if (!canWrite(folder)) throw new DatabaseFileError(`${file} cannot be created: this user may not write to the folder ${folder}.`);
    return { exists: false, readOnly: false };
  }
  const info = statSync(file);
  if (!info.isFile()) throw new DatabaseFileError(`${file} is a folder, not a database file.`);
  if (info.size === 0) {
    throw new DatabaseFileError(
      `${file} is empty (0 bytes), so it is not a Stockdesk database; ${UNTOUCHED}. If it was your database, it has lost its contents: ${RESTORE} To start a new database instead, delete the empty file first.`,
    );
  }
  const header = readHeader(file);
  if (!header) throw new DatabaseFileError(`${file} is not a Stockdesk database (it is not an SQLite database at all); ${UNTOUCHED}. Check the path Stockdesk was given.`);
  // The header is the whole truth unless a write-ahead log holds changes not yet folded into the file.
  if (!hasPendingLog(file)) checkIdentity(file, header, options.knownVersion);

  const readOnly = !canWrite(file) || !canWrite(folder);
  probe(file, options.knownVersion, readOnly);
  return { exists: true, readOnly };
}

/**
 * Reads the file through SQLite, read-only: its identity again (now including any pending log), its
 * tables, its integrity, and whether it needs an upgrade it cannot get. A read-only look at a WAL
 * database creates an empty -wal and -shm beside it; a refused file is left as it was found, so
 * those go again.
 */
function probe(file: string, knownVersion: number, readOnly: boolean): void {
  const log = `${file}-wal`;
  const made = existsSync(log) ? [] : [log, `${file}-shm`];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const identity = probeIdentity(db);
    checkIdentity(file, identity, knownVersion);
    if (identity.applicationId === 0 && !identity.empty && !hasTable(db, STOCKDESK_TABLE)) throw notStockdesk(file);
    if (readOnly && identity.userVersion < knownVersion) {
      throw new DatabaseFileError(
        `${file} is read-only, and it was written by an older Stockdesk (schema version ${identity.userVersion}; this one uses ${knownVersion}). Opening it means upgrading it, which needs writing: make the file writable, or open a writable copy of it.`,
      );
    }
    checkIntact(file, db);
  } catch (error) {
    db.close();
    if (made.length > 0 && existsSync(log) && statSync(log).size === 0) for (const path of made) rmSync(path, { force: true });
    throw isCorruption(error) ? damaged(file, (error as Error).message) : error;
  } finally {
    if (db.open) db.close();
  }
}

function checkIdentity(file: string, { applicationId, userVersion, empty }: Identity, knownVersion: number): void {
  if (applicationId !== 0 && applicationId !== STOCKDESK_APPLICATION_ID) {
    throw new DatabaseFileError(
      `${file} is another program's database (SQLite application id 0x${(applicationId >>> 0).toString(16)}), not Stockdesk's; ${UNTOUCHED}. Check the path Stockdesk was given.`,
    );
  }
  if (applicationId === 0 && (userVersion > LAST_VERSION_WITHOUT_ID || (userVersion === 0 && !empty))) throw notStockdesk(file);
  if (userVersion > knownVersion) throw new DatabaseTooNewError(userVersion, knownVersion);
}

const notStockdesk = (file: string) =>
  new DatabaseFileError(`${file} is an SQLite database but not a Stockdesk one (it has none of Stockdesk's tables); ${UNTOUCHED}. Check the path Stockdesk was given.`);

const damaged = (file: string, finding: string) =>
  new DatabaseFileError(`${file} is damaged (SQLite's check found: ${finding}); ${UNTOUCHED}. ${RESTORE}`);

/** `PRAGMA quick_check`: the page and record structure, without the slower index cross-check. */
function checkIntact(file: string, db: Database.Database): void {
  const findings = (db.pragma('quick_check') as { quick_check: string }[]).flatMap((row) => row.quick_check.split('\n'));
  if (findings.length === 1 && findings[0] === 'ok') return;
  // The first finding is enough to say it is damaged; SQLite heads them with the schema's name.
  throw damaged(file, findings.find((line) => !line.startsWith('***')) ?? 'no answer');
}

const isCorruption = (error: unknown): boolean => error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);

function probeIdentity(db: Database.Database): Identity {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    empty: db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() === 0,
  };
}

const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(name) === 1;

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** The header fields that say whose database this is, or undefined when the file is not SQLite. */
function readHeader(file: string): Identity | undefined {
  const bytes = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, bytes, 0, 100, 0) < 100 || !bytes.subarray(0, 16).equals(MAGIC)) return undefined;
  } finally {
    closeSync(fd);
  }
  // Offsets 40 (schema cookie: 0 until the first table), 60 (user_version) and 68 (application_id).
  return { empty: bytes.readUInt32BE(40) === 0, userVersion: bytes.readInt32BE(60), applicationId: bytes.readInt32BE(68) };
}

function hasPendingLog(file: string): boolean {
  const log = `${file}-wal`;
  return existsSync(log) && statSync(log).size > 0;
}

/**
 * Whether this user may write `path`. The write bits count as well as access(): a file marked
 * read-only stays read-only even for an administrator, whom access() always lets through.
 */
function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return false;
  }
  return (statSync(path).mode & 0o222) !== 0;
}
