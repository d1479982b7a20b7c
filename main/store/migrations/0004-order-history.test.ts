import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ORDER_EVENT_KINDS } from '../../../shared/domain/orders';
import { migrate } from '../migrate';
import { migrations } from '.';

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();

describe('migration 4', () => {
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
});
