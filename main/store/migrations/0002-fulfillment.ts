import type { Migration } from '../migrate';

// Orders, bins, stock, the ledger, picks and backorders. Quantities are whole units (INTEGER).
// The balance tables cache the ledger; CHECK constraints hold the invariants SQLite can see on its
// own (nothing negative, allocated never above available, a line never over-accounted), so that a
// bug fails loudly inside its transaction instead of corrupting the books.
export const fulfillment: Migration = {
  version: 2,
  name: 'fulfillment',
  up: `
    CREATE TABLE kit_component (
      kit_item_id        INTEGER NOT NULL REFERENCES item (id),
      component_item_id  INTEGER NOT NULL REFERENCES item (id),
      position           INTEGER NOT NULL,
      qty                INTEGER NOT NULL CHECK (qty > 0),
      PRIMARY KEY (kit_item_id, component_item_id),
      CHECK (kit_item_id <> component_item_id)
    ) STRICT;

    CREATE TABLE bin (
      id          INTEGER PRIMARY KEY,
      code        TEXT    NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
      -- explicit pick sequence; NULL: after every sequenced bin, in natural order of the code
      sequence    INTEGER CHECK (sequence >= 0),
      natural_key TEXT    NOT NULL,
      created_at  TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX bin_pick_order ON bin (sequence IS NULL, sequence, natural_key);

    -- On hand per item, bin and status, and what open picks reserve there. A cache of the ledger.
    CREATE TABLE bin_stock (
      item_id    INTEGER NOT NULL REFERENCES item (id),
      bin_id     INTEGER NOT NULL REFERENCES bin (id),
      available  INTEGER NOT NULL DEFAULT 0 CHECK (available >= 0),
      frozen     INTEGER NOT NULL DEFAULT 0 CHECK (frozen >= 0),
      damaged    INTEGER NOT NULL DEFAULT 0 CHECK (damaged >= 0),
      quarantine INTEGER NOT NULL DEFAULT 0 CHECK (quarantine >= 0),
      allocated  INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated <= available),
      PRIMARY KEY (item_id, bin_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX bin_stock_by_bin ON bin_stock (bin_id);

    CREATE TABLE ledger (
      id          INTEGER PRIMARY KEY,
      at          TEXT    NOT NULL,
      user        TEXT    NOT NULL,
      kind        TEXT    NOT NULL CHECK (kind IN ('receipt', 'adjustment', 'status change', 'pick issue', 'reversal')),
      item_id     INTEGER NOT NULL REFERENCES item (id),
      bin_id      INTEGER NOT NULL REFERENCES bin (id),
      status      TEXT    NOT NULL CHECK (status IN ('available', 'frozen', 'damaged', 'quarantine')),
      qty         INTEGER NOT NULL CHECK (qty <> 0),
      reason      TEXT    NOT NULL DEFAULT '',
      document    TEXT
    ) STRICT;
    CREATE INDEX ledger_by_item ON ledger (item_id, id);
    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

    CREATE TABLE "order" (
      id            INTEGER PRIMARY KEY,
      number        TEXT    NOT NULL UNIQUE,
      customer      TEXT    NOT NULL,
      order_date    TEXT    NOT NULL,
      priority      TEXT    NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
      policy        TEXT    NOT NULL DEFAULT 'partial' CHECK (policy IN ('partial', 'complete')),
      status        TEXT    NOT NULL DEFAULT 'Draft' CHECK (status IN ('Draft', 'Open', 'Completed', 'Cancelled')),
      -- set once the order has been through fulfillment
      fulfilled     INTEGER NOT NULL DEFAULT 0 CHECK (fulfilled IN (0, 1)),
      next_doc_seq  INTEGER NOT NULL DEFAULT 1,
      created_at    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX order_precedence ON "order" (status, priority, order_date, id);

    -- A bill-of-material line and where its units are. unallocated = qty - the four buckets.
    CREATE TABLE order_line (
      id           INTEGER PRIMARY KEY,
      order_id     INTEGER NOT NULL REFERENCES "order" (id),
      line_no      INTEGER NOT NULL,
      item_id      INTEGER NOT NULL REFERENCES item (id),
      qty          INTEGER NOT NULL CHECK (qty > 0),
      line_status  TEXT    NOT NULL DEFAULT 'Warehouse Pick' CHECK (line_status IN ('Warehouse Pick', 'Vendor Order', 'Non-stock')),
      kit_item_id  INTEGER REFERENCES item (id),
      completed    INTEGER NOT NULL DEFAULT 0 CHECK (completed >= 0),
      allocated    INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0),
      backordered  INTEGER NOT NULL DEFAULT 0 CHECK (backordered >= 0),
      cancelled    INTEGER NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
      alert        TEXT,
      UNIQUE (order_id, line_no),
      CHECK (completed + allocated + backordered + cancelled <= qty)
    ) STRICT;
    CREATE INDEX order_line_by_item ON order_line (item_id);

    -- A pick or a backorder: the status says which.
    CREATE TABLE doc (
      id            INTEGER PRIMARY KEY,
      order_id      INTEGER NOT NULL REFERENCES "order" (id),
      seq           INTEGER NOT NULL CHECK (seq > 0),
      number        TEXT    NOT NULL UNIQUE,
      status        TEXT    NOT NULL CHECK (status IN ('Back Order', 'Open', 'Printed', 'Completed', 'Cancelled')),
      split_from_id INTEGER REFERENCES doc (id),
      created_at    TEXT    NOT NULL,
      updated_at    TEXT    NOT NULL,
      UNIQUE (order_id, seq)
    ) STRICT;
    CREATE INDEX doc_by_status ON doc (status, order_id);

    -- qty: allocated on an open or printed pick, outstanding on a backorder, picked on a completed pick.
    CREATE TABLE doc_line (
      id             INTEGER PRIMARY KEY,
      doc_id         INTEGER NOT NULL REFERENCES doc (id),
      order_line_id  INTEGER NOT NULL REFERENCES order_line (id),
      item_id        INTEGER NOT NULL REFERENCES item (id),
      qty            INTEGER NOT NULL DEFAULT 0 CHECK (qty >= 0),
      cancelled      INTEGER NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
      -- a completed pick's line pulled short: the remainder given back
      short          INTEGER NOT NULL DEFAULT 0 CHECK (short >= 0),
      UNIQUE (doc_id, order_line_id)
    ) STRICT;
    CREATE INDEX doc_line_by_item ON doc_line (item_id, doc_id);
    CREATE INDEX doc_line_by_order_line ON doc_line (order_line_id);

    -- Available stock reserved in a bin for an open or printed pick line.
    CREATE TABLE allocation (
      doc_line_id  INTEGER NOT NULL REFERENCES doc_line (id),
      item_id      INTEGER NOT NULL REFERENCES item (id),
      bin_id       INTEGER NOT NULL REFERENCES bin (id),
      qty          INTEGER NOT NULL CHECK (qty > 0),
      PRIMARY KEY (doc_line_id, bin_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX allocation_by_stock ON allocation (item_id, bin_id);

    CREATE TABLE setting (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
    INSERT INTO setting (key, value) VALUES ('auto_release', 'true');
  `,
};
