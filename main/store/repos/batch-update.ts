import type { Statement } from 'better-sqlite3';
import type { WriteDb } from '../handles';
import { cachedStatement } from './cached-statement';

/** Rows a full batch updates with one statement. */
const ROWS = 64;

/** A column a batch sets: `add` adds the value to what the row holds, otherwise it replaces it. */
export interface SetColumn {
  name: string;
  add: boolean;
}

const assignment = (table: string, { name, add }: SetColumn, from: string) => `${name} = ${add ? `${table}.${name} + ` : ''}${from}`;

/**
 * Updates of rows of one table by id, kept until `flush` and then written many rows to a statement
 * (`WITH v AS (VALUES ...) UPDATE ... FROM v`): a run updates every order line it places, and one
 * statement per line cost 1.9-2.9 µs a line against 1.2-1.3 µs batched (100,000 lines in id order).
 * Each id is updated at most once a batch; the table's CHECKs still refuse row by row. Name only the
 * columns that change: SQLite rewrites the index entries of every column an UPDATE sets. `table` and
 * `columns` are the caller's constants, never input.
 */
export class BatchUpdate {
  private values: unknown[] = [];
  private readonly width: number;
  private readonly many: Statement<unknown[]>;
  private readonly one: Statement<unknown[]>;

  constructor(db: WriteDb, table: string, columns: readonly SetColumn[]) {
    this.width = columns.length + 1;
    const names = columns.map((c) => c.name);
    const row = `(${Array<string>(this.width).fill('?').join(', ')})`;
    this.many = cachedStatement(
      db,
      `WITH v (id, ${names.join(', ')}) AS (VALUES ${Array<string>(ROWS).fill(row).join(', ')})
       UPDATE ${table} SET ${columns.map((c) => assignment(table, c, `v.${c.name}`)).join(', ')} FROM v WHERE ${table}.id = v.id`,
    );
    this.one = cachedStatement(db, `UPDATE ${table} SET ${columns.map((c) => assignment(table, c, '?')).join(', ')} WHERE id = ?`);
  }

  /** The row's id, then a value per column in the constructor's order. */
  add(id: number, ...values: unknown[]): void {
    this.values.push(id, ...values);
  }

  /**
   * Writes what is kept, in the order of the rows' ids: rows updated in the order of their pages are
   * much cheaper than the same updates all over the table (half the time, in a run at 100,000 lines).
   * What a refused statement held is dropped with it (its transaction rolls back).
   */
  flush(): void {
    const width = this.width;
    const kept = this.values;
    this.values = [];
    const starts = Array.from({ length: kept.length / width }, (_, row) => row * width).sort((a, b) => (kept[a] as number) - (kept[b] as number));
    const rowsAt = (from: number, to: number) => starts.slice(from, to).flatMap((start) => kept.slice(start, start + width));
    let at = 0;
    for (; at + ROWS <= starts.length; at += ROWS) this.many.run(rowsAt(at, at + ROWS));
    for (; at < starts.length; at += 1) {
      const [id, ...values] = rowsAt(at, at + 1);
      this.one.run([...values, id]);
    }
  }
}
