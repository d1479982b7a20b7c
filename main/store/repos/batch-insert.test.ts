import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WriteDb } from '../handles';
import { BatchInsert } from './batch-insert';

function table() {
  const db = new Database(':memory:') as WriteDb;
  db.exec('CREATE TABLE event (id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind <> \'bad\'), note TEXT) STRICT');
  return db;
}

describe('BatchInsert', () => {
  it.each([0, 1, 7, 63, 64, 65, 127, 200])('inserts %i rows, full batches and what is left over, each once and in order', (count) => {
    const db = table();
    const events = new BatchInsert(db, 'event', ['id', 'kind', 'note']);
    for (let id = 1; id <= count; id++) events.add(id, id % 3 ? 'run' : 'split', id % 2 ? null : `even ${id}`);
    expect(events.full).toBe(count >= 64);
    events.flush();
    expect(events.full).toBe(false);
    const rows = db.prepare('SELECT id, kind, note FROM event ORDER BY rowid').all();
    expect(rows).toEqual(Array.from({ length: count }, (_, i) => ({ id: i + 1, kind: (i + 1) % 3 ? 'run' : 'split', note: (i + 1) % 2 ? null : `even ${i + 1}` })));
    // Flushed rows are not written again.
    events.add(count + 1, 'run', 'after');
    events.flush();
    expect(db.prepare('SELECT count(*) FROM event').pluck().get()).toBe(count + 1);
  });

  it("refuses a row the table refuses, wherever it falls, and the refused rows are not kept for the next flush", () => {
    const db = table();
    const events = new BatchInsert(db, 'event', ['id', 'kind', 'note']);
    for (let id = 1; id <= 70; id++) events.add(id, id === 68 ? 'bad' : 'run', null);
    expect(() => db.transaction(() => events.flush())()).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM event').pluck().get()).toBe(0);
    events.add(1, 'run', 'again');
    events.flush();
    expect(db.prepare('SELECT id, note FROM event').all()).toEqual([{ id: 1, note: 'again' }]);
  });
});
