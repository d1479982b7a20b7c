import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerSearchKey } from '../search-key';
import { migrations } from '.';
import { leanDocLine } from './0012-lean-doc-line';

describe(`migration ${leanDocLine.version}`, () => {
  it(`${leanDocLine.version} (lean-doc-line): document lines are no longer indexed by item, and keep their other indexes`, () => {
    const db = new Database(':memory:');
    registerSearchKey(db);
    migrate(db, migrations, leanDocLine.version - 1);
    const indexes = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'doc_line' AND sql IS NOT NULL ORDER BY name").pluck().all();
    expect(indexes()).toEqual(['doc_line_by_item', 'doc_line_by_order_line']);
    expect(migrate(db, migrations, leanDocLine.version)).toBe(leanDocLine.version);
    expect(indexes()).toEqual(['doc_line_by_order_line']);
  });
});
