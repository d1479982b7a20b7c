import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { fillableByBackorder } from '../../main/queries/fillable';
import { openDatabase, type Db } from '../../main/store/open';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, items, order, receive, run } from '../helpers/scenario';

// The lists read figures kept apart from the rows they sum (the demand waiting per item, kept by
// triggers) and totals and fillable quantities kept per version of the data. After every kind of
// write a clerk makes, each must equal the same figure summed afresh from the rows.

/** Demand waiting per item, summed from the order lines as the Inventory list used to. */
const waitingSummed = (db: Db) =>
  db
    .prepare(
      `SELECT i.sku, coalesce((SELECT sum(l.qty - l.completed - l.allocated - l.cancelled) FROM order_line l JOIN "order" o ON o.id = l.order_id
                               WHERE l.item_id = i.id AND l.line_status = 'Warehouse Pick' AND o.status IN ('Draft', 'Open')), 0) AS waiting
       FROM item i ORDER BY i.sku_key`,
    )
    .all() as { sku: string; waiting: number }[];

const backorderCount = (db: Db) =>
  db.prepare(`SELECT count(*) FROM doc d WHERE d.status = 'Back Order' AND EXISTS (SELECT 1 FROM doc_line l WHERE l.doc_id = d.id AND l.qty > 0)`).pluck().get();

function expectFiguresRight(h: Harness, step: string): void {
  const listed = h.call('inventory:list', { filter: 'all', limit: 1000 }).rows.map(({ sku, waiting }) => ({ sku, waiting }));
  expect(listed, step).toEqual(waitingSummed(h.db));
  const low = h.call('inventory:list', { filter: 'low', limit: 1000 }).rows.map((r) => r.sku);
  expect(low, step).toEqual(h.call('inventory:list', { filter: 'all', limit: 1000 }).rows.filter((r) => r.free < r.waiting).map((r) => r.sku));
  // Asked twice, as a clerk paging does: the second answer comes from what the first kept.
  for (let i = 0; i < 2; i++) {
    const page = h.call('backorders:list', { filter: 'all', limit: 1 });
    expect(page.total, step).toBe(backorderCount(h.db));
    const fresh = fillableByBackorder(h.db);
    const all = h.call('backorders:list', { filter: 'all', limit: 1000 }).rows;
    expect(all.map((r) => r.fillableNow), step).toEqual(all.map((r) => fresh.get(h.db.prepare('SELECT id FROM doc WHERE number = ?').pluck().get(r.number) as number) ?? 0));
    expect(h.call('backorders:list', { filter: 'fulfillable', limit: 1 }).total, step).toBe([...fresh.values()].filter((q) => q > 0).length);
  }
}

describe('figures the lists keep stay equal to the rows they stand for', () => {
  it('after orders, a run, receipts, adjustments, status changes, cancels and a fill', () => {
    const h = createHarness();
    h.call('settings:update', { autoRelease: false });
    items(h, 'TR-GR', 'BRG-1', 'HX-5');
    bins(h, 'A-01', 'A-02');
    receive(h, 'TR-GR', 'A-01', 4);
    expectFiguresRight(h, 'stock in');
    order(h, '1001', [['TR-GR', 3], ['BRG-1', 2]], { status: 'Open' });
    order(h, '1002', [['TR-GR', 3], ['HX-5', 1, 'Vendor Order']], { status: 'Open', policy: 'complete' });
    order(h, '1003', [['TR-GR', 2]]);
    expectFiguresRight(h, 'orders entered');
    run(h, '1001', '1002', '1003');
    expectFiguresRight(h, 'run');
    receive(h, 'TR-GR', 'A-02', 5);
    receive(h, 'BRG-1', 'A-02', 1);
    expectFiguresRight(h, 'received');
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-02', mode: 'delta', qty: -1, reason: 'damaged in handling' });
    expectFiguresRight(h, 'adjusted');
    h.call('inventory:changeStatus', { sku: 'TR-GR', bin: 'A-02', from: 'available', to: 'frozen', qty: 1, reason: 'count pending' });
    expectFiguresRight(h, 'frozen');
    const first = h.call('backorders:list', { filter: 'fulfillable' }).rows[0]!.number;
    h.call('backorders:release', { backorders: [first] });
    expectFiguresRight(h, 'released');
    h.call('orders:cancel', { order: '1003' });
    expectFiguresRight(h, 'order cancelled');
    h.call('orders:cancelLine', { order: '1001', lineNo: 2 });
    expectFiguresRight(h, 'line cancelled');
  });

  it('a total kept for one desk is read again once another desk on the same file writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stockdesk-lists-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'shared.db');
    const desk = (db: Db) => createDispatcher(createHandlers(), { db, now: () => '2026-11-24T09:00:00.000Z', user: 'clerk', mode: 'browser', databasePath: file });
    const one = openDatabase(file, { createFolder: true });
    const other = openDatabase(file);
    onTestFinished(() => {
      one.close();
      other.close();
    });
    const [a, b] = [desk(one), desk(other)];
    const total = () => {
      const result = a('orders:list', { limit: 1 });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { total: number }).total;
    };
    for (const [d, sku] of [[a, 'TR-GR'], [b, 'BRG-1']] as const) expect(d('items:create', { sku }).ok).toBe(true);
    expect(a('orders:create', { number: '1', customer: 'Acme', orderDate: '2026-11-20', lines: [{ sku: 'TR-GR', qty: 1 }] }).ok).toBe(true);
    expect(a('orders:create', { number: '2', customer: 'Acme', orderDate: '2026-11-20', lines: [{ sku: 'TR-GR', qty: 1 }] }).ok).toBe(true);
    expect(total()).toBe(2);
    expect(b('orders:create', { number: '3', customer: 'Acme', orderDate: '2026-11-20', lines: [{ sku: 'BRG-1', qty: 1 }] }).ok).toBe(true);
    expect(total()).toBe(3);
  });
});
