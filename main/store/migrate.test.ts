import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ORDER_EVENT_KINDS } from '../../shared/domain/orders';
import { STOCKDESK_APPLICATION_ID } from './database-file';
import { currentVersionSql, staleDocIds } from '../print/version';
import { DatabaseTooNewError, migrate, schemaVersion, type Migration } from './migrate';
import { migrations } from './migrations';
import { openDatabase } from './open';

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();

describe('migrations', () => {
  it('opens a new database at the newest version with WAL, foreign keys and STRICT tables', () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/stockdesk-migrate-${process.pid}-${Date.now()}`;
    const db = openDatabase(`${dir}/new.db`, { createFolder: true });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    for (const table of tables(db)) expect(table.sql, table.name).toMatch(/\)\s*STRICT(,\s*WITHOUT ROWID)?\s*$/);
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

  it('4 (order-history): gives an order from version 3 a history and its documents a print count', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 3);
    db.exec(`
      INSERT INTO "order" (id, number, customer, order_date, status, fulfilled, next_doc_seq, created_at, updated_at)
        VALUES (7, '1040', 'Acme Tools', '2026-11-02', 'Open', 1, 4, '2026-11-02T08:00:00.000Z', '2026-11-03T09:00:00.000Z');
      INSERT INTO doc (order_id, seq, number, status, created_at, updated_at) VALUES
        (7, 1, '1040.001', 'Printed', '2026-11-03T09:00:00.000Z', '2026-11-03T09:05:00.000Z'),
        (7, 2, '1040.002', 'Back Order', '2026-11-03T09:00:00.000Z', '2026-11-03T09:00:00.000Z'),
        (7, 3, '1040.003', 'Open', '2026-11-03T09:10:00.000Z', '2026-11-03T09:10:00.000Z');
    `);

    expect(migrate(db, migrations, 4)).toBe(4);

    expect(tables(db).find((t) => t.name === 'order_event')?.sql).toMatch(/\)\s*STRICT\s*$/);
    // Every document starts uncounted, except a pick already Printed: printed once, time unknown.
    expect(db.prepare('SELECT number, print_count, printed_at FROM doc ORDER BY seq').all()).toEqual([
      { number: '1040.001', print_count: 1, printed_at: null },
      { number: '1040.002', print_count: 0, printed_at: null },
      { number: '1040.003', print_count: 0, printed_at: null },
    ]);
    // The order's history starts with its creation; what happened since was not recorded.
    expect(db.prepare('SELECT order_id, at, user, kind, document, text FROM order_event').all()).toEqual([
      { order_id: 7, at: '2026-11-02T08:00:00.000Z', user: '', kind: 'created', document: null, text: 'Order created (earlier history was not recorded)' },
    ]);
    // The columns hold what the engine relies on.
    expect(() => db.prepare("INSERT INTO order_event (order_id, at, user, kind, text) VALUES (7, 'now', 'x', 'shipped', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO order_event (order_id, at, user, kind, text) VALUES (99, 'now', 'x', 'run', 'x')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE doc SET print_count = -1 WHERE number = '1040.003'").run()).toThrow(/CHECK/);
    // The kinds are frozen in the migration: every kind the engine records today must be among them.
    const insert = db.prepare<[string]>("INSERT INTO order_event (order_id, at, user, kind, text) VALUES (7, 'now', 'x', ?, 'x')");
    for (const kind of ORDER_EVENT_KINDS) expect(() => insert.run(kind), kind).not.toThrow();
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'order_event'").pluck().all()).toEqual(['order_event_by_order']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('6 (application-id): marks the file as Stockdesk’s with the id that opening checks, in the migration’s transaction', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 5);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    // Written in the transaction: a migration that fails after it leaves no mark.
    expect(() => db.transaction(() => {
      db.exec(migrations[5]!.up as string);
      throw new Error('later step failed');
    })()).toThrow('later step failed');
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    expect(migrate(db, migrations, 6)).toBe(6);
    expect(db.pragma('application_id', { simple: true })).toBe(STOCKDESK_APPLICATION_ID);
  });

  it('5 (printed-sheets): takes a pick printed before version 5 to match its paper', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 4);
    db.exec(`
      INSERT INTO item (id, sku, sku_key, created_at, updated_at) VALUES (1, 'TR-GR', 'TR-GR', 'now', 'now'), (2, 'BRG-1', 'BRG-1', 'now', 'now');
      INSERT INTO bin (id, code, natural_key, created_at) VALUES (1, 'A-01', 'a-01', 'now'), (2, 'A-02', 'a-02', 'now');
      INSERT INTO bin_stock (item_id, bin_id, available, allocated) VALUES (1, 1, 4, 4), (1, 2, 2, 2);
      INSERT INTO "order" (id, number, customer, order_date, status, fulfilled, next_doc_seq, created_at, updated_at)
        VALUES (7, '1040', 'Acme Tools', '2026-11-02', 'Open', 1, 3, 'now', 'now');
      INSERT INTO order_line (id, order_id, line_no, item_id, qty, allocated, backordered) VALUES (1, 7, 1, 1, 8, 6, 2), (2, 7, 2, 2, 1, 0, 1);
      INSERT INTO doc (id, order_id, seq, number, status, created_at, updated_at, print_count) VALUES
        (1, 7, 1, '1040.001', 'Printed', 'now', 'now', 1),
        (2, 7, 2, '1040.002', 'Back Order', 'now', 'now', 0);
      INSERT INTO doc_line (id, doc_id, order_line_id, item_id, qty) VALUES (1, 1, 1, 1, 6), (2, 2, 1, 1, 2), (3, 2, 2, 2, 1);
      INSERT INTO allocation (doc_line_id, item_id, bin_id, qty) VALUES (1, 1, 1, 4), (1, 1, 2, 2);
    `);

    expect(migrate(db, migrations, 5)).toBe(5);

    // The printed pick's version is what it holds now; the never-printed backorder has none.
    expect(db.prepare('SELECT number, printed_version FROM doc ORDER BY id').all()).toEqual([
      { number: '1040.001', printed_version: 'pick:1:1:4,1:2:2' },
      { number: '1040.002', printed_version: null },
    ]);
    // The frozen expression agrees with the live one: nothing is flagged as stale paper.
    expect(db.prepare(`SELECT ${currentVersionSql('d')} AS v FROM doc d ORDER BY id`).pluck().all()).toEqual(['pick:1:1:4,1:2:2', 'backorder:1::2,2::1']);
    expect(staleDocIds(db, [1, 2])).toEqual(new Set());
    db.prepare('UPDATE allocation SET qty = 1 WHERE doc_line_id = 1 AND bin_id = 1').run();
    expect(staleDocIds(db, [1, 2])).toEqual(new Set([1]));
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
