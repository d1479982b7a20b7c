import { skuKey } from '../../shared/domain/items';
import type { Database } from 'better-sqlite3';

// Search ignores case for every script, as sku uniqueness does: `écrou` finds `ÉCROU-8`, `straße`
// finds `STRASSE`, `σ` finds `Σ`. SQLite's LIKE and upper() fold ASCII only, so the text a search
// reads is stored folded (`search_key` on item and on order, migration 10) by the fold skus compare
// by (`skuKey`: NFKC, upper case), and the typed search is folded the same way and found with instr().

/** Between the fields of a key: a character no one types, so a search never matches across two fields. */
const FIELD_SEPARATOR = '\u001f';

/** The folded text a search reads, from the fields it searches (an item's sku and description; an order's number and customer). */
export const searchKeyOf = (...fields: string[]): string => fields.map(skuKey).join(FIELD_SEPARATOR);

/** What a search box's text is looked for as, inside a search key ('' for no search). */
export const searchNeedle = (query: string): string => skuKey(query).replaceAll(FIELD_SEPARATOR, '');

/**
 * The `fold_search_key(field, ...)` SQL function that migration 10's triggers call to keep an order's key
 * right whoever writes the order. Every connection that writes orders must have it: `openDatabase` registers it.
 */
export function registerSearchKey(db: Database): void {
  db.function('fold_search_key', { deterministic: true, varargs: true }, (...fields: unknown[]) => searchKeyOf(...fields.map((f) => String(f ?? ''))));
}
