import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';
import { idempotency } from './0008-idempotency';

describe(`migration ${idempotency.version}`, () => {
  it(`${idempotency.version} (idempotency): keeps one answer per key, typed strictly, beside every earlier table`, () => {
    const db = new Database(':memory:');
    migrate(db, migrations, idempotency.version - 1);
    const before = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
    expect(migrate(db, migrations, idempotency.version)).toBe(idempotency.version);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(before + 1);
    const insert = db.prepare('INSERT INTO idempotency (key, channel, request_hash, answer, at) VALUES (?, ?, ?, ?, ?)');
    insert.run('k1', 'inventory:receive', 'h', '{"reference":"R-1"}', '2026-11-30T00:00:00.000Z');
    // A key answers for one call only.
    expect(() => insert.run('k1', 'inventory:receive', 'h', '{}', '2026-11-30T00:00:01.000Z')).toThrow(/UNIQUE/);
    // STRICT: an answer that is not text is refused rather than stored as something else.
    expect(() => insert.run('k2', 'inventory:receive', 'h', Buffer.from('x'), '2026-11-30T00:00:00.000Z')).toThrow(/cannot store BLOB/);
    expect(() => insert.run('k3', 'inventory:receive', 'h', null, '2026-11-30T00:00:00.000Z')).toThrow(/NOT NULL/);
  });
});
