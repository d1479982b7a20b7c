import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';
import { fulfillmentRuns } from './0011-fulfillment-runs';

describe(`migration ${fulfillmentRuns.version}`, () => {
  it(`${fulfillmentRuns.version} (fulfillment-runs): keeps a run and its orders' outcomes in chunks in run order`, () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, fulfillmentRuns.version - 1);
    const before = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
    expect(migrate(db, migrations, fulfillmentRuns.version)).toBe(fulfillmentRuns.version);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(before + 2);

    const run = db.prepare("INSERT INTO fulfillment_run (at, user, orders) VALUES ('2026-11-30T00:00:00.000Z', 'clerk', 2)").run().lastInsertRowid;
    const insert = db.prepare('INSERT INTO fulfillment_run_chunk (run_id, chunk, orders) VALUES (?, ?, ?)');
    insert.run(run, 1, '[{"order":"1041"}]');
    insert.run(run, 0, '[{"order":"1040"}]');
    expect(db.prepare('SELECT orders FROM fulfillment_run_chunk WHERE run_id = ? ORDER BY chunk').pluck().all(run)).toEqual(['[{"order":"1040"}]', '[{"order":"1041"}]']);
    // One chunk per place in the run, of a run that exists.
    expect(() => insert.run(run, 0, '[]')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run(run, -1, '[]')).toThrow(/CHECK/);
    expect(() => insert.run(999, 0, '[]')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO fulfillment_run (at, user, orders) VALUES ('t', 'u', -1)").run()).toThrow(/CHECK/);
  });
});
