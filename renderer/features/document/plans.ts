import type { CompletePickInput, DocLineView, FillInput } from '../../../shared/domain/fulfillment';
import { refusalToForm, withoutRequestWords } from '../../forms/refusals';

/** What the clerk ticked and typed on a backorder line: the `All` box and the `Filled` number, as typed. */
export interface FillEntry {
  all: boolean;
  filled: string;
}

/**
 * A request ready to send, with the sku of each of its lines (a refusal names a line by its index in
 * the request), or the lines whose entry cannot be sent, with why. Nothing is sent while any is wrong.
 */
export type Plan<I> = { ok: true; input: I; skus: string[] } | { ok: false; lines: Record<number, string>; form?: string };

const WHOLE = /^\d+$/;

/** Lines of a document grouped by sku, in line order: the engine fills and picks per sku. */
function bySku(lines: DocLineView[]): Map<string, DocLineView[]> {
  const groups = new Map<string, DocLineView[]>();
  for (const line of lines) groups.set(line.sku, [...(groups.get(line.sku) ?? []), line]);
  return groups;
}

/**
 * The `Fill` button: a line with `All` ticked fills in full; a number in `Filled` fills that much; a
 * line left blank (or 0) is not filled. A sku on two lines (a kit component also ordered on its own)
 * is one request: `all` when every one of its lines is ticked, else the sum.
 */
export function planFill(backorder: string, lines: DocLineView[], entries: Record<number, FillEntry>): Plan<FillInput> {
  const wrong: Record<number, string> = {};
  const wanted = new Map<number, { qty: number; all: boolean }>();
  for (const line of lines) {
    const entry = entries[line.lineNo];
    if (entry?.all) wanted.set(line.lineNo, { qty: line.qty, all: true });
    else if (entry && entry.filled.trim() !== '') {
      const typed = entry.filled.trim();
      if (!WHOLE.test(typed)) wrong[line.lineNo] = 'Filled must be a whole number';
      else if (Number(typed) > 0) wanted.set(line.lineNo, { qty: Number(typed), all: false });
    }
  }
  if (Object.keys(wrong).length > 0) return { ok: false, lines: wrong };

  const requests: Extract<FillInput, { lines: unknown }>['lines'] = [];
  for (const [sku, group] of bySku(lines)) {
    const chosen = group.flatMap((line) => wanted.get(line.lineNo) ?? []);
    if (chosen.length === 0) continue;
    if (chosen.length === group.length && chosen.every((c) => c.all)) requests.push({ sku, all: true });
    else requests.push({ sku, filled: chosen.reduce((n, c) => n + c.qty, 0) });
  }
  if (requests.length === 0) return { ok: false, lines: {}, form: 'Tick All or type a Filled quantity on a line first (Complete fills every line).' };
  return { ok: true, input: { backorder, lines: requests }, skus: requests.map((r) => r.sku) };
}

/**
 * `Complete pick`: each line's `Picked` (prefilled with its quantity). Only the skus pulled short
 * (or over, which the engine refuses) are named; a sku not named was pulled in full.
 */
export function planPick(pick: string, lines: DocLineView[], picked: Record<number, string>): Plan<CompletePickInput> {
  const wrong: Record<number, string> = {};
  const counted = new Map<number, number>();
  for (const line of lines) {
    const typed = (picked[line.lineNo] ?? String(line.qty)).trim();
    if (!WHOLE.test(typed)) wrong[line.lineNo] = 'Picked must be a whole number (0 if none was pulled)';
    else counted.set(line.lineNo, Number(typed));
  }
  if (Object.keys(wrong).length > 0) return { ok: false, lines: wrong };
  const requests: { sku: string; picked: number }[] = [];
  for (const [sku, group] of bySku(lines)) {
    const total = group.reduce((n, line) => n + line.qty, 0);
    const pulled = group.reduce((n, line) => n + counted.get(line.lineNo)!, 0);
    if (pulled !== total) requests.push({ sku, picked: pulled });
  }
  return { ok: true, input: { pick, lines: requests }, skus: requests.map((r) => r.sku) };
}

/**
 * A refusal of a fill or pick laid onto the lines it names: the engine names a request line
 * (`lines.0.filled`), which is the sku sent at that index, shown on that sku's first line. The
 * request's line (`line 1: filled`) is not the document's line, so it is left off the message. What
 * names no line (`backorder`, `pick`) is for the whole form.
 */
export function refusalOnLines(error: unknown, skus: string[], lines: DocLineView[]): { lines: Record<number, string>; form?: string } {
  const lineOf = (path: string): string | undefined => {
    const match = /^lines\.(\d+)\.\w+$/.exec(path);
    const sku = match ? skus[Number(match[1])] : undefined;
    const line = sku === undefined ? undefined : lines.find((l) => l.sku === sku);
    return line ? String(line.lineNo) : undefined;
  };
  const { fields, form } = refusalToForm(error, lineOf, withoutRequestWords);
  const onLines: Record<number, string> = {};
  for (const [lineNo, message] of Object.entries(fields)) onLines[Number(lineNo)] = message;
  return form === undefined ? { lines: onLines } : { lines: onLines, form };
}
