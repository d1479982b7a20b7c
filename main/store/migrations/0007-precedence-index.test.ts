import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PRECEDENCE_SQL } from '../sql';
import { migrate } from '../migrate';
import { migrations } from '.';
import { precedenceIndex } from './0007-precedence-index';

describe(`migration ${precedenceIndex.version}`, () => {
  it(`${precedenceIndex.version} (precedence-index): lets a page of documents in precedence order walk orders by index, with no sort`, () => {
    const db = new Database(':memory:');
    migrate(db, migrations, precedenceIndex.version - 1);
    db.prepare(`INSERT INTO "order" (number, customer, order_date, priority, created_at, updated_at) VALUES ('1001', 'Acme', '2026-11-01', 'low', 'now', 'now')`).run();
    expect(migrate(db, migrations, precedenceIndex.version)).toBe(precedenceIndex.version);
    // The data of the version before is kept, and the live precedence text is the indexed expression.
    expect(db.prepare('SELECT number FROM "order"').pluck().all()).toEqual(['1001']);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT d.id FROM "order" o CROSS JOIN doc d ON d.order_id = o.id WHERE d.status = 'Open' ORDER BY ${PRECEDENCE_SQL}, d.seq LIMIT 200`)
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/SCAN o USING (COVERING )?INDEX order_by_precedence/);
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
