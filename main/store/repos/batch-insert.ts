import type { Statement } from 'better-sqlite3';
import type { WriteDb } from '../handles';
import { cachedStatement } from './cached-statement';

/** Rows a full batch inserts with one statement (64 rows of 7 columns stay far below SQLite's 32,766 parameters). */
const ROWS = 64;

/** The INSERT of `rows` rows into `table`. */
const insertOf = (db: WriteDb, table: string, columns: readonly string[], rows: number): Statement<unknown[]> =>
  cachedStatement(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array<string>(rows).fill(`(${columns.map(() => '?').join(', ')})`).join(', ')}`);

/**
 * Rows for one table, kept until `flush` and then inserted many to a statement: a run writes tens of
 * thousands of rows, and one statement per row costs about a fifth more (measured on the benchmark
 * data set). Whoever uses it flushes before reading the table, and flushes a parent table's rows
 * before its children's (foreign keys are checked as each statement runs). `table` and `columns` are
 * the caller's constants, never input.
 */
export class BatchInsert {
  private values: unknown[] = [];
  private readonly width: number;
  private readonly many: Statement<unknown[]>;
  private readonly one: Statement<unknown[]>;

  constructor(db: WriteDb, table: string, columns: readonly string[]) {
    this.width = columns.length;
    this.many = insertOf(db, table, columns, ROWS);
    this.one = insertOf(db, table, columns, 1);
  }

  add(...row: unknown[]): void {
    this.values.push(...row);
  }

  /** Whether a full batch is waiting. */
  get full(): boolean {
    return this.values.length >= ROWS * this.width;
  }

  flush(): void {
    const batch = ROWS * this.width;
    let at = 0;
    for (; at + batch <= this.values.length; at += batch) this.many.run(this.values.slice(at, at + batch));
    for (; at < this.values.length; at += this.width) this.one.run(this.values.slice(at, at + this.width));
    this.values = [];
  }
}
