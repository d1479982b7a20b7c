/**
 * The total of a list read with `count(*) OVER ()`: every row of a page carries it, but a page past
 * the end has no row to carry it, and its total is still the list's, so the first row is asked then.
 */
export function windowTotal<R extends { total: number }>(rows: readonly R[], offset: number, firstRow: () => R | undefined): number {
  if (rows.length > 0) return rows[0]!.total;
  return offset > 0 ? (firstRow()?.total ?? 0) : 0;
}
