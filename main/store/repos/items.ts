import type { Item } from '../../../shared/domain/items';
import { preparedFor } from '../prepared';

export interface ItemRow {
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

export interface NewItemRow {
  sku: string;
  sku_key: string;
  description: string;
  unit: string;
  allow_backorder: number;
  active: number;
  now: string;
}

export const itemStatements = preparedFor((db) => ({
    byId: db.prepare<[number], ItemRow>('SELECT * FROM item WHERE id = ?'),
    byKey: db.prepare<[string], ItemRow>('SELECT * FROM item WHERE sku_key = ?'),
    insert: db.prepare<NewItemRow>(
      `INSERT INTO item (sku, sku_key, description, unit, allow_backorder, active, created_at, updated_at)
       VALUES (@sku, @sku_key, @description, @unit, @allow_backorder, @active, @now, @now)`,
    ),
    update: db.prepare<NewItemRow & { id: number }>(
      `UPDATE item SET sku = @sku, sku_key = @sku_key, description = @description, unit = @unit,
         allow_backorder = @allow_backorder, active = @active, updated_at = @now
       WHERE id = @id`,
    ),
    search: db.prepare<{ pattern: string; includeInactive: number; limit: number; offset: number }, ItemRow>(
      `SELECT * FROM item
       WHERE (@includeInactive = 1 OR active = 1)
         AND (@pattern = '' OR sku LIKE @pattern ESCAPE '\\' OR description LIKE @pattern ESCAPE '\\')
       ORDER BY sku_key
       LIMIT @limit OFFSET @offset`,
    ),
    count: db.prepare<{ pattern: string; includeInactive: number }, { n: number }>(
      `SELECT count(*) AS n FROM item
       WHERE (@includeInactive = 1 OR active = 1)
         AND (@pattern = '' OR sku LIKE @pattern ESCAPE '\\' OR description LIKE @pattern ESCAPE '\\')`,
    ),
}));

/** `50%` typed in a search box means the text "50%", not a wildcard. */
export const containsPattern = (text: string): string =>
  text === '' ? '' : `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
