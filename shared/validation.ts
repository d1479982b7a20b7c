import { z } from 'zod';
import { fieldWords } from './errors';
import type { ContractError, FieldIssue } from './result';

// Zod's default messages read like a parser's ("Invalid input: expected number"); a clerk should read
// `qty must be a whole number above 0`. Schemas give their own predicate-style messages where it matters;
// this map words the rest the same way. Messages are predicates: the field name is put in front of them.

const A_OR_AN: Record<string, string> = {
  number: 'a number', string: 'text', boolean: 'yes or no', object: 'an object', array: 'a list',
  int: 'a whole number', bigint: 'a whole number', date: 'a date',
};

export const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${A_OR_AN[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be above ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} entries`;
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be below ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'has the wrong format';
    case 'unrecognized_keys':
      return `is not a known field`;
    case 'invalid_union':
      return NO_FORM_MATCHED;
    default:
      return undefined;
  }
};

/** The default wording of a union no branch matched: `flatten` then reports the closest branch instead. */
const NO_FORM_MATCHED = 'matches none of its forms';

/**
 * Flattens an issue into issues with full paths. A union that matched no branch (a fill by `All` or by
 * `Filled`, say) reports the branch that came closest, the one with the fewest problems, so that the
 * clerk reads `line 1: filled must be a whole number above 0` rather than "invalid input".
 */
function flatten(issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): z.core.$ZodIssue[] {
  const path = [...prefix, ...issue.path];
  // A union with its own wording (`name the orders to run, or choose all`) keeps it.
  if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.message === NO_FORM_MATCHED) {
    const branches = issue.errors.map((branch) => branch.flatMap((nested) => flatten(nested, path)));
    return branches.reduce((best, branch) => (branch.length < best.length ? branch : best));
  }
  return [{ ...issue, path } as z.core.$ZodIssue];
}

function fieldIssues(issue: z.core.$ZodIssue, root: string): FieldIssue[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const field = path ? `${path}.${key}` : key;
      return { field, message: `${fieldWords(field)} is not a known field` };
    });
  }
  const field = path || root;
  return [{ field, message: `${fieldWords(field)} ${issue.message}` }];
}

/** Parses `input` with `schema`; on failure returns a ContractError naming the first field and listing all. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root = 'input',
): { ok: true; value: z.output<S> } | { ok: false; error: ContractError } {
  const parsed = schema.safeParse(input, { error: errorMap });
  if (parsed.success) return { ok: true, value: parsed.data };
  // One message per field, the first found: `sku must not be empty` says all that matters.
  const byField = new Map<string, FieldIssue>();
  for (const issue of parsed.error.issues.flatMap((i) => flatten(i)).flatMap((i) => fieldIssues(i, root))) {
    if (!byField.has(issue.field)) byField.set(issue.field, issue);
  }
  const issues = [...byField.values()];
  const first = issues[0] ?? { field: root, message: `${root} is not valid` };
  return { ok: false, error: { code: 'invalid', message: first.message, field: first.field, issues } };
}

// Building blocks used across the contract.

/** Codes that are scanned and typed (skus, bins): a space or control character inside is always a mistake. */
export const NO_SPACES = /^[^\s\p{C}]+$/u;
export const NO_SPACES_MESSAGE = 'must not contain spaces or control characters';

export const WHOLE_ABOVE_ZERO = 'must be a whole number above 0';

/** The most one line may hold: products and sums of a few of these stay far inside 2^53. */
export const MAX_LINE_QTY = 1_000_000_000;

/** The most lines an order (or one document request) may have, counting each kit component as a line. */
export const MAX_ORDER_LINES = 2_000;

/** A quantity of whole units, above zero (order and receipt quantities). */
export const positiveQty = z
  .number({ error: WHOLE_ABOVE_ZERO })
  .int({ error: WHOLE_ABOVE_ZERO })
  .positive({ error: WHOLE_ABOVE_ZERO })
  .max(MAX_LINE_QTY, { error: 'must be at most 1000000000' });

/** A count as a clerk reads it: `4,000,000,000`. */
export const grouped = (n: number): string => n.toLocaleString('en-US');

/** A database id. */
export const id = z.number({ error: 'must be a record id' }).int({ error: 'must be a record id' }).positive({ error: 'must be a record id' });

export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
};

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}
