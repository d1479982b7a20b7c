import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerSearchKey } from '../search-key';
import { migrations } from '.';
import { leanDocNumbers } from './0014-lean-doc-numbers';

describe(`migration ${leanDocNumbers.version}`, () => {
  it(`${leanDocNumbers.version} (lean-doc-numbers): orders keep no document counter, documents are indexed by status alone, and rows survive`, () => {
    const db = new Database(':memory:');
    registerSearchKey(db);
    migrate(db, migrations, leanDocNumbers.version - 1);
    const now = '2026-12-01T09:00:00.000Z';
    db.prepare(
      `INSERT INTO "order" (id, number, customer, order_date, priority, policy, status, next_doc_seq, created_at, updated_at)
       VALUES (1, '1040', 'Acme Tools', '2026-12-01', 'normal', 'partial', 'Open', 3, ?, ?)`,
    ).run(now, now);
    for (const seq of [1, 2]) {
      db.prepare(`INSERT INTO doc (order_id, seq, number, status, created_at, updated_at) VALUES (1, ?, ?, 'Open', ?, ?)`).run(seq, `1040.00${seq}`, now, now);
    }
    const columns = () => db.prepare(`SELECT name FROM pragma_table_info('order')`).pluck().all();
    const statusIndex = () => db.prepare(`SELECT name FROM pragma_index_info('doc_by_status')`).pluck().all();
    expect(columns()).toContain('next_doc_seq');
    expect(statusIndex()).toEqual(['status', 'order_id']);

    expect(migrate(db, migrations, leanDocNumbers.version)).toBe(leanDocNumbers.version);
    expect(columns()).not.toContain('next_doc_seq');
    expect(statusIndex()).toEqual(['status']);
    expect(db.prepare(`SELECT number, customer FROM "order"`).get()).toEqual({ number: '1040', customer: 'Acme Tools' });
    expect(db.prepare(`SELECT number FROM doc ORDER BY seq`).pluck().all()).toEqual(['1040.001', '1040.002']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
