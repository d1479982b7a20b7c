import type { ContractError, ErrorCode, FieldIssue } from './result';

/**
 * A refusal the clerk should read: thrown by engine and handlers, turned into
 * `{ ok: false, error }` by the dispatcher, and back into this class by the renderer's api.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, field?: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.issues = issues;
  }

  toContractError(): ContractError {
    const error: ContractError = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    if (this.issues !== undefined) error.issues = this.issues;
    return error;
  }

  static from(error: ContractError): DomainError {
    return new DomainError(error.code, error.message, error.field, error.issues);
  }
}

/**
 * A field's machine path as a clerk counts it: `lines.0.qty` reads `line 1: qty`, `components.2.sku`
 * reads `component 3: sku`, `orders.0` reads `order 1`. Forms keep the path in `field`; messages use this.
 */
export function fieldWords(path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  let rest: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      words.push(`${[...rest, part.replace(/s$/, '')].join(' ')} ${Number(next) + 1}`);
      rest = [];
      i++;
    } else {
      rest.push(part);
    }
  }
  if (rest.length > 0) words.push(rest.join(' '));
  return words.join(': ');
}

/** `field` broke a rule the message states in full (`line 1: 2,000,000 × KIT-X needs …`). */
export const invalidAs = (field: string, message: string): DomainError => new DomainError('invalid', message, field, [{ field, message }]);

/** `field` broke a rule: the message reads `<field> <reason>`, e.g. `line 1: qty must be a whole number above 0`. */
export const invalid = (field: string, reason: string): DomainError => {
  const message = `${fieldWords(field)} ${reason}`;
  return new DomainError('invalid', message, field, [{ field, message }]);
};

/**
 * `line 2: ` when `field` is a field of a numbered line (`lines.1.sku`), so that a refusal of one line
 * of many says which, as a clerk counts them; nothing for a field of the request itself, or for an
 * element the message names already (`orders.3`: "Order 1042 was not found").
 */
export function linePrefix(field: string | undefined): string {
  const line = field?.match(/^(.*\.\d+)\./)?.[1];
  return line === undefined ? '' : `${fieldWords(line)}: `;
}

export const notFound = (what: string, field?: string): DomainError =>
  new DomainError('not_found', `${linePrefix(field)}${what} was not found`, field);

export const conflict = (message: string, field?: string): DomainError => {
  const said = `${linePrefix(field)}${message}`;
  return new DomainError('conflict', said, field, field ? [{ field, message: said }] : undefined);
};

/** The current state does not allow it (not enough stock, a closed order): the input itself was fine. */
export const refused = (message: string, field?: string): DomainError =>
  new DomainError('refused', `${linePrefix(field)}${message}`, field);
