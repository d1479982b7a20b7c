import { INVENTORY_FILTERS, type Bin, type BinStock, type InventoryRow, type LedgerEntry, type StockPicture } from '../../shared/domain/inventory';
import type { ParsedInput } from '../../shared/contract';
import type { Page } from '../../shared/validation';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { windowTotal } from '../store/paging';
import { requireItem } from '../store/repos/items';
import { containsPattern, LIVE_ORDER_SQL, PICK_SEQUENCE_SQL, WANTED_SQL } from '../store/sql';

// The Inventory list reads a page of items first (the sku_key index serves the sort and stops at the
// page), then sums stock and waiting demand only for the page's items, and counts apart: the old
// single statement summed all of bin_stock and every open order line on every call (230-290 ms a
// page at 100,000 lines). A filter tests each item through the bin_stock key and order_line_by_item.

type InventoryFilter = (typeof INVENTORY_FILTERS)[number];

/**
 * Items whose free stock is below the demand waiting for them (Warehouse Pick lines of live orders),
 * summed once per call over the items with demand (free stock is never negative, so an item with
 * none waiting is never low) and handed to the page and the count as ids: per item through
 * correlated sums it was slower, as demand is skewed.
 */
const LOW_ITEMS = `SELECT w.item_id FROM
     (SELECT l.item_id, sum(${WANTED_SQL}) AS waiting FROM order_line l JOIN "order" o ON o.id = l.order_id
      WHERE ${LIVE_ORDER_SQL} AND l.line_status = 'Warehouse Pick' GROUP BY l.item_id) w
   LEFT JOIN (SELECT item_id, sum(available - allocated) AS free FROM bin_stock GROUP BY item_id) f ON f.item_id = w.item_id
   WHERE coalesce(f.free, 0) < w.waiting`;
const INVENTORY_FILTER_SQL: Record<InventoryFilter, string> = {
  all: '',
  low: 'AND i.id IN (SELECT value FROM json_each(@low))',
  frozen: 'AND EXISTS (SELECT 1 FROM bin_stock s WHERE s.item_id = i.id AND s.frozen > 0)',
};

/** The page and count statements of one filter, with search or without (a catch-all `@pattern = '' OR` plans worse). */
function inventoryVariant(db: ReadDb, filter: InventoryFilter, bySearch: boolean) {
  const from = `FROM item i WHERE i.active = 1
     ${bySearch ? "AND (i.sku LIKE @pattern ESCAPE '\\' OR i.description LIKE @pattern ESCAPE '\\')" : ''} ${INVENTORY_FILTER_SQL[filter]}`;
  return {
    page: db.prepare<{ pattern?: string; low?: string; limit: number; offset: number }, { id: number; sku: string; description: string; unit: string }>(
      `SELECT i.id, i.sku, i.description, i.unit ${from} ORDER BY i.sku_key LIMIT @limit OFFSET @offset`,
    ),
    total: db.prepare<{ pattern?: string; low?: string }, { n: number }>(`SELECT count(*) AS n ${from}`),
  };
}

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
  inventoryVariants: Object.fromEntries(
    INVENTORY_FILTERS.map((filter) => [filter, [inventoryVariant(db, filter, false), inventoryVariant(db, filter, true)] as const]),
  ) as Record<InventoryFilter, readonly [ReturnType<typeof inventoryVariant>, ReturnType<typeof inventoryVariant>]>,
  lowItems: db.prepare<[], number>(LOW_ITEMS).pluck(),
  stockOf: db.prepare<[string], { item_id: number; available: number; frozen: number; damaged: number; quarantine: number; allocated: number }>(
    `SELECT item_id, sum(available) AS available, sum(frozen) AS frozen, sum(damaged) AS damaged,
            sum(quarantine) AS quarantine, sum(allocated) AS allocated
     FROM bin_stock WHERE item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id`,
  ),
  waitingOf: db.prepare<[string], { item_id: number; waiting: number }>(
    // From the page's items through order_line_by_item (CROSS JOIN keeps that order): left to itself,
    // SQLite starts from every live order instead.
    `SELECT l.item_id, sum(${WANTED_SQL}) AS waiting
     FROM json_each(?) j CROSS JOIN order_line l ON l.item_id = j.value JOIN "order" o ON o.id = l.order_id
     WHERE ${LIVE_ORDER_SQL} AND l.line_status = 'Warehouse Pick'
     GROUP BY l.item_id`,
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
  const s = statements(db);
  const pattern = containsPattern(input.query);
  const { page, total } = s.inventoryVariants[input.filter][pattern === '' ? 0 : 1];
  const search = {
    ...(pattern === '' ? {} : { pattern }),
    ...(input.filter === 'low' ? { low: JSON.stringify(s.lowItems.all()) } : {}),
  };
  const items = page.all({ ...search, limit: input.limit, offset: input.offset });
  const ids = JSON.stringify(items.map((i) => i.id));
  const stock = new Map(s.stockOf.all(ids).map((r) => [r.item_id, r]));
  const waiting = new Map(s.waitingOf.all(ids).map((r) => [r.item_id, r.waiting]));
  const rows = items.map(({ id, sku, description, unit }): InventoryRow => {
    const { available = 0, frozen = 0, damaged = 0, quarantine = 0, allocated = 0 } = stock.get(id) ?? {};
    const onHand = available + frozen + damaged + quarantine;
    return { sku, description, unit, onHand, available, frozen, damaged, quarantine, allocated, free: available - allocated, waiting: waiting.get(id) ?? 0 };
  });
  // A page that is neither full nor past the end is the last one: it says the total without counting.
  const last = rows.length > 0 && rows.length < input.limit;
  return { rows, total: last ? input.offset + rows.length : total.get(search)!.n, offset: input.offset };
}

export const listBins = (db: ReadDb): (Bin & { items: number })[] => statements(db).bins.all();
