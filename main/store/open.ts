import Database from 'better-sqlite3';
import { inspectDatabaseFile } from './database-file';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { registerDemandGate } from './demand';
import { registerSearchKey } from './search-key';
import { keepQueryOnly } from './query-only';

export type Db = Database.Database;

interface OpenOptions {
  /**
   * Create the database's folder when it is missing: right for the per-user default folder on a
   * first start; for a path someone typed, a missing folder is more likely a typo, and is refused.
   */
  createFolder?: boolean;
  /**
   * A second connection, for reading beside the one that opened the file (browser mode's and the
   * app's read worker): that one has checked and migrated it, so this one opens it as it is, with
   * no checks, migrations or journal change, read-only when the first found the file read-only.
   * It answers queries only, and refuses every write for as long as it is open (`query_only`).
   */
  reader?: { readOnly: boolean };
}

/**
 * Opens (creating if need be) the store at `file` (`:memory:` for tests) and migrates it, after
 * `inspectDatabaseFile` has made sure that doing so cannot damage someone's file. A file this user
 * may not write is opened read-only (`db.readonly`): it is shown, and every command is refused.
 * WAL lets the window read while a batch writes; foreign keys are off by default in SQLite.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file === ':memory:') return configure(new Database(file));
  if (options.reader) return configure(new Database(file, { readonly: options.reader.readOnly, fileMustExist: true }), false);
  const { exists, readOnly } = inspectDatabaseFile(file, { createFolder: options.createFolder ?? false, knownVersion: migrations.length });
  return configure(new Database(file, { readonly: readOnly, fileMustExist: exists }));
}

function configure(db: Db, owner = true): Db {
  try {
    if (owner && !db.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // The read worker checkpoints whenever the WAL passes 4 MB (main/store/checkpoint.ts), so that
      // saves do not wait for it; this bounds the WAL (about 40 MB) when it cannot, and is what a
      // connection without a read worker beside it (the command line, tests) gets.
      db.pragma('wal_autocheckpoint = 10000');
    }
    // SQLite's default page cache is 2 MB: at 500,000 order lines a run over every order missed it on
    // most foreign-key checks and index inserts and spent 8 of its 30 s reading pages back from the
    // file (measured). 32 MB per connection took that to 2 s, and the run to 18-20 s, with the run's
    // peak memory at about 200 MB; 128 MB gained little more and passed 300 MB. The cache grows only
    // as pages are read, so a small store uses little of it.
    db.pragma('cache_size = -32768');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    registerSearchKey(db);
    registerDemandGate(db);
    if (!owner) keepQueryOnly(db);
    if (owner && !db.readonly) {
      migrate(db, migrations);
      refreshPlannerStatistics(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Gives the query planner fresh statistics on the tables that need them (SQLite's advice for a
 * connection that stays open): without them it walks every waiting backorder through the status
 * index for each receipt instead of starting from the received item. `analysis_limit` keeps it to
 * a sample, so it takes milliseconds even at 500,000 lines. Also run after an import.
 */
export function refreshPlannerStatistics(db: Db): void {
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
}
