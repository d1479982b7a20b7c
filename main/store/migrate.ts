import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3, ...: stored in `PRAGMA user_version` once applied. */
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string | ((db: Database) => void);
}

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer Stockdesk (schema version ${found}; this app knows up to ${known}). ` +
        'Open it with that newer version; this one will not touch it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export const schemaVersion = (db: Pick<Database, 'pragma'>): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the schema up to the newest migration, each in its own transaction together with the
 * version bump, so a failed migration leaves the database at the previous version.
 * A database from a newer app is refused before anything is touched.
 */
export function migrate(db: Database, list: readonly Migration[], target = list.length): number {
  list.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  const current = schemaVersion(db);
  if (current > list.length) throw new DatabaseTooNewError(current, list.length);
  for (const m of list.slice(current, target)) {
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}
