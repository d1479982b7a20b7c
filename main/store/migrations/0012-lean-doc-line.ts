import type { Migration } from '../migrate';

// Every document line written (a run writes one per line it allocates or backorders, a release one
// per line it moves) also went into `doc_line_by_item`, at a random place: at 100,000 lines that was
// one in seven of a run's index writes, and six of the 62 pages a receipt's release wrote to the WAL.
// Its two readers (a search's documents holding an item, an order page's queue ahead of a
// backordered line) now go through the item's order lines (`order_line_by_item`, or the partial
// `order_line_backordered`) and `doc_line_by_order_line`, which a line's documents need anyway.
export const leanDocLine: Migration = {
  version: 12,
  name: 'lean-doc-line',
  up: 'DROP INDEX doc_line_by_item;',
};
