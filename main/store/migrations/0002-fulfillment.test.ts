import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 2', () => {
  it('2 (fulfillment): keeps the catalogue of version 1, turns auto-release on, and holds the books to their rules', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 1);
    db.exec(`INSERT INTO item (id, sku, sku_key, description, allow_backorder, created_at, updated_at)
             VALUES (1, 'TR-GR', 'TR-GR', 'Trailer grease', 0, '2026-11-01', '2026-11-02')`);

    expect(migrate(db, migrations, 2)).toBe(2);

    expect(db.prepare('SELECT id, sku, description, allow_backorder, created_at, updated_at FROM item').all()).toEqual([
      { id: 1, sku: 'TR-GR', description: 'Trailer grease', allow_backorder: 0, created_at: '2026-11-01', updated_at: '2026-11-02' },
    ]);
    expect(db.prepare('SELECT key, value FROM setting').all()).toEqual([{ key: 'auto_release', value: 'true' }]);
    db.exec(`
      INSERT INTO bin (id, code, natural_key, created_at) VALUES (1, 'A-01', 'A-0201', 'now');
      INSERT INTO bin_stock (item_id, bin_id, available, allocated) VALUES (1, 1, 4, 4);
      INSERT INTO "order" (id, number, customer, order_date, status, created_at, updated_at) VALUES (7, '1040', 'Acme Tools', '2026-11-02', 'Open', 'now', 'now');
      INSERT INTO order_line (id, order_id, line_no, item_id, qty, allocated) VALUES (1, 7, 1, 1, 8, 4);
      INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty, reason) VALUES ('now', 'clerk', 'receipt', 1, 1, 'available', 4, 'receipt');
    `);
    // The rules SQLite can see on its own: nothing allocated beyond what is there, no line over-accounted,
    // no document of an unknown status, and a ledger that is only ever appended to.
    expect(() => db.prepare('UPDATE bin_stock SET allocated = 5').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE order_line SET backordered = 5').run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO doc (order_id, seq, number, status, created_at, updated_at) VALUES (7, 1, '1040.001', 'Shipped', 'now', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE ledger SET qty = 5').run()).toThrow('the ledger is append-only');
    expect(() => db.prepare('DELETE FROM ledger').run()).toThrow('the ledger is append-only');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
