import type { Migration } from '../migrate';

// Each document a receipt's release split off its backorder wrote, besides its own rows, two pages at
// random places in the file: its order's row, only to bump `next_doc_seq`, and `doc_by_status`, whose
// entries were kept in order of their orders. A document's number is now the order's largest `seq` + 1,
// read from the `(order_id, seq)` index that documents need anyway (nothing deletes a document, so it
// is the same number), and `doc_by_status` keeps its entries by status alone (SQLite adds the row id):
// a new pick's entry goes after the others. Every reader of `doc_by_status` asks by status only
// (counts, the invariant check); a question about one order's documents goes through `(order_id, seq)`.
export const leanDocNumbers: Migration = {
  version: 14,
  name: 'lean-doc-numbers',
  up: `
    ALTER TABLE "order" DROP COLUMN next_doc_seq;
    DROP INDEX doc_by_status;
    CREATE INDEX doc_by_status ON doc (status);
  `,
};
