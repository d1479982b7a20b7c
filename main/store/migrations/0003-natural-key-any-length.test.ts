import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { naturalKey } from '../repos/bins';
import { migrations } from '.';

describe('migration 3', () => {
  it('3 (natural-key-any-length): recomputes the keys of version 2, so that bins sort by their numbers however long', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 2);
    // Version 2 padded each digit run to ten digits: B-10000000000 sorted before B-9999999999.
    db.exec(`INSERT INTO bin (id, code, sequence, natural_key, created_at) VALUES
      (1, 'B-10000000000', NULL, 'B-10000000000', 'now'),
      (2, 'B-9999999999', NULL, 'B-9999999999', 'now'),
      (3, 'a-10', 4, 'A-0000000010', 'now'),
      (4, 'A-2', NULL, 'A-0000000002', 'now')`);

    expect(migrate(db, migrations, 3)).toBe(3);

    expect(db.prepare('SELECT code, sequence, natural_key FROM bin ORDER BY id').all()).toEqual([
      { code: 'B-10000000000', sequence: null, natural_key: 'B-1110000000000' },
      { code: 'B-9999999999', sequence: null, natural_key: 'B-109999999999' },
      { code: 'a-10', sequence: 4, natural_key: 'A-0210' },
      { code: 'A-2', sequence: null, natural_key: 'A-012' },
    ]);
    expect(db.prepare('SELECT code FROM bin ORDER BY natural_key').pluck().all()).toEqual(['A-2', 'a-10', 'B-9999999999', 'B-10000000000']);
    // The frozen key agrees with the live one: a bin created today sorts among those migrated.
    for (const { code, natural_key } of db.prepare<[], { code: string; natural_key: string }>('SELECT code, natural_key FROM bin').all()) {
      expect(naturalKey(code), code).toBe(natural_key);
    }
  });
});
