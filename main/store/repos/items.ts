import { skuKey, type Item } from '../../../shared/domain/items';
import { notFound, refused } from '../../../shared/errors';
import type { ReadDb, WriteDb } from '../handles';
import { preparedFor } from '../prepared';
import { searchKeyOf, searchNeedle } from '../search-key';

interface ItemRow {
  id: number;
  sku: string;
  sku_key: string;
  description: string;
  unit: string;
  allow_backorder: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export const toItem = (row: ItemRow): Item => ({
  id: row.id,
  sku: row.sku,
  description: row.description,
  unit: row.unit,
  allowBackorder: row.allow_backorder === 1,
  active: row.active === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** An item's columns as a command writes them (`now` stamps it). */
export type ItemValues = Omit<ItemRow, 'id' | 'created_at' | 'updated_at'> & { now: string };

/** `@needle` is the search folded (store/search-key.ts), looked for in the item's folded sku and description. */
const SEARCH = `(@includeInactive = 1 OR active = 1) AND (@needle = '' OR instr(search_key, @needle) > 0)`;

const reads = preparedFor((db: ReadDb) => ({
  byId: db.prepare<[number], ItemRow>('SELECT * FROM item WHERE id = ?'),
  byKey: db.prepare<[string], ItemRow>('SELECT * FROM item WHERE sku_key = ?'),
  search: db.prepare<{ needle: string; includeInactive: number; limit: number; offset: number }, ItemRow>(
    `SELECT * FROM item WHERE ${SEARCH} ORDER BY sku_key LIMIT @limit OFFSET @offset`,
  ),
  count: db.prepare<{ needle: string; includeInactive: number }, { n: number }>(`SELECT count(*) AS n FROM item WHERE ${SEARCH}`),
}));

const writes = preparedFor((db: WriteDb) => ({
  insert: db.prepare<ItemValues & { search_key: string }>(
    `INSERT INTO item (sku, sku_key, search_key, description, unit, allow_backorder, active, created_at, updated_at)
     VALUES (@sku, @sku_key, @search_key, @description, @unit, @allow_backorder, @active, @now, @now)`,
  ),
  update: db.prepare<ItemValues & { id: number; search_key: string }>(
    `UPDATE item SET sku = @sku, sku_key = @sku_key, search_key = @search_key, description = @description, unit = @unit,
       allow_backorder = @allow_backorder, active = @active, updated_at = @now
     WHERE id = @id`,
  ),
}));

export const findItem = (db: ReadDb, sku: string): ItemRow | undefined => reads(db).byKey.get(skuKey(sku));

/** The item for a sku, or a refusal naming `field`. */
export function requireItem(db: ReadDb, sku: string, field = 'sku'): ItemRow {
  const item = findItem(db, sku);
  if (!item) throw notFound(`Item ${sku}`, field);
  return item;
}

/** An item that can be ordered and received: known and active. */
export function requireActiveItem(db: ReadDb, sku: string, field = 'sku'): ItemRow {
  const item = requireItem(db, sku, field);
  if (!item.active) throw refused(`${item.sku} is inactive`, field);
  return item;
}

/** The item with this id, or a refusal naming `id` (the item editor names items by id). */
export function requireItemById(db: ReadDb, id: number): ItemRow {
  const row = reads(db).byId.get(id);
  if (!row) throw notFound(`Item ${id}`, 'id');
  return row;
}

/** An item the store itself points at (a line's, a document's): it exists. */
export const itemById = (db: ReadDb, id: number): ItemRow => reads(db).byId.get(id)!;

/** A page of the catalogue and the total of the whole filtered list (`query` as typed: it is folded here). */
export function searchItems(db: ReadDb, filter: { query: string; includeInactive: boolean }, page: { limit: number; offset: number }) {
  const params = { needle: searchNeedle(filter.query), includeInactive: filter.includeInactive ? 1 : 0 };
  return { rows: reads(db).search.all({ ...params, ...page }).map(toItem), total: reads(db).count.get(params)?.n ?? 0 };
}

/** The item's folded search text is written with it, from its sku and description. */
const withSearchKey = (values: ItemValues) => ({ ...values, search_key: searchKeyOf(values.sku, values.description) });

export const insertItemRow = (db: WriteDb, values: ItemValues): number => Number(writes(db).insert.run(withSearchKey(values)).lastInsertRowid);

export const updateItemRow = (db: WriteDb, id: number, values: ItemValues): void => void writes(db).update.run({ ...withSearchKey(values), id });
