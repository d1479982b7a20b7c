import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { perDataVersion } from './paging';
import { readTransaction } from './transaction';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A desk's two connections: the one that writes, and a read worker's beside it. */
function writerAndReader() {
  const file = join((dir = mkdtempSync(join(tmpdir(), 'stockdesk-paging-'))), 'stockdesk.db');
  const writer = openDatabase(file);
  const reader = openDatabase(file, { reader: { readOnly: false } });
  const addItem = (sku: string) => writer.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES (?, ?, 'now', 'now')").run(sku, sku);
  return { writer, reader, addItem };
}

describe('perDataVersion', () => {
  it("keeps a list's total while nothing changes, and counts again once another connection commits", () => {
    const { writer, reader, addItem } = writerAndReader();
    let counted = 0;
    const total = () =>
      readTransaction(reader, (db) =>
        perDataVersion(db, 'items', () => {
          counted++;
          return db.prepare<[], number>('SELECT count(*) FROM item').pluck().get()!;
        }),
      );
    addItem('A-1');
    expect(total()).toBe(1);
    expect(total()).toBe(1);
    expect(counted).toBe(1);
    addItem('A-2');
    expect(total()).toBe(2);
    expect(counted).toBe(2);
    writer.close();
    reader.close();
  });

  it('keeps nothing outside a query: a read inside a command may see writes that are rolled back', () => {
    const { writer, reader } = writerAndReader();
    let counted = 0;
    const count = () => perDataVersion(writer, 'items', () => ++counted);
    count();
    count();
    expect(counted).toBe(2);
    writer.close();
    reader.close();
  });
});

describe("a read worker's connection", () => {
  it('refuses a write for as long as it is open, inside a query and after it', () => {
    const { writer, reader } = writerAndReader();
    const write = (db: typeof reader) => db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('B-2', 'B-2', 'now', 'now')").run();
    expect(() => readTransaction(reader, () => write(reader))).toThrow(/readonly/);
    expect(() => write(reader)).toThrow(/readonly/);
    expect(writer.prepare('SELECT count(*) FROM item').pluck().get()).toBe(0);
    writer.close();
    reader.close();
  });
});
