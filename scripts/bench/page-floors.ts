// The floors of the pages `npm run bench` times: the most direct SQL for the same page of rows on the
// same database - a page of 200 in the page's order, its search as a plain LIKE, and the figures each
// row shows - with none of the engine's shaping, counting or staleness checks. Each returns a function
// that reads its page once.
import type { Db } from '../../main/store/open';

const PAGE = 200;
const PRECEDENCE = "CASE o.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, o.order_date, o.id";
const like = (text: string) => `%${text}%`;

export function pageFloors(db: Db) {
  const ordersAll = db.prepare(`SELECT * FROM "order" o ORDER BY o.id DESC LIMIT ${PAGE}`);
  const ordersFound = db.prepare(`SELECT * FROM "order" o WHERE o.number LIKE ? OR o.customer LIKE ? ORDER BY o.id DESC LIMIT ${PAGE}`);
  // A search goes from the matching items to their lines' documents (CROSS JOIN keeps that order:
  // SQLite otherwise walks every document line).
  const docs = (statuses: string[], search: boolean) =>
    db.prepare(
      `SELECT d.number, o.number, o.customer, d.status, (SELECT sum(qty) FROM doc_line l WHERE l.doc_id = d.id) AS units
       FROM doc d JOIN "order" o ON o.id = d.order_id
       WHERE d.status IN (${statuses.map((s) => `'${s}'`).join(', ')})
       ${search ? 'AND d.id IN (SELECT l.doc_id FROM item i CROSS JOIN order_line ol ON ol.item_id = i.id CROSS JOIN doc_line l ON l.order_line_id = ol.id WHERE i.sku LIKE ?)' : ''}
       ORDER BY ${PRECEDENCE}, d.seq LIMIT ${PAGE}`,
    );
  const inventory = (search: boolean) =>
    db.prepare(
      `SELECT i.sku, i.description, (SELECT sum(available) FROM bin_stock s WHERE s.item_id = i.id) AS available
       FROM item i WHERE i.active = 1 ${search ? 'AND i.sku LIKE ?' : ''} ORDER BY i.sku_key LIMIT ${PAGE}`,
    );
  const ledger = db.prepare(`SELECT g.* FROM ledger g WHERE g.item_id = (SELECT id FROM item WHERE sku = ?) ORDER BY g.id DESC LIMIT ${PAGE}`);
  const order = db.prepare('SELECT * FROM "order" WHERE number = ?');
  const orderLines = db.prepare('SELECT * FROM order_line WHERE order_id = ?');
  const orderDocs = db.prepare('SELECT d.*, l.* FROM doc d JOIN doc_line l ON l.doc_id = d.id WHERE d.order_id = ?');
  const reviewLines = db.prepare(
    `SELECT d.id, l.item_id, l.qty, (SELECT sum(available - allocated) FROM bin_stock s WHERE s.item_id = l.item_id) AS free
     FROM doc d JOIN doc_line l ON l.doc_id = d.id WHERE d.number IN (SELECT value FROM json_each(?))`,
  );
  return {
    orders: (text: string) => (text ? () => ordersFound.all(like(text), like(text)) : () => ordersAll.all()),
    docs: (statuses: string[], text: string) => {
      const s = docs(statuses, text !== '');
      return text ? () => s.all(like(text)) : () => s.all();
    },
    inventory: (text: string) => {
      const s = inventory(text !== '');
      return text ? () => s.all(like(text)) : () => s.all();
    },
    ledger: (sku: string) => () => ledger.all(sku),
    order: (number: string) => () => {
      const o = order.get(number) as { id: number };
      return [orderLines.all(o.id), orderDocs.all(o.id)];
    },
    review: (numbers: string[]) => () => reviewLines.all(JSON.stringify(numbers)),
  };
}
