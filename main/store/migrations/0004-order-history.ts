import type { Migration } from '../migrate';

// An order's history for the Details tab, and when and how often each pick sheet was printed.
//
// The event kinds are frozen here as they were when this migration was written: a migration never
// changes, so it must not follow the live list in shared/ (a later kind gets a later migration).
//
// - order_event is written by the engine inside each operation's transaction, so a refused
//   operation leaves no trace. Read per order, newest first: hence the (order_id, id) index.
// - Orders from before this version get one `created` event at their creation time: what happened
//   to them since was not recorded, and the text says so rather than inventing it.
// - A pick already Printed was printed at least once, though nobody knows when: print_count 1 and
//   printed_at NULL, so that its next print reads as a reprint. Every other document starts at 0.
// - "order" (status, id) lets the order list page through one status newest first without sorting.
export const orderHistory: Migration = {
  version: 4,
  name: 'order-history',
  up: `
    CREATE TABLE order_event (
      id        INTEGER PRIMARY KEY,
      order_id  INTEGER NOT NULL REFERENCES "order" (id),
      at        TEXT    NOT NULL,
      user      TEXT    NOT NULL,
      kind      TEXT    NOT NULL CHECK (kind IN ('created', 'updated', 'run', 'pick_created', 'backorder_created', 'released',
                                                 'split', 'filled', 'printed', 'completed', 'cancelled', 'given_back')),
      document  TEXT,
      text      TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX order_event_by_order ON order_event (order_id, id);

    INSERT INTO order_event (order_id, at, user, kind, document, text)
    SELECT id, created_at, '', 'created', NULL, 'Order created (earlier history was not recorded)' FROM "order" ORDER BY id;

    ALTER TABLE doc ADD COLUMN print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0);
    ALTER TABLE doc ADD COLUMN printed_at TEXT;
    UPDATE doc SET print_count = 1 WHERE status = 'Printed';

    CREATE INDEX order_by_status ON "order" (status, id);
  `,
};
