import type { ReadDb } from '../handles';
import { preparedFor } from '../prepared';

// A sheet's content as the store compares it (see migration 0005): `pick:<item>:<bin>:<qty>,...`
// (allocations by item and bin: what a pick sheet lists), `backorder:<item>::<qty>,...` (what is
// outstanding per item), `cancelled` or `completed`. The sheet carries this version to the printer
// and back (`print:done`), and the document keeps the version of its last printed sheet; when the
// two differ, the paper in the warehouse is out of date, and the difference says what changed.

/** SQL for the current version of the document row `d`. */
export const currentVersionSql = (d: string): string => `CASE ${d}.status
  WHEN 'Cancelled' THEN 'cancelled'
  WHEN 'Completed' THEN 'completed'
  WHEN 'Back Order' THEN 'backorder:' || coalesce(
    (SELECT group_concat(k, ',' ORDER BY item_id) FROM
      (SELECT l.item_id, l.item_id || '::' || sum(l.qty) AS k FROM doc_line l WHERE l.doc_id = ${d}.id AND l.qty > 0 GROUP BY l.item_id)), '')
  ELSE 'pick:' || coalesce(
    (SELECT group_concat(k, ',' ORDER BY item_id, bin_id) FROM
      (SELECT a.item_id, a.bin_id, a.item_id || ':' || a.bin_id || ':' || sum(a.qty) AS k
       FROM allocation a JOIN doc_line l ON l.id = a.doc_line_id WHERE l.doc_id = ${d}.id GROUP BY a.item_id, a.bin_id)), '')
END`;

/**
 * SQL: the document row `d` changed after its last sheet was printed. A completed pick's paper has
 * done its job, so it is never out of date; a cancelled one is (nothing on it may be pulled).
 */
export const staleSql = (d: string): string =>
  `(${d}.print_count > 0 AND ${d}.status <> 'Completed' AND ${d}.printed_version IS NOT (${currentVersionSql(d)}))`;

/** What a version string may look like; anything else is not a sheet's version. */
export const VERSION_PATTERN = /^(?:(?:pick|backorder):(?:\d+:\d*:\d+(?:,\d+:\d*:\d+)*)?|cancelled|completed)$/;

const statements = preparedFor((db: ReadDb) => ({
  version: db.prepare<[number], { version: string }>(`SELECT ${currentVersionSql('d')} AS version FROM doc d WHERE d.id = ?`),
  stale: db.prepare<[string], { id: number }>(`SELECT d.id FROM doc d WHERE d.id IN (SELECT value FROM json_each(?)) AND ${staleSql('d')}`),
  sku: db.prepare<[number], { sku: string }>('SELECT sku FROM item WHERE id = ?'),
  bin: db.prepare<[number], { code: string }>('SELECT code FROM bin WHERE id = ?'),
}));

export const currentVersion = (db: ReadDb, docId: number): string => statements(db).version.get(docId)!.version;

/** The documents among `docIds` whose printed sheet is out of date: one query for a list's page. */
export const staleDocIds = (db: ReadDb, docIds: readonly number[]): Set<number> =>
  new Set(docIds.length === 0 ? [] : statements(db).stale.all(JSON.stringify(docIds)).map((r) => r.id));

interface Parsed {
  kind: string;
  /** `<item>:<bin>` (bin empty on a backorder) to quantity. */
  qty: Map<string, number>;
}

function parse(version: string): Parsed {
  const [kind = '', body = ''] = version.split(/:(.*)/s);
  const qty = new Map<string, number>();
  for (const entry of body.split(',').filter(Boolean)) {
    const [item, bin, n] = entry.split(':');
    qty.set(`${item}:${bin}`, Number(n));
  }
  return { kind, qty };
}

/**
 * What changed between the last printed sheet and the document now, in a clerk's words:
 * `TR-GR from A-01-02: 6 → 4` (a pick), `TR-GR outstanding: 2 → 5` (a backorder), `now a pick`,
 * `cancelled`. Empty when the paper is current.
 */
export function changesSince(db: ReadDb, printed: string | null, docId: number): string[] {
  const now = currentVersion(db, docId);
  if (printed === null || printed === now) return [];
  const before = parse(printed);
  const after = parse(now);
  if (after.kind === 'completed') return [];
  if (after.kind === 'cancelled') return ['cancelled after its sheet was printed: nothing on it may be pulled'];
  if (before.kind === 'backorder' && after.kind === 'pick') return ['was a backorder when its sheet was printed; now a pick, allocated to bins'];
  const s = statements(db);
  const name = (key: string) => {
    const [item, bin] = key.split(':');
    const sku = s.sku.get(Number(item))?.sku ?? `item ${item}`;
    return bin ? `${sku} from ${s.bin.get(Number(bin))?.code ?? `bin ${bin}`}` : `${sku} outstanding`;
  };
  const changes: string[] = [];
  for (const key of new Set([...before.qty.keys(), ...after.qty.keys()])) {
    const was = before.qty.get(key);
    const is = after.qty.get(key);
    if (was === is) continue;
    if (was === undefined) changes.push(`${name(key)}: ${is} added`);
    else if (is === undefined) changes.push(`${name(key)}: ${was} → none`);
    else changes.push(`${name(key)}: ${was} → ${is}`);
  }
  return changes.length > 0 ? changes : ['changed since its sheet was printed'];
}

const printStatements = preparedFor((db: ReadDb) => ({
  row: db.prepare<[number], { print_count: number; printed_at: string | null; printed_version: string | null; stale: number }>(
    `SELECT d.print_count, d.printed_at, d.printed_version, ${staleSql('d')} AS stale FROM doc d WHERE d.id = ?`,
  ),
}));

/** A document page's print facts: how often and when its sheet printed, and whether that paper is out of date. */
export function printStateOf(db: ReadDb, docId: number): { printCount: number; printedAt: string | null; stale: boolean; staleChanges: string[] } {
  const row = printStatements(db).row.get(docId)!;
  const stale = row.stale === 1;
  return { printCount: row.print_count, printedAt: row.printed_at, stale, staleChanges: stale ? changesSince(db, row.printed_version, docId) : [] };
}
