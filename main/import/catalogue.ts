import { sku as skuSchema, skuKey } from '../../shared/domain/items';
import type { ReadDb } from '../store/handles';
import { schemaCell, type Cell } from './cells';

// What a file's rows are checked against, read once per file (set-based: one query each, whatever
// the number of rows), not once per row.

export interface KnownItem {
  id: number;
  sku: string;
  active: boolean;
}

/** Every item by its sku key (`skuKey`: case and Unicode forms folded). */
export function itemsByKey(db: ReadDb): Map<string, KnownItem> {
  const rows = db.prepare<[], { id: number; sku: string; sku_key: string; active: number }>('SELECT id, sku, sku_key, active FROM item').all();
  return new Map(rows.map((r) => [r.sku_key, { id: r.id, sku: r.sku, active: r.active === 1 }]));
}

/** Every bin's id by its code (codes are stored upper case). */
export function binsByCode(db: ReadDb): Map<string, number> {
  const rows = db.prepare<[], { id: number; code: string }>('SELECT id, code FROM bin').all();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** A sku cell naming an item Stockdesk knows (`unknown skus` are refused with the way out). */
export function itemCell(cell: Cell, column: string, items: Map<string, KnownItem>): KnownItem | undefined {
  const sku = schemaCell(cell, column, skuSchema);
  if (sku === undefined) return undefined;
  const item = items.get(skuKey(sku));
  if (!item) cell.issues.add(cell.row.row, column, `${sku} is not an item in Stockdesk: import or create it first`);
  return item;
}

/**
 * Remembers the first row of each key, so that a repeated one is refused naming where it first was
 * (`duplicate rows`): `already on row 3`.
 */
export class FirstRows {
  private readonly seen = new Map<string, number>();

  /** The row that already had `key`, or undefined (and `row` is remembered). */
  repeatOf(key: string, row: number): number | undefined {
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, row);
    return first;
  }
}
