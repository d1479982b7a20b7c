import type { Migration } from '../migrate';

// A count that finds what the bin was expected to hold is an event worth keeping: it is posted as
// an adjustment of 0 (the only adjustment that can be 0, since a change by 0 is refused as input).
// The ledger refused qty = 0 for every kind; now it allows 0 for adjustments only. SQLite cannot
// alter a CHECK, so the table is rebuilt (https://sqlite.org/lang_altertable.html, "making other
// kinds of table schema changes"): a new table with the new CHECK, every row copied with its id,
// the old one dropped, the new one renamed, then its index and append-only triggers made again.
// No table refers to the ledger, so turning foreign keys off (which cannot happen inside the
// migration's transaction) is not needed: dropping the old table deletes no one's parent row, and
// the copy keeps the ledger's own references to item and bin, checked by foreign_key_check below.
export const countConfirmed: Migration = {
  version: 9,
  name: 'count-confirmed',
  up: (db) => {
    db.exec(`
      CREATE TABLE ledger_new (
        id          INTEGER PRIMARY KEY,
        at          TEXT    NOT NULL,
        user        TEXT    NOT NULL,
        kind        TEXT    NOT NULL CHECK (kind IN ('receipt', 'adjustment', 'status change', 'pick issue', 'reversal')),
        item_id     INTEGER NOT NULL REFERENCES item (id),
        bin_id      INTEGER NOT NULL REFERENCES bin (id),
        status      TEXT    NOT NULL CHECK (status IN ('available', 'frozen', 'damaged', 'quarantine')),
        -- 0 only for a count that confirmed what the bin held
        qty         INTEGER NOT NULL CHECK (qty <> 0 OR kind = 'adjustment'),
        reason      TEXT    NOT NULL DEFAULT '',
        document    TEXT
      ) STRICT;
      INSERT INTO ledger_new (id, at, user, kind, item_id, bin_id, status, qty, reason, document)
        SELECT id, at, user, kind, item_id, bin_id, status, qty, reason, document FROM ledger;
      DROP TABLE ledger;
      ALTER TABLE ledger_new RENAME TO ledger;
      CREATE INDEX ledger_by_item ON ledger (item_id, id);
      CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
      CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
    `);
    const broken = db.pragma('foreign_key_check(ledger)') as unknown[];
    if (broken.length > 0) throw new Error(`the rebuilt ledger has ${broken.length} entries pointing at no item or bin`);
  },
};
