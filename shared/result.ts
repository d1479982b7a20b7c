// The shape of every answer that crosses the contract: data only, never an exception object.

export type ErrorCode =
  | 'invalid' // the input broke a rule; `field` names the part at fault
  | 'not_found'
  | 'conflict' // valid on its own, but clashes with what is stored (a duplicate sku, a stale release)
  | 'refused' // the operation is not allowed in the current state
  | 'busy' // another desk holds the database for a save: nothing was changed, trying again will do
  | 'unknown_channel'
  | 'unauthorized'
  | 'forbidden'
  | 'internal';

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ContractError {
  code: ErrorCode;
  /** A sentence a clerk can read as is, e.g. `sku must not be empty`. */
  message: string;
  /** The input field at fault, as a dotted path (`lines.2.qty`). */
  field?: string;
  /** Every field problem found, so a form can mark each field at once. */
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ContractError): Result<never> => ({ ok: false, error });
