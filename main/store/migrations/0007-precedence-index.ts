import type { Migration } from '../migrate';

// Orders in precedence order (priority high, normal, low; then order date; then entry order), as an
// index: the Picks and Backorders lists walk orders through it and each order's documents through
// UNIQUE (order_id, seq), and stop at the page, instead of sorting every open pick or backorder on
// every page (10-45 ms a page at 100,000 lines, growing with the data). The expression is written
// out, not imported from store/sql.ts: a migration never changes; queries must keep to this text
// (`PRIORITY_RANK_SQL`) for SQLite to use the index.
export const precedenceIndex: Migration = {
  version: 7,
  name: 'precedence-index',
  up: `CREATE INDEX order_by_precedence ON "order" (CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, order_date, id)`,
};
