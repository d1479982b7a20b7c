import type { z } from 'zod';
import { errorMap, positiveQty, WHOLE_ABOVE_ZERO } from '../../shared/validation';
import type { CsvRow, Issues } from './csv';

// Reading one cell: each returns the value, or undefined after adding the problem with its row and
// column. The words are the contract's own (`must be a whole number above 0`), so a file and the
// screens refuse the same thing the same way.

export interface Cell {
  row: CsvRow;
  issues: Issues;
}

type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * What each schema said of each text, per file (kept as long as the file's `Issues`): a file repeats
 * its values (an order's date and customer on every line, a sku on many orders), and each distinct
 * one is checked once.
 */
const verdicts = new WeakMap<Issues, Map<z.ZodType, Map<string, Checked>>>();

function checkText(issues: Issues, schema: z.ZodType, text: string): Checked {
  let bySchema = verdicts.get(issues);
  if (!bySchema) verdicts.set(issues, (bySchema = new Map()));
  let known = bySchema.get(schema);
  if (!known) bySchema.set(schema, (known = new Map()));
  let verdict = known.get(text);
  if (!verdict) {
    const parsed = schema.safeParse(text, { error: errorMap });
    verdict = parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? 'is not valid' };
    known.set(text, verdict);
  }
  return verdict;
}

/** A cell checked by one of the contract's field schemas (sku, bin code, date, ...). */
export function schemaCell<S extends z.ZodType>({ row, issues }: Cell, column: string, schema: S): z.output<S> | undefined {
  const verdict = checkText(issues, schema, row.get(column));
  if (verdict.ok) return verdict.value as z.output<S>;
  issues.add(row.row, column, verdict.message);
  return undefined;
}

/** A quantity: digits only (no sign, point or thousands separator), above 0. */
export function qtyCell({ row, issues }: Cell, column: string): number | undefined {
  const text = row.get(column);
  const parsed = /^\d+$/.test(text) ? positiveQty.safeParse(Number(text)) : undefined;
  if (parsed?.success) return parsed.data;
  issues.add(row.row, column, parsed?.error.issues[0]?.message ?? WHOLE_ABOVE_ZERO);
  return undefined;
}

const YES = new Set(['1', 'yes', 'y', 'true']);
const NO = new Set(['0', 'no', 'n', 'false']);

/** `1`/`0`, `yes`/`no`, `true`/`false`, any case; empty: `fallback`. */
export function yesNoCell({ row, issues }: Cell, column: string, fallback: boolean): boolean | undefined {
  const text = row.get(column).toLowerCase();
  if (text === '') return fallback;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  issues.add(row.row, column, 'must be 1 or 0 (yes or no)');
  return undefined;
}

/** One of `values`, matched ignoring case and written as the list writes it; empty: `fallback`. */
export function choiceCell<T extends string>({ row, issues }: Cell, column: string, values: readonly T[], fallback: T): T | undefined {
  const text = row.get(column);
  if (text === '') return fallback;
  const found = values.find((value) => value.toLowerCase() === text.toLowerCase());
  if (found === undefined) issues.add(row.row, column, `must be one of ${values.join(', ')}`);
  return found;
}
