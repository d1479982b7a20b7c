import type { Database } from 'better-sqlite3';
import type { Migration } from '../migrate';

// What the list pages read, so that a page at 500,000 order lines costs what its 200 rows cost:
//
// - Search that ignores case for every script (`écrou` finds `ÉCROU-8`): SQLite's LIKE folds ASCII
//   only, so the text a search reads is stored folded, as sku_key is (NFKC, upper case), one field
//   after another with U+001F between them so that a search never matches across two fields:
//   `search_key` on item (sku, description) and on order (number, customer). An item's key is
//   written with the item (store/repos/items.ts); an order's by triggers, whoever writes the order,
//   through the `fold_search_key` function every connection registers (store/search-key.ts).
//   Existing rows get their keys here, folded by this migration's own copy of the rule. The orders'
//   keys are also indexed by trigram (`order_search`, FTS5), so that a search of three characters or
//   more finds its orders without reading 100,000 keys.
// - The demand waiting per item (`item_demand.waiting`: what Warehouse Pick lines of live orders
//   still want from stock, qty - completed - allocated - cancelled), kept by triggers on every write
//   of an order line or an order's status, for the Inventory list's Waiting column and low filter.
// - Partial indexes for the Fulfillable Backorders filter (queries/fillable.ts): stock rows with units
//   free (allocated never exceeds available), order lines waiting on a backorder by item, and the live
//   orders that ship complete; and each order's backorders, for the Backorders page that walks orders
//   in precedence order (most orders have none: looking each up in every document took 40 ms a page).

const fold = (text: string) => text.trim().normalize('NFKC').toUpperCase();
const keyOf = (...fields: string[]) => fields.map(fold).join('\u001f');

/** An order line's units still wanted from stock, over `row` (NEW or OLD): the same sum as WANTED_SQL. */
const wanted = (row: string) => `(${row}.qty - ${row}.completed - ${row}.allocated - ${row}.cancelled)`;
const LIVE = "IN ('Draft', 'Open')";
/** The change to an item's waiting demand a line's row makes (added for NEW, taken off for OLD). */
const demandOf = (row: 'NEW' | 'OLD', sign: '+' | '-') =>
  `UPDATE item_demand SET waiting = waiting ${sign} ${wanted(row)}
   WHERE item_id = ${row}.item_id AND ${row}.line_status = 'Warehouse Pick' AND (SELECT status FROM "order" WHERE id = ${row}.order_id) ${LIVE};`;

const SCHEMA = `
  ALTER TABLE item ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
  ALTER TABLE "order" ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
  CREATE VIRTUAL TABLE order_search USING fts5 (key, content = '', contentless_delete = 1, tokenize = 'trigram case_sensitive 1');
  CREATE TRIGGER order_search_key_on_insert AFTER INSERT ON "order" BEGIN
    UPDATE "order" SET search_key = fold_search_key(NEW.number, NEW.customer) WHERE id = NEW.id;
    INSERT INTO order_search (rowid, key) SELECT id, search_key FROM "order" WHERE id = NEW.id;
  END;
  CREATE TRIGGER order_search_key_on_update AFTER UPDATE OF number, customer ON "order" BEGIN
    UPDATE "order" SET search_key = fold_search_key(NEW.number, NEW.customer) WHERE id = NEW.id;
    DELETE FROM order_search WHERE rowid = NEW.id;
    INSERT INTO order_search (rowid, key) SELECT id, search_key FROM "order" WHERE id = NEW.id;
  END;

  CREATE TABLE item_demand (
    item_id  INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    waiting  INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  INSERT INTO item_demand (item_id, waiting)
    SELECT i.id, coalesce((SELECT sum(${wanted('l')}) FROM order_line l JOIN "order" o ON o.id = l.order_id
                           WHERE l.item_id = i.id AND l.line_status = 'Warehouse Pick' AND o.status ${LIVE}), 0)
    FROM item i;
  CREATE TRIGGER item_demand_on_new_item AFTER INSERT ON item BEGIN
    INSERT INTO item_demand (item_id) VALUES (NEW.id);
  END;
  CREATE TRIGGER item_demand_on_new_line AFTER INSERT ON order_line WHEN NEW.line_status = 'Warehouse Pick' BEGIN
    ${demandOf('NEW', '+')}
  END;
  -- The common case (a run or a release moving a line's units) is one update by the difference, and
  -- none when what the line wants did not change; a line moved to another item or status is taken
  -- off the one and put on the other.
  CREATE TRIGGER item_demand_on_line_change AFTER UPDATE OF qty, completed, allocated, cancelled ON order_line
  WHEN NEW.line_status = 'Warehouse Pick' AND OLD.line_status = 'Warehouse Pick' AND NEW.item_id = OLD.item_id
   AND ${wanted('NEW')} <> ${wanted('OLD')} BEGIN
    UPDATE item_demand SET waiting = waiting + ${wanted('NEW')} - ${wanted('OLD')}
    WHERE item_id = NEW.item_id AND (SELECT status FROM "order" WHERE id = NEW.order_id) ${LIVE};
  END;
  CREATE TRIGGER item_demand_on_line_moved AFTER UPDATE OF line_status, item_id ON order_line
  WHEN (OLD.line_status = 'Warehouse Pick' OR NEW.line_status = 'Warehouse Pick')
   AND (OLD.line_status <> NEW.line_status OR OLD.item_id <> NEW.item_id) BEGIN
    ${demandOf('OLD', '-')}
    ${demandOf('NEW', '+')}
  END;
  CREATE TRIGGER item_demand_on_line_removed AFTER DELETE ON order_line WHEN OLD.line_status = 'Warehouse Pick' BEGIN
    ${demandOf('OLD', '-')}
  END;
  -- An order that stops (or starts again) being live takes its lines' demand off (or puts it back).
  CREATE TRIGGER item_demand_on_order_status AFTER UPDATE OF status ON "order"
  WHEN (OLD.status ${LIVE}) <> (NEW.status ${LIVE}) BEGIN
    UPDATE item_demand SET waiting = waiting + (CASE WHEN NEW.status ${LIVE} THEN 1 ELSE -1 END) *
      (SELECT sum(${wanted('l')}) FROM order_line l WHERE l.order_id = NEW.id AND l.item_id = item_demand.item_id AND l.line_status = 'Warehouse Pick')
    WHERE item_id IN (SELECT item_id FROM order_line WHERE order_id = NEW.id AND line_status = 'Warehouse Pick');
  END;

  CREATE INDEX bin_stock_free ON bin_stock (item_id, available, allocated) WHERE available > allocated;
  CREATE INDEX order_line_backordered ON order_line (item_id) WHERE backordered > 0;
  CREATE INDEX order_live_complete ON "order" (id) WHERE policy = 'complete' AND status ${LIVE};
  CREATE INDEX doc_waiting ON doc (order_id, seq) WHERE status = 'Back Order';
`;

function up(db: Database): void {
  db.exec(SCHEMA);
  const setItem = db.prepare('UPDATE item SET search_key = ? WHERE id = ?');
  for (const item of db.prepare<[], { id: number; sku: string; description: string }>('SELECT id, sku, description FROM item').all()) {
    setItem.run(keyOf(item.sku, item.description), item.id);
  }
  const setOrder = db.prepare('UPDATE "order" SET search_key = ? WHERE id = ?');
  for (const order of db.prepare<[], { id: number; number: string; customer: string }>('SELECT id, number, customer FROM "order"').all()) {
    setOrder.run(keyOf(order.number, order.customer), order.id);
  }
  db.exec('INSERT INTO order_search (rowid, key) SELECT id, search_key FROM "order"');
}

export const listKeys: Migration = { version: 10, name: 'list-keys', up };
