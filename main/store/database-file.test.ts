import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STOCKDESK_APPLICATION_ID } from './database-file';
import { DatabaseTooNewError, migrate, schemaVersion } from './migrate';
import { migrations } from './migrations';
import { openDatabase } from './open';

// One test per kind of file Stockdesk may be pointed at. Each refusal must leave the user's file
// exactly as it was: the same bytes, and no journal or log created beside it.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockdesk-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fingerprint = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const folderListing = () => readdirSync(dir).sort();

/** Opening `file` is refused with a message matching `message`, and the folder is as it was. */
function expectRefusedUntouched(file: string, message: RegExp | (new (...args: never[]) => Error)): void {
  const before = { bytes: fingerprint(file), listing: folderListing() };
  expect(() => openDatabase(file)).toThrow(message as RegExp);
  expect(fingerprint(file)).toBe(before.bytes);
  expect(folderListing()).toEqual(before.listing);
}

/** A database as another program (or a test) writes it, in SQLite's default rollback-journal mode. */
function sqliteFile(name: string, setup: (db: Database.Database) => void): string {
  const file = join(dir, name);
  const db = new Database(file);
  setup(db);
  db.close();
  return file;
}

/** A Stockdesk database with `count` items, closed cleanly (its log folded into the file). */
function stockdeskFile(name = 'stockdesk.db', count = 0): string {
  const file = join(dir, name);
  const db = openDatabase(file);
  const insert = db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES (?, ?, 'now', 'now')");
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`SKU-${i}`, `SKU-${i}`);
  })();
  db.close();
  return file;
}

describe('opening a database file', () => {
  it('creates a new database in an existing folder, marked as Stockdesk’s', () => {
    const db = openDatabase(join(dir, 'new.db'));
    expect(db.readonly).toBe(false);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('application_id', { simple: true })).toBe(STOCKDESK_APPLICATION_ID);
    db.close();
  });

  it('refuses a missing folder unless asked to create it, and then creates it', () => {
    const file = join(dir, 'typo', 'stockdesk.db');
    expect(() => openDatabase(file)).toThrow(/The folder .*typo does not exist.*--create-folder/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
    const db = openDatabase(file, { createFolder: true });
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('refuses an empty file that is not new, leaving it empty', () => {
    const file = join(dir, 'stockdesk.db');
    writeFileSync(file, '');
    expectRefusedUntouched(file, /is empty \(0 bytes\).*Restore your latest backup.*delete the empty file first/);
    expect(statSync(file).size).toBe(0);
  });

  it('refuses a file that is not SQLite at all', () => {
    const file = join(dir, 'orders.csv');
    writeFileSync(file, 'number,customer\n1040,Acme Tools\n'.repeat(20));
    expectRefusedUntouched(file, /is not a Stockdesk database \(it is not an SQLite database at all\)/);
  });

  it('refuses another program’s database by its application id', () => {
    const file = sqliteFile('places.sqlite', (db) => {
      db.pragma('application_id = 305419896');
      db.exec('CREATE TABLE place (url TEXT)');
    });
    expectRefusedUntouched(file, /another program's database \(SQLite application id 0x12345678\)/);
  });

  it('refuses an SQLite database without an application id that has none of Stockdesk’s tables', () => {
    const plain = sqliteFile('notes.db', (db) => db.exec('CREATE TABLE note (text TEXT)'));
    expectRefusedUntouched(plain, /an SQLite database but not a Stockdesk one/);
    // Numbered like an old Stockdesk, in WAL mode like Stockdesk's: still not one.
    const numbered = sqliteFile('numbered.db', (db) => {
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE note (text TEXT)');
      db.pragma('user_version = 3');
    });
    const before = fingerprint(numbered);
    expect(() => openDatabase(numbered)).toThrow(/an SQLite database but not a Stockdesk one/);
    expect(fingerprint(numbered)).toBe(before);
  });

  it('refuses a newer Stockdesk’s database byte for byte untouched, journal mode included', () => {
    // Rollback-journal mode, so that switching it to WAL would have changed its header.
    const file = sqliteFile('newer.db', (db) => {
      db.pragma(`application_id = ${STOCKDESK_APPLICATION_ID}`);
      db.exec('CREATE TABLE item (id INTEGER PRIMARY KEY)');
      db.pragma('user_version = 99');
    });
    expectRefusedUntouched(file, DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer Stockdesk \(schema version 99/);
  });

  it('refuses a newer Stockdesk’s database whose upgrade is still in its write-ahead log', () => {
    // A copy taken while the newer Stockdesk had it open: the version bump is in the -wal file only.
    const live = join(dir, 'live.db');
    const writer = openDatabase(live);
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma('user_version = 99');
    const file = join(dir, 'copy.db');
    copyFileSync(live, file);
    copyFileSync(`${live}-wal`, `${file}-wal`);
    writer.close();
    const log = fingerprint(`${file}-wal`);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(fingerprint(`${file}-wal`)).toBe(log);
  });

  it('refuses a damaged database, saying how to restore a backup, without writing to it', () => {
    const file = stockdeskFile('stockdesk.db', 2000);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over a page in the middle of the item table.
    bytes.fill(0x5a, pageSize * 4, pageSize * 5);
    writeFileSync(file, bytes);
    expectRefusedUntouched(file, /is damaged \(SQLite's check found: .+\); Stockdesk has not changed it\. Restore your latest backup copy/);
  });

  it('opens a read-only file read-only, changing nothing', () => {
    const file = stockdeskFile('stockdesk.db', 3);
    chmodSync(file, 0o444);
    const before = fingerprint(file);
    const db = openDatabase(file);
    expect(db.readonly).toBe(true);
    expect(db.prepare('SELECT count(*) FROM item').pluck().get()).toBe(3);
    db.close();
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a read-only file from an older Stockdesk, which would need upgrading', () => {
    const file = sqliteFile('old.db', (db) => migrate(db, migrations, 2));
    chmodSync(file, 0o444);
    expectRefusedUntouched(file, /is read-only, and it was written by an older Stockdesk \(schema version 2; .*make the file writable/);
  });

  it('opens a Stockdesk database from before application ids, upgrading and marking it', () => {
    const file = sqliteFile('old.db', (db) => {
      migrate(db, migrations, 4);
      db.exec("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('A-1', 'A-1', 'now', 'now')");
    });
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('application_id', { simple: true })).toBe(STOCKDESK_APPLICATION_ID);
    expect(db.prepare('SELECT sku FROM item').pluck().all()).toEqual(['A-1']);
    db.close();
  });

  it('finishes a database begun by a Stockdesk that stopped before its first migration', () => {
    const file = sqliteFile('begun.db', (db) => db.pragma('journal_mode = WAL'));
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });
});
