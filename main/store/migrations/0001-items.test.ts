import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 1', () => {
  it('1 (items): gives an empty database the catalogue, with its defaults and rules', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations, 1)).toBe(1);
    db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('TR-GR', 'TR-GR', 'now', 'now')").run();
    expect(db.prepare('SELECT sku, description, unit, allow_backorder, active FROM item').all()).toEqual([
      { sku: 'TR-GR', description: '', unit: 'ea', allow_backorder: 1, active: 1 },
    ]);
    // A sku compared without case is one sku; an empty one, or one too long, is none.
    expect(() => db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('tr-gr', 'TR-GR', 'now', 'now')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('', 'X', 'now', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('${'A'.repeat(65)}', 'Y', 'now', 'now')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO item (sku, sku_key, active, created_at, updated_at) VALUES ('B', 'B', 2, 'now', 'now')").run()).toThrow(/CHECK/);
  });
});
