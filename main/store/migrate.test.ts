import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DatabaseTooNewError, migrate, schemaVersion, type Migration } from './migrate';
import { migrations } from './migrations';
import { openDatabase } from './open';

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();

describe('migrations', () => {
  it('opens a new database at the newest version with WAL, foreign keys and STRICT tables', () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/stockdesk-migrate-${process.pid}-${Date.now()}`;
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const db = openDatabase(`${dir}/new.db`, { createFolder: true });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // A full-text index (FTS5: its virtual table and the shadow tables it keeps) is SQLite's own format, not ours to type.
    const fullText = new Set(db.prepare("SELECT name FROM pragma_table_list WHERE type IN ('virtual', 'shadow')").pluck().all());
    for (const table of tables(db).filter((t) => !fullText.has(t.name))) expect(table.sql, table.name).toMatch(/\)\s*STRICT(,\s*WITHOUT ROWID)?\s*$/);
    db.close();
  });

  it.each(migrations.map((m) => [m.version, m.name] as const))('steps from version %i - 1 to %i (%s), keeping the data of earlier versions', (version) => {
    const db = new Database(':memory:');
    migrate(db, migrations, version - 1);
    const before = tables(db).map((t) => t.name);
    if (before.includes('item')) {
      db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('A-1', 'A-1', 'now', 'now')").run();
    }
    expect(migrate(db, migrations, version)).toBe(version);
    expect(tables(db).map((t) => t.name)).toEqual(expect.arrayContaining(before));
    if (before.includes('item')) expect(db.prepare('SELECT sku FROM item').pluck().all()).toEqual(['A-1']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('has, for every migration, a test beside it that upgrades a database of the version before it', () => {
    const dir = join(import.meta.dirname, 'migrations');
    const files = readdirSync(dir).filter((f) => /^\d{4}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'));
    expect(files).toHaveLength(migrations.length);
    for (const file of files) expect(existsSync(join(dir, file.replace(/\.ts$/, '.test.ts'))), file).toBe(true);
  });

  it('refuses a database written by a newer Stockdesk, and leaves it untouched', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${migrations.length + 3}`);
    expect(() => migrate(db, migrations)).toThrow(DatabaseTooNewError);
    expect(() => migrate(db, migrations)).toThrow(
      `This database was written by a newer Stockdesk (schema version ${migrations.length + 3}; this app knows up to ${migrations.length}).`,
    );
    expect(tables(db)).toEqual([]);
  });

  it('rolls a failing migration back completely, staying at the previous version', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [...migrations, { version: migrations.length + 1, name: 'broken', up: 'CREATE TABLE half (x INTEGER) STRICT; SELECT nope FROM nowhere;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(tables(db).map((t) => t.name)).not.toContain('half');
  });
});
