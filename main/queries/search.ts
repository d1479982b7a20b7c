import type { ReadDb } from '../store/handles';
import { perDataVersion } from '../store/paging';
import { preparedFor } from '../store/prepared';

// What a search box finds in the Orders, Picks and Backorders lists, as the ids of the orders or
// documents it matches: found once per search and version of the data (store/paging.ts), then each
// page is those rows in the list's order. The search is folded (store/search-key.ts) and looked for
// in folded keys: an order's number and customer through their trigram index (`order_search`,
// migration 10) when it is three characters or more, else by reading every order's key; an item's
// sku and description by reading the item keys (a few thousand); the orders and documents holding a
// matching item through the item indexes. Reading every order's key for each page took 30-100 ms at
// 100,000 orders, and a document search looked up the order of every open document.

/** Trigrams: a shorter search cannot use the index. */
const INDEXED_LENGTH = 3;

/** The search as one FTS5 phrase: inside double quotes nothing is an operator. */
const phraseOf = (needle: string) => `"${needle.replaceAll('"', '""')}"`;

const statements = preparedFor((db: ReadDb) => ({
  ordersIndexed: db.prepare<[string], number>('SELECT rowid FROM order_search WHERE order_search MATCH ?').pluck(),
  ordersRead: db.prepare<[string], number>('SELECT id FROM "order" WHERE instr(search_key, ?) > 0').pluck(),
  items: db.prepare<[string], number>('SELECT id FROM item WHERE instr(search_key, ?) > 0').pluck(),
  ordersOfItems: db.prepare<[string], number>('SELECT l.order_id FROM json_each(?) j CROSS JOIN order_line l ON l.item_id = j.value').pluck(),
  docsOfOrders: db.prepare<[string], number>('SELECT d.id FROM json_each(?) j CROSS JOIN doc d ON d.order_id = j.value').pluck(),
  docsOfItems: db.prepare<[string], number>(
    'SELECT l.doc_id FROM json_each(?) j CROSS JOIN order_line ol ON ol.item_id = j.value CROSS JOIN doc_line l ON l.order_line_id = ol.id WHERE l.qty > 0',
  ).pluck(),
  docsByNumber: db.prepare<[string], number>('SELECT id FROM doc WHERE instr(upper(number), ?) > 0').pluck(),
}));

/** FTS5 reads its query up to a NUL character: a search holding one reads the keys instead. */
const indexable = (needle: string) => [...needle].length >= INDEXED_LENGTH && !needle.includes('\u0000');

function ordersByKey(db: ReadDb, needle: string): number[] {
  const s = statements(db);
  return indexable(needle) ? s.ordersIndexed.all(phraseOf(needle)) : s.ordersRead.all(needle);
}

const itemsMatching = (db: ReadDb, needle: string): string => JSON.stringify(statements(db).items.all(needle));

/** The orders a search finds, by number, customer, or a sku or description on one of their lines, as JSON ids. */
export const ordersMatching = (db: ReadDb, needle: string): string =>
  perDataVersion(db, `orders-matching:${needle}`, () =>
    JSON.stringify([...new Set([...ordersByKey(db, needle), ...statements(db).ordersOfItems.all(itemsMatching(db, needle))])]),
  );

/**
 * The documents a search finds, as JSON ids: those of an order found by its number or customer (a
 * document's number starts with its order's), those with a matching sku or description on a line,
 * and, for a search with a `.` in it, those whose own number holds it (`1040.002`).
 */
export const docsMatching = (db: ReadDb, needle: string): string =>
  perDataVersion(db, `docs-matching:${needle}`, () => {
    const s = statements(db);
    const ids = new Set([...s.docsOfOrders.all(JSON.stringify(ordersByKey(db, needle))), ...s.docsOfItems.all(itemsMatching(db, needle))]);
    if (needle.includes('.')) for (const id of s.docsByNumber.all(needle)) ids.add(id);
    return JSON.stringify([...ids]);
  });
