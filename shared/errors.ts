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

/** `field` broke a rule: the message reads `<field> <reason>`, e.g. `qty must be a whole number above 0`. */
export const invalid = (field: string, reason: string): DomainError =>
  new DomainError('invalid', `${field} ${reason}`, field, [{ field, message: `${field} ${reason}` }]);

export const notFound = (what: string, field?: string): DomainError =>
  new DomainError('not_found', `${what} was not found`, field);

export const conflict = (message: string, field?: string): DomainError =>
  new DomainError('conflict', message, field, field ? [{ field, message }] : undefined);

export const refused = (message: string, field?: string): DomainError =>
  new DomainError('refused', message, field);
