import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WriteDb } from '../handles';
import { BatchUpdate } from './batch-update';

function table() {
  const db = new Database(':memory:') as WriteDb;
  db.exec('CREATE TABLE line (id INTEGER PRIMARY KEY, qty INTEGER NOT NULL CHECK (qty <= 10), note TEXT) STRICT');
  const insert = db.prepare('INSERT INTO line (id, qty, note) VALUES (?, 0, ?)');
  for (let id = 1; id <= 150; id++) insert.run(id, `was ${id}`);
  return db;
}

describe('BatchUpdate', () => {
  it('adds to one column and replaces another, for full batches and the rows left over, and only the rows named', () => {
    const db = table();
    const lines = new BatchUpdate(db, 'line', [
      { name: 'qty', add: true },
      { name: 'note', add: false },
    ]);
    // 130 rows: two full batches of 64 and two rows one at a time; row 150 is left alone.
    for (let id = 1; id <= 130; id++) lines.add(id, id % 7, id % 2 ? null : `even ${id}`);
    lines.flush();
    lines.add(131, 3, 'late');
    lines.flush();
    lines.add(131, 4, 'again');
    lines.flush();
    const rows = db.prepare('SELECT id, qty, note FROM line ORDER BY id').all() as { id: number; qty: number; note: string | null }[];
    expect(rows.slice(0, 130)).toEqual(Array.from({ length: 130 }, (_, i) => ({ id: i + 1, qty: (i + 1) % 7, note: (i + 1) % 2 ? null : `even ${i + 1}` })));
    expect(rows[130]).toEqual({ id: 131, qty: 7, note: 'again' });
    expect(rows[149]).toEqual({ id: 150, qty: 0, note: 'was 150' });
  });

  it("refuses a row the table's CHECK refuses, in a batch as one at a time", () => {
    const db = table();
    const lines = new BatchUpdate(db, 'line', [{ name: 'qty', add: true }]);
    for (let id = 1; id <= 64; id++) lines.add(id, id === 40 ? 11 : 1);
    expect(() => lines.flush()).toThrow(/CHECK/);
    // What the refused batch held is gone: the next flush writes only what came after it.
    lines.add(1, 12);
    expect(() => lines.flush()).toThrow(/CHECK/);
    lines.add(2, 5);
    lines.flush();
    expect(db.prepare('SELECT qty FROM line WHERE id = 2').pluck().get()).toBe(5);
  });
});
