import type { Statement } from 'better-sqlite3';
import type { WriteDb } from '../handles';
import { cachedStatement } from './cached-statement';

/** Rows a full batch inserts with one statement (64 rows of 7 columns stay far below SQLite's 32,766 parameters). */
const ROWS = 64;

/**
 * The statement sizes a flush uses, largest first: what is left below a full batch goes in as 32, 16,
 * ... rows, at most six statements. A run flushes a table's parents with it (foreign keys), so much of
 * what it writes is such a remainder: written one row to a statement, a document took 4.4 µs and a
 * history entry 4.2 µs, against 1.3-2.2 µs a row in a batch (measured at 100,000 lines).
 */
const SIZES = [ROWS, 32, 16, 8, 4, 2, 1] as const;

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
  /** The statement of each size in SIZES, prepared when first needed. */
  private readonly statements = new Map<number, Statement<unknown[]>>();

  constructor(
    private readonly db: WriteDb,
    private readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.width = columns.length;
  }

  add(...row: unknown[]): void {
    this.values.push(...row);
  }

  /** Whether a full batch is waiting. */
  get full(): boolean {
    return this.values.length >= ROWS * this.width;
  }

  /** Inserts what is kept. What it held is gone afterwards, even when the table refused a row (as BatchUpdate). */
  flush(): void {
    const values = this.values;
    this.values = [];
    let at = 0;
    for (const rows of SIZES) {
      const span = rows * this.width;
      for (; at + span <= values.length; at += span) this.statementOf(rows).run(values.slice(at, at + span));
    }
  }

  private statementOf(rows: number): Statement<unknown[]> {
    let statement = this.statements.get(rows);
    if (!statement) this.statements.set(rows, (statement = insertOf(this.db, this.table, this.columns, rows)));
    return statement;
  }
}
