import type { LedgerKind, StockStatus } from '../../../shared/domain/inventory';
import { STOCK_STATUSES } from '../../../shared/domain/inventory';
import type { Statement } from 'better-sqlite3';
import type { ReadDb, WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import type { EngineCtx } from '../context';

interface BinStockRow {
  item_id: number;
  bin_id: number;
  available: number;
  frozen: number;
  damaged: number;
  quarantine: number;
  allocated: number;
}

interface LedgerPosting {
  kind: LedgerKind;
  itemId: number;
  binId: number;
  status: StockStatus;
  /** Signed change of on-hand stock. */
  qty: number;
  reason: string;
  document: string | null;
}

const reads = preparedFor((db: ReadDb) => ({
  row: db.prepare<[number, number], BinStockRow>('SELECT * FROM bin_stock WHERE item_id = ? AND bin_id = ?'),
}));

const writes = preparedFor((db: WriteDb) => {
  // One statement per status column: the column name cannot be a bound parameter. Stock coming in
  // is an upsert; stock going out updates the row (SQLite checks CHECKs on the row an upsert would
  // insert, so a negative insert would fail even when the row exists).
  const perStatus = (sql: (status: StockStatus) => string) =>
    Object.fromEntries(STOCK_STATUSES.map((status) => [status, db.prepare<{ item: number; bin: number; qty: number }>(sql(status))])) as Record<
      StockStatus,
      Statement<{ item: number; bin: number; qty: number }>
    >;
  return {
    addTo: perStatus(
      (status) => `INSERT INTO bin_stock (item_id, bin_id, ${status}) VALUES (@item, @bin, @qty)
                   ON CONFLICT (item_id, bin_id) DO UPDATE SET ${status} = ${status} + excluded.${status}`,
    ),
    takeFrom: perStatus((status) => `UPDATE bin_stock SET ${status} = ${status} + @qty WHERE item_id = @item AND bin_id = @bin`),
    ledger: db.prepare(
      `INSERT INTO ledger (at, user, kind, item_id, bin_id, status, qty, reason, document)
       VALUES (@at, @user, @kind, @itemId, @binId, @status, @qty, @reason, @document)`,
    ),
    reserve: db.prepare<{ item: number; bin: number; qty: number }>(
      'UPDATE bin_stock SET allocated = allocated + @qty WHERE item_id = @item AND bin_id = @bin',
    ),
  };
});

/**
 * Changes on-hand stock: appends the ledger entry and moves the balance in the same transaction.
 * The balance table's CHECKs refuse a negative balance; callers check first to say why in words.
 */
export function post(ctx: EngineCtx, entry: LedgerPosting): void {
  const s = writes(ctx.db);
  s.ledger.run({ at: ctx.now(), user: ctx.user, ...entry });
  const change = { item: entry.itemId, bin: entry.binId, qty: entry.qty };
  if (entry.qty > 0) s.addTo[entry.status].run(change);
  else if (s.takeFrom[entry.status].run(change).changes !== 1) throw new Error(`no stock of item ${entry.itemId} in bin ${entry.binId} to take from`);
}

export const binStock = (db: ReadDb, itemId: number, binId: number): BinStockRow | undefined => reads(db).row.get(itemId, binId);

/** Reserves (qty > 0) or releases (qty < 0) available stock in a bin. */
export function reserve(db: WriteDb, itemId: number, binId: number, qty: number): void {
  writes(db).reserve.run({ item: itemId, bin: binId, qty });
}
