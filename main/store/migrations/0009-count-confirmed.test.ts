import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';
import { countConfirmed } from './0009-count-confirmed';

const schemaOf = (db: Database.Database) =>
  db
    .prepare<[], { type: string; name: string; sql: string }>(
      "SELECT type, name, CASE type WHEN 'table' THEN '' ELSE sql END AS sql FROM sqlite_schema WHERE tbl_name = 'ledger' ORDER BY type, name",
    )
    .all();

/** A database at the version before, with an item, a bin and two ledger entries (and their balance). */
function before() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations, countConfirmed.version - 1);
  db.exec(`
    INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('TR-GR', 'TR-GR', 't', 't');
    INSERT INTO bin (code, natural_key, created_at) VALUES ('A-01', 'A-0201', 't');
    INSERT INTO ledger (id, at, user, kind, item_id, bin_id, status, qty, reason, document)
      VALUES (7, 't1', 'ann', 'receipt', 1, 1, 'available', 12, 'receipt PO-1', 'PO-1'),
             (9, 't2', 'bob', 'adjustment', 1, 1, 'available', -2, 'cycle count', NULL);
  `);
  return db;
}

const insert = (db: Database.Database, kind: string, qty: number) =>
  db.prepare("INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty) VALUES ('t3', 'cy', ?, 1, 1, 'available', ?)").run(kind, qty);

describe(`migration ${countConfirmed.version}`, () => {
  it(`${countConfirmed.version} (count-confirmed): keeps every entry with its id, and its index and triggers`, () => {
    const db = before();
    const entries = db.prepare('SELECT * FROM ledger ORDER BY id').all();
    const schema = schemaOf(db);
    expect(migrate(db, migrations, countConfirmed.version)).toBe(countConfirmed.version);
    expect(db.prepare('SELECT * FROM ledger ORDER BY id').all()).toEqual(entries);
    // The same index and triggers, word for word (the table's text differs by its new CHECK).
    expect(schema.map((s) => s.name)).toEqual(['ledger_by_item', 'ledger', 'ledger_no_delete', 'ledger_no_update']);
    expect(schemaOf(db)).toEqual(schema);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // New entries follow the kept ones: ids are not reused.
    expect(insert(db, 'receipt', 1).lastInsertRowid).toBe(10);
  });

  it('lets an adjustment be 0 (a count that confirmed the bin), and nothing else', () => {
    const db = before();
    expect(() => insert(db, 'adjustment', 0)).toThrow(/CHECK constraint failed/);
    migrate(db, migrations, countConfirmed.version);
    expect(() => insert(db, 'adjustment', 0)).not.toThrow();
    for (const kind of ['receipt', 'status change', 'pick issue', 'reversal']) expect(() => insert(db, kind, 0), kind).toThrow(/CHECK constraint failed/);
  });

  it('keeps every other rule of the ledger: kinds, statuses, references, append-only', () => {
    const db = before();
    migrate(db, migrations, countConfirmed.version);
    expect(() => insert(db, 'gift', 1)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty) VALUES ('t', 'u', 'receipt', 1, 1, 'lost', 1)").run()).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => db.prepare("INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty) VALUES ('t', 'u', 'receipt', 1, 99, 'available', 1)").run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(() => db.prepare('INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty) VALUES (?, ?, ?, ?, ?, ?, ?)').run('t', 'u', 'receipt', '1', 1, 'available', 1.5)).toThrow(
      /cannot store REAL/,
    );
    expect(() => db.exec('UPDATE ledger SET qty = 1')).toThrow('the ledger is append-only');
    expect(() => db.exec('DELETE FROM ledger')).toThrow('the ledger is append-only');
  });
});
