import type { Bin, BinStock, InventoryRow, LedgerEntry, StockPicture } from '../../shared/domain/inventory';
import type { ParsedInput } from '../../shared/contract';
import type { Page } from '../../shared/validation';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { windowTotal } from '../store/paging';
import { requireItem } from '../store/repos/items';
import { containsPattern, LIVE_ORDER_SQL, PICK_SEQUENCE_SQL, WANTED_SQL } from '../store/sql';

// Demand waiting for an item: what Warehouse Pick lines of live orders still want from stock.
const WAITING_BY_ITEM = `(SELECT l.item_id, sum(${WANTED_SQL}) AS waiting
   FROM order_line l JOIN "order" o ON o.id = l.order_id
   WHERE ${LIVE_ORDER_SQL} AND l.line_status = 'Warehouse Pick' GROUP BY l.item_id)`;

const statements = preparedFor((db: ReadDb) => ({
  byBin: db.prepare<[number], Omit<BinStock, 'free'>>(
    `SELECT b.code AS bin, b.sequence, s.available, s.frozen, s.damaged, s.quarantine, s.allocated
     FROM bin_stock s JOIN bin b ON b.id = s.bin_id WHERE s.item_id = ?
     ORDER BY ${PICK_SEQUENCE_SQL}`,
  ),
  ledger: db.prepare<{ item: number; limit: number; offset: number }, Omit<LedgerEntry, 'sku'> & { total: number }>(
    `SELECT g.id, g.at, g.user, g.kind, b.code AS bin, g.status, g.qty, g.reason, g.document, count(*) OVER () AS total
     FROM ledger g JOIN bin b ON b.id = g.bin_id WHERE g.item_id = @item ORDER BY g.id DESC LIMIT @limit OFFSET @offset`,
  ),
  list: db.prepare<{ pattern: string; filter: string; limit: number; offset: number }, InventoryRow & { total: number }>(
    `SELECT i.sku, i.description, i.unit,
            coalesce(s.available, 0) + coalesce(s.frozen, 0) + coalesce(s.damaged, 0) + coalesce(s.quarantine, 0) AS onHand,
            coalesce(s.available, 0) AS available, coalesce(s.frozen, 0) AS frozen, coalesce(s.damaged, 0) AS damaged,
            coalesce(s.quarantine, 0) AS quarantine, coalesce(s.allocated, 0) AS allocated,
            coalesce(s.available, 0) - coalesce(s.allocated, 0) AS free, coalesce(w.waiting, 0) AS waiting,
            count(*) OVER () AS total
     FROM item i
     LEFT JOIN (SELECT item_id, sum(available) AS available, sum(frozen) AS frozen, sum(damaged) AS damaged,
                       sum(quarantine) AS quarantine, sum(allocated) AS allocated FROM bin_stock GROUP BY item_id) s ON s.item_id = i.id
     LEFT JOIN ${WAITING_BY_ITEM} w ON w.item_id = i.id
     WHERE i.active = 1
       AND (@pattern = '' OR i.sku LIKE @pattern ESCAPE '\\' OR i.description LIKE @pattern ESCAPE '\\')
       AND (@filter = 'all'
            OR (@filter = 'low' AND coalesce(s.available, 0) - coalesce(s.allocated, 0) < coalesce(w.waiting, 0))
            OR (@filter = 'frozen' AND coalesce(s.frozen, 0) > 0))
     ORDER BY i.sku_key LIMIT @limit OFFSET @offset`,
  ),
  bins: db.prepare<[], Bin & { items: number }>(
    `SELECT b.id, b.code, b.sequence, (SELECT count(*) FROM bin_stock s WHERE s.bin_id = b.id) AS items
     FROM bin b ORDER BY ${PICK_SEQUENCE_SQL}`,
  ),
}));

export function itemStock(db: ReadDb, sku: string): { sku: string; bins: BinStock[]; total: StockPicture } {
  const item = requireItem(db, sku);
  const bins = statements(db).byBin.all(item.id).map((b) => ({ ...b, free: b.available - b.allocated }));
  const sum = (key: keyof BinStock) => bins.reduce((n, b) => n + (b[key] as number), 0);
  const total: StockPicture = {
    onHand: sum('available') + sum('frozen') + sum('damaged') + sum('quarantine'),
    available: sum('available'),
    frozen: sum('frozen'),
    damaged: sum('damaged'),
    quarantine: sum('quarantine'),
    allocated: sum('allocated'),
    free: sum('free'),
  };
  return { sku: item.sku, bins, total };
}

export function itemLedger(db: ReadDb, input: ParsedInput<'inventory:ledger'>): Page<LedgerEntry> {
  const item = requireItem(db, input.sku);
  const rows = statements(db).ledger.all({ item: item.id, limit: input.limit, offset: input.offset });
  const total = windowTotal(rows, input.offset, () => statements(db).ledger.get({ item: item.id, limit: 1, offset: 0 }));
  return { rows: rows.map(({ total: _total, ...r }) => ({ ...r, sku: item.sku })), total, offset: input.offset };
}

export function listInventory(db: ReadDb, input: ParsedInput<'inventory:list'>): Page<InventoryRow> {
  const params = { pattern: containsPattern(input.query), filter: input.filter };
  const rows = statements(db).list.all({ ...params, limit: input.limit, offset: input.offset });
  const total = windowTotal(rows, input.offset, () => statements(db).list.get({ ...params, limit: 1, offset: 0 }));
  return { rows: rows.map(({ total: _total, ...r }) => r), total, offset: input.offset };
}

export const listBins = (db: ReadDb): (Bin & { items: number })[] => statements(db).bins.all();
