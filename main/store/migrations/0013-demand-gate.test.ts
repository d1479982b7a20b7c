import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerDemandGate, withDemandDeferred } from '../demand';
import { migrate } from '../migrate';
import { registerSearchKey } from '../search-key';
import { migrations } from '.';
import { demandGate } from './0013-demand-gate';

describe(`migration ${demandGate.version}`, () => {
  it(`${demandGate.version} (demand-gate): a line's change keeps its item's demand, unless the writer has deferred it`, () => {
    const db = new Database(':memory:');
    registerSearchKey(db);
    registerDemandGate(db);
    migrate(db, migrations, demandGate.version - 1);
    db.prepare(`INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('TR-GR', 'TR-GR', 'now', 'now')`).run();
    db.prepare(`INSERT INTO "order" (number, customer, order_date, status, created_at, updated_at) VALUES ('1001', 'Acme', '2026-11-01', 'Open', 'now', 'now')`).run();
    db.prepare('INSERT INTO order_line (order_id, line_no, item_id, qty) VALUES (1, 1, 1, 10)').run();
    expect(migrate(db, migrations, demandGate.version)).toBe(demandGate.version);

    const waiting = () => db.prepare('SELECT waiting FROM item_demand WHERE item_id = 1').pluck().get();
    const allocate = (qty: number) => db.prepare('UPDATE order_line SET allocated = allocated + ? WHERE id = 1').run(qty);
    expect(waiting()).toBe(10);
    allocate(3);
    expect(waiting()).toBe(7);
    // Deferred: the writer keeps the figure itself (a run writes it once per item).
    withDemandDeferred(db, () => allocate(2));
    expect(waiting()).toBe(7);
    // And only around what it wraps, even when that throws.
    expect(() => withDemandDeferred(db, () => allocate(99))).toThrow(/CHECK/);
    allocate(1);
    expect(waiting()).toBe(6);
  });
});
