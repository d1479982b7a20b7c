import { DomainError, fieldWords, linePrefix } from '../../shared/errors';

/** A refusal laid out for a form: messages per form field, and what belongs to no field. */
export interface FormRefusal {
  fields: Record<string, string>;
  form?: string;
}

/**
 * Maps a refusal onto the fields of a form. The engine names fields by their path in the input
 * (`sku`, `line.qty`, `lines.2.filled`, `orders.0`); `fieldOf` turns a path into the form's own key
 * (e.g. strips `line.`), or returns undefined when the form has no such field. A refusal none of
 * whose fields the form shows is returned as a form-level message, so nothing is ever lost.
 */
export function refusalToForm(
  error: unknown,
  fieldOf: (path: string) => string | undefined,
  messageOf: (issue: { field: string; message: string }) => string = (issue) => issue.message,
): FormRefusal {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof DomainError)) return { fields: {}, form: message };
  const issues = error.issues ?? (error.field ? [{ field: error.field, message }] : []);
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = fieldOf(issue.field);
    if (key !== undefined && !(key in fields)) fields[key] = messageOf(issue);
  }
  return Object.keys(fields).length > 0 ? { fields } : { fields, form: message };
}

/** `fieldOf` for a form whose fields are exactly `keys`, under an optional path prefix (`line.`). */
export const fieldsNamed =
  (keys: readonly string[], prefix = '') =>
  (path: string): string | undefined => {
    const local = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    return keys.includes(local) ? local : undefined;
  };

/**
 * A refusal's message without the words that name its place in the request (`line 1: filled `, or
 * `line 1: ` before a refusal of that line's state): for a message shown on the field itself, where
 * the request's line number would mislead (it is not the document's line).
 */
export function withoutRequestWords({ field, message }: { field: string; message: string }): string {
  const named = `${fieldWords(field)} `;
  if (message.startsWith(named)) return message.slice(named.length);
  const line = linePrefix(field);
  return line && message.startsWith(line) ? message.slice(line.length) : message;
}
