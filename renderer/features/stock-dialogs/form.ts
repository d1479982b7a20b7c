import { useEffect, useState } from 'react';
import { DomainError, fieldWords, linePrefix } from '../../../shared/errors';

/** A whole number as a clerk types it (digits, a leading minus), or null. `1e3` and `2.0` are not what a clerk means. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * A refusal laid out on a dialog's fields. `fields` maps the engine's paths (`lines.0.qty`) to the
 * dialog's own keys (`qty`); the message reads with the key the clerk sees (`qty must be a whole
 * number above 0`, not `line 1: qty must …`). What names no field of the dialog goes on top.
 */
export function refusalOnFields(error: unknown, fields: Record<string, string>): { fields: Record<string, string>; form?: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof DomainError)) return { fields: {}, form: message };
  const issues = error.issues ?? (error.field ? [{ field: error.field, message }] : []);
  const found: Record<string, string> = {};
  for (const issue of issues) {
    const key = fields[issue.field];
    if (key === undefined || key in found) continue;
    const named = fieldWords(issue.field);
    const line = linePrefix(issue.field);
    // A dialog has one line: `line 1: ` before a refusal of it says nothing the clerk does not see.
    found[key] = issue.message.startsWith(`${named} `)
      ? `${key}${issue.message.slice(named.length)}`
      : line && issue.message.startsWith(line)
        ? issue.message.slice(line.length)
        : issue.message;
  }
  return Object.keys(found).length > 0 ? { fields: found } : { fields: {}, form: message };
}

/** `value`, once it has stopped changing for `ms`: what a preview or a completion asks about. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Long enough to skip a typing clerk's keystrokes, short enough to feel immediate. */
export const SETTLE_MS = 250;

/**
 * After a refusal the keyboard goes to the first field it names, so the clerk corrects it at once.
 * Returns what to call when a submit is refused (not on every edit: typing must keep its focus).
 */
export function useFocusOnRefusal(): () => void {
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) document.querySelector<HTMLElement>('.dialog [aria-invalid="true"]')?.focus();
  }, [refusals]);
  return () => setRefusals((n) => n + 1);
}

/** What a dialog's form shows of a refusal: messages on its fields, and what names no field. */
export interface FormRefusal {
  fields: Record<string, string>;
  form?: string;
}

interface StockFormOptions<D, R> {
  /** The engine's paths onto the dialog's fields (see `refusalOnFields`). */
  fields: Record<string, string>;
  /** Said on Qty when it is not a whole number (the contract needs a number, so it is checked here). */
  qtyRefusal: string;
  /** The command is on its way: a second Enter sends nothing. */
  pending: boolean;
  send(draft: D, qty: number): Promise<R>;
  onClose(): void;
}

/**
 * The draft, refusal and result of a stock dialog (Receive, Adjust, Change Status). Editing a field
 * clears its own refusal; submitting checks the quantity, sends, and on a refusal keeps what was
 * typed and puts the keyboard on the first field named; once there is a result, submit closes.
 */
export function useStockForm<D extends { qty: string }, R>(initial: D, { fields, qtyRefusal, pending, send, onClose }: StockFormOptions<D, R>) {
  const [draft, setDraft] = useState<D>(initial);
  const [refusal, setRefusal] = useState<FormRefusal>({ fields: {} });
  const [result, setResult] = useState<R>();
  const refused = useFocusOnRefusal();

  const edit =
    <K extends keyof D>(key: K) =>
    (value: D[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      setRefusal((r) => ({ fields: Object.fromEntries(Object.entries(r.fields).filter(([k]) => k !== key)) }));
    };

  async function submit() {
    if (result !== undefined) return onClose();
    if (pending) return;
    const qty = parseWhole(draft.qty);
    if (qty === null) {
      setRefusal({ fields: { qty: qtyRefusal } });
      return refused();
    }
    try {
      setResult(await send(draft, qty));
      setRefusal({ fields: {} });
    } catch (error) {
      setRefusal(refusalOnFields(error, fields));
      refused();
    }
  }

  return { draft, setDraft, edit, refusal, result, setResult, submit };
}
