import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointIfLarge } from './checkpoint';
import { openDatabase } from './open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockdesk-checkpoint-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A writer that never checkpoints by itself, and a reader beside it (as the read worker's). */
function writerAndReader() {
  const file = join(dir, 'stockdesk.db');
  const writer = openDatabase(file);
  writer.pragma('wal_autocheckpoint = 0');
  writer.exec('CREATE TABLE filler (text TEXT NOT NULL) STRICT');
  const reader = openDatabase(file, { reader: { readOnly: false } });
  const write = (bytes: number) => writer.prepare('INSERT INTO filler (text) VALUES (?)').run('x'.repeat(bytes));
  return { file, writer, reader, write };
}

describe('checkpoints beside the writer', () => {
  it('copies the WAL back into the database once it passes the limit, and leaves a small WAL alone', () => {
    const { file, writer, reader, write } = writerAndReader();
    write(10_000);
    const before = statSync(file).size;
    expect(checkpointIfLarge(reader, file, 1024 * 1024)).toBe(false);
    expect(statSync(file).size).toBe(before);

    for (let i = 0; i < 200; i++) write(10_000);
    expect(checkpointIfLarge(reader, file, 1024 * 1024)).toBe(true);
    // The pages are in the database file now: it grew by the rows written.
    expect(statSync(file).size).toBeGreaterThan(before + 2_000_000);
    // Everything in the WAL was copied back: the next save starts it again from its start.
    const wal = statSync(`${file}-wal`).size;
    write(10_000);
    expect(statSync(`${file}-wal`).size).toBe(wal);
    reader.close();
    writer.close();
  });

  it('needs nothing when there is no WAL yet', () => {
    const file = join(dir, 'new.db');
    const db = openDatabase(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(checkpointIfLarge(db, join(dir, 'elsewhere.db'))).toBe(false);
    db.close();
  });
});
