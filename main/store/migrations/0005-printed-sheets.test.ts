import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { currentVersionSql, staleDocIds } from '../repos/sheet-version';
import { migrations } from '.';

describe('migration 5', () => {
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
});
