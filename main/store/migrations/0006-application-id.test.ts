import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STOCKDESK_APPLICATION_ID } from '../database-file';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 6', () => {
  it('6 (application-id): marks the file as Stockdesk’s with the id that opening checks, in the migration’s transaction', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 5);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    // Written in the transaction: a migration that fails after it leaves no mark.
    expect(() => db.transaction(() => {
      db.exec(migrations[5]!.up as string);
      throw new Error('later step failed');
    })()).toThrow('later step failed');
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    expect(migrate(db, migrations, 6)).toBe(6);
    expect(db.pragma('application_id', { simple: true })).toBe(STOCKDESK_APPLICATION_ID);
  });
});
