import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/helpers/harness';
import { verify } from './verify';

// verify is what every other test leans on: each invariant it checks must really be caught when
// broken. Each case corrupts a consistent database behind the engine's back (CHECKs and the ledger
// triggers switched off where they would stop it) and expects the matching complaint.
let h: Harness;
beforeEach(() => {
  h = createHarness();
  h.call('items:create', { sku: 'TR-GR' });
  h.call('bins:create', { code: 'A-01' });
  h.call('settings:update', { autoRelease: false });
  h.call('inventory:receive', { lines: [{ sku: 'TR-GR', bin: 'A-01', qty: 5 }] });
  h.call('orders:create', { number: '1040', customer: 'C', orderDate: '2026-11-20', lines: [{ sku: 'TR-GR', qty: 8 }] });
  h.call('fulfillment:run', { orders: ['1040'] }); // 1040.001 picks 5, 1040.002 backorders 3
});

function corrupt(sql: string): string[] {
  h.db.pragma('ignore_check_constraints = ON');
  h.db.exec('DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete;');
  h.db.exec(sql);
  return verify(h.db).problems;
}

describe('verify', () => {
  it('finds nothing wrong in a consistent database, and says what it checked', () => {
    expect(verify(h.db)).toEqual({ ok: true, problems: [], checked: { stockRows: 1, ledgerEntries: 1, orderLines: 1, documents: 2 } });
  });

  it('verifies with a count that confirmed a bin (a ledger entry of 0), and catches it when it is not 0', () => {
    h.call('inventory:adjust', { sku: 'TR-GR', bin: 'A-01', mode: 'set', qty: 5, reason: 'cycle count' });
    expect(verify(h.db)).toMatchObject({ ok: true, problems: [], checked: { ledgerEntries: 2 } });
    expect(corrupt('UPDATE ledger SET qty = 1 WHERE qty = 0')).toEqual(['on hand equals the ledger: item 1 bin 1: balance 5/0/0/0 but ledger 6/0/0/0']);
  });

  it.each([
    ['on hand equals the ledger', "UPDATE bin_stock SET available = available + 1"],
    ['on hand equals the ledger', "UPDATE ledger SET qty = qty - 1"],
    ['on hand is never negative', "UPDATE bin_stock SET frozen = -1; INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty) VALUES ('t', 'u', 'adjustment', 1, 1, 'frozen', -1)"],
    ['allocated equals the allocations and never exceeds available', "UPDATE allocation SET qty = qty - 1"],
    ['allocated equals the allocations and never exceeds available', "UPDATE bin_stock SET available = 4; INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty) VALUES ('t', 'u', 'adjustment', 1, 1, 'available', -1)"],
    ['nothing is allocated to a backorder, a completed or a cancelled document', "UPDATE doc SET status = 'Completed' WHERE number = '1040.001'"],
    ['a pick line holds exactly its allocations', "UPDATE doc_line SET qty = qty + 1 WHERE doc_id = (SELECT id FROM doc WHERE number = '1040.001')"],
    ["every line's quantities add up to what was ordered", "UPDATE order_line SET backordered = backordered - 1"],
    ["every line's quantities add up to what was ordered", "UPDATE order_line SET cancelled = 1"],
    [
      'a document line belongs to its order and item',
      "INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('X', 'X', 't', 't'); UPDATE doc_line SET item_id = 2 WHERE doc_id = (SELECT id FROM doc WHERE number = '1040.002')",
    ],
    ['a cancelled order has nothing open', `UPDATE "order" SET status = 'Cancelled'`],
    ['document numbers follow their order', "UPDATE doc SET number = '1040.009' WHERE number = '1040.002'"],
    ["an item's waiting demand is what its lines want", 'UPDATE item_demand SET waiting = waiting + 1'],
    ["an item's waiting demand is what its lines want", 'DELETE FROM item_demand'],
  ])('catches a broken rule: %s (%s)', (check, sql) => {
    expect(corrupt(sql).some((p) => p.startsWith(`${check}: `))).toBe(true);
  });
});
