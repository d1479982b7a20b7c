import { INVENTORY_FILTERS, type Bin, type BinStock, type InventoryRow, type LedgerEntry, type StockPicture } from '../../shared/domain/inventory';
import type { ParsedInput } from '../../shared/contract';
import type { Page } from '../../shared/validation';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { perDataVersion, windowTotal } from '../store/paging';
import { requireItem } from '../store/repos/items';
import { searchNeedle } from '../store/search-key';
import { PICK_SEQUENCE_SQL } from '../store/sql';

// The Inventory list reads a page of items first (the sku_key index serves the sort and stops at the
// page) with the demand waiting for each (item_demand, kept by migration 10's triggers), then sums
// stock only for the page's items, and counts apart, once per version of the data (store/paging.ts).
// Summing every open order line of a page's items took 90 ms for the first page at 500,000 lines
// (demand is skewed toward the first skus), and the low filter summed all of them: 0.7-1.4 s.

type InventoryFilter = (typeof INVENTORY_FILTERS)[number];

/**
 * Items whose free stock is below the demand waiting for them (`item_demand`, kept by migration 10's
 * triggers: Warehouse Pick lines of live orders), tested per item as the page walks items in sku
 * order: two lookups by key, the free rows through bin_stock_free.
 */
const LOW_SQL = `AND (SELECT d.waiting FROM item_demand d WHERE d.item_id = i.id)
    > coalesce((SELECT sum(s.available - s.allocated) FROM bin_stock s WHERE s.item_id = i.id AND s.available > s.allocated), 0)`;
const INVENTORY_FILTER_SQL: Record<InventoryFilter, string> = {
  all: '',
  low: LOW_SQL,
  frozen: 'AND EXISTS (SELECT 1 FROM bin_stock s WHERE s.item_id = i.id AND s.frozen > 0)',
};

/** The page and count statements of one filter, with search (in the folded key, store/search-key.ts) or without (a catch-all `@needle = '' OR` plans worse). */
function inventoryVariant(db: ReadDb, filter: InventoryFilter, bySearch: boolean) {
  const from = `FROM item i WHERE i.active = 1
     ${bySearch ? 'AND instr(i.search_key, @needle) > 0' : ''} ${INVENTORY_FILTER_SQL[filter]}`;
  return {
    page: db.prepare<{ needle?: string; limit: number; offset: number }, { id: number; sku: string; description: string; unit: string; waiting: number }>(
      `SELECT i.id, i.sku, i.description, i.unit, (SELECT d.waiting FROM item_demand d WHERE d.item_id = i.id) AS waiting ${from}
       ORDER BY i.sku_key LIMIT @limit OFFSET @offset`,
    ),
    total: db.prepare<{ needle?: string }, { n: number }>(`SELECT count(*) AS n ${from}`),
  };
}

const statements = preparedFor((db: ReadDb) => ({
  byBin: db.prepare<[number], Omit<BinStock, 'free'>>(
    `SELECT b.code AS bin, b.sequence, s.available, s.frozen, s.damaged, s.quarantine, s.allocated
     FROM bin_stock s JOIN bin b ON b.id = s.bin_id WHERE s.item_id = +?
     ORDER BY ${PICK_SEQUENCE_SQL}`,
  ),
  ledger: db.prepare<{ item: number; limit: number; offset: number }, Omit<LedgerEntry, 'sku'> & { total: number }>(
    `SELECT g.id, g.at, g.user, g.kind, b.code AS bin, g.status, g.qty, g.reason, g.document, count(*) OVER () AS total
     FROM ledger g JOIN bin b ON b.id = g.bin_id WHERE g.item_id = +@item ORDER BY g.id DESC LIMIT @limit OFFSET @offset`,
  ),
  inventoryVariants: Object.fromEntries(
    INVENTORY_FILTERS.map((filter) => [filter, [inventoryVariant(db, filter, false), inventoryVariant(db, filter, true)] as const]),
  ) as Record<InventoryFilter, readonly [ReturnType<typeof inventoryVariant>, ReturnType<typeof inventoryVariant>]>,
  stockOf: db.prepare<[string], { item_id: number; available: number; frozen: number; damaged: number; quarantine: number; allocated: number }>(
    `SELECT item_id, sum(available) AS available, sum(frozen) AS frozen, sum(damaged) AS damaged,
            sum(quarantine) AS quarantine, sum(allocated) AS allocated
     FROM bin_stock WHERE item_id IN (SELECT value FROM json_each(?)) GROUP BY item_id`,
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
  const needle = searchNeedle(input.query);
  const { page, total } = s.inventoryVariants[input.filter][needle === '' ? 0 : 1];
  const search = needle === '' ? {} : { needle };
  const items = page.all({ ...search, limit: input.limit, offset: input.offset });
  const stock = new Map(s.stockOf.all(JSON.stringify(items.map((i) => i.id))).map((r) => [r.item_id, r]));
  const rows = items.map(({ id, sku, description, unit, waiting }): InventoryRow => {
    const { available = 0, frozen = 0, damaged = 0, quarantine = 0, allocated = 0 } = stock.get(id) ?? {};
    const onHand = available + frozen + damaged + quarantine;
    return { sku, description, unit, onHand, available, frozen, damaged, quarantine, allocated, free: available - allocated, waiting };
  });
  // A page that is neither full nor past the end is the last one: it says the total without counting.
  const last = rows.length > 0 && rows.length < input.limit;
  return { rows, total: last ? input.offset + rows.length : perDataVersion(db, `inventory:${input.filter}:${needle}`, () => total.get(search)!.n), offset: input.offset };
}

export const listBins = (db: ReadDb): (Bin & { items: number })[] => statements(db).bins.all();
