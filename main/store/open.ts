import Database from 'better-sqlite3';
import { inspectDatabaseFile } from './database-file';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

interface OpenOptions {
  /**
   * Create the database's folder when it is missing: right for the per-user default folder on a
   * first start; for a path someone typed, a missing folder is more likely a typo, and is refused.
   */
  createFolder?: boolean;
}

/**
 * Opens (creating if need be) the store at `file` (`:memory:` for tests) and migrates it, after
 * `inspectDatabaseFile` has made sure that doing so cannot damage someone's file. A file this user
 * may not write is opened read-only (`db.readonly`): it is shown, and every command is refused.
 * WAL lets the window read while a batch writes; foreign keys are off by default in SQLite.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file === ':memory:') return configure(new Database(file));
  const { exists, readOnly } = inspectDatabaseFile(file, { createFolder: options.createFolder ?? false, knownVersion: migrations.length });
  return configure(new Database(file, { readonly: readOnly, fileMustExist: exists }));
}

function configure(db: Db): Db {
  try {
    if (!db.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!db.readonly) {
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
