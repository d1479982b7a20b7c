import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerSearchKey } from '../search-key';
import { migrations } from '.';
import { listKeys } from './0010-list-keys';

const SEP = '\u001f';

describe(`migration ${listKeys.version}`, () => {
  it(`${listKeys.version} (list-keys): gives existing items and orders their folded keys, and keeps an order's right as it changes`, () => {
    const db = new Database(':memory:');
    migrate(db, migrations, listKeys.version - 1);
    db.prepare(`INSERT INTO item (sku, sku_key, description, created_at, updated_at) VALUES ('écrou-8', 'ÉCROU-8', 'Straße σφήνα', 'now', 'now')`).run();
    db.prepare(`INSERT INTO "order" (number, customer, order_date, status, created_at, updated_at) VALUES ('1001', 'Société Générale', '2026-11-01', 'Open', 'now', 'now')`).run();
    db.prepare(`INSERT INTO order_line (order_id, line_no, item_id, qty, allocated) VALUES (1, 1, 1, 5, 1)`).run();
    db.prepare(`INSERT INTO order_line (order_id, line_no, item_id, qty, line_status) VALUES (1, 2, 1, 7, 'Vendor Order')`).run();
    expect(migrate(db, migrations, listKeys.version)).toBe(listKeys.version);

    expect(db.prepare('SELECT sku, search_key FROM item').all()).toEqual([{ sku: 'écrou-8', search_key: `ÉCROU-8${SEP}STRASSE ΣΦΉΝΑ` }]);
    expect(db.prepare('SELECT number, search_key FROM "order"').all()).toEqual([{ number: '1001', search_key: `1001${SEP}SOCIÉTÉ GÉNÉRALE` }]);

    // Whoever writes an order afterwards, its key follows, through the function each connection registers.
    registerSearchKey(db);
    db.prepare(`INSERT INTO "order" (number, customer, order_date, created_at, updated_at) VALUES ('1002', 'Москва', '2026-11-02', 'now', 'now')`).run();
    db.prepare(`UPDATE "order" SET customer = 'Ёлка' WHERE number = '1001'`).run();
    expect(db.prepare('SELECT number, search_key FROM "order" ORDER BY id').all()).toEqual([
      { number: '1001', search_key: `1001${SEP}ЁЛКА` },
      { number: '1002', search_key: `1002${SEP}МОСКВА` },
    ]);

    // The demand waiting per item: what Warehouse Pick lines of live orders still want, kept as they change.
    const waiting = () => db.prepare('SELECT waiting FROM item_demand WHERE item_id = 1').pluck().get();
    expect(waiting()).toBe(4);
    db.prepare('UPDATE order_line SET allocated = 3 WHERE id = 1').run();
    expect(waiting()).toBe(2);
    db.prepare(`UPDATE "order" SET status = 'Cancelled' WHERE id = 1`).run();
    expect(waiting()).toBe(0);
    db.prepare(`UPDATE "order" SET status = 'Draft' WHERE id = 1`).run();
    expect(waiting()).toBe(2);
    db.prepare(`INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('B-2', 'B-2', 'now', 'now')`).run();
    expect(db.prepare('SELECT item_id, waiting FROM item_demand ORDER BY item_id').all()).toEqual([
      { item_id: 1, waiting: 2 },
      { item_id: 2, waiting: 0 },
    ]);

    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('bin_stock_free', 'order_line_backordered', 'order_live_complete', 'doc_waiting')").pluck().all();
    expect(indexes.sort()).toEqual(['bin_stock_free', 'doc_waiting', 'order_line_backordered', 'order_live_complete']);
    // The orders' keys are indexed by trigram too, and follow a renamed customer.
    expect(db.prepare(`SELECT rowid FROM order_search WHERE order_search MATCH '"ЁЛК"'`).pluck().all()).toEqual([1]);
    expect(db.prepare(`SELECT rowid FROM order_search WHERE order_search MATCH '"SOCIÉTÉ"'`).pluck().all()).toEqual([]);
  });
});
