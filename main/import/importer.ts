import type { Channel, Input, Output } from '../../shared/contract';
import type { EngineCtx } from '../engine/context';
import type { ReadDb } from '../store/handles';
import type { CsvTable, Issues } from './csv';

/** A contract channel called inside the import's own transaction (main/handlers/inner-call.ts): a receipt with its auto-release. */
export type InnerCall = <C extends Channel>(channel: C, input: Input<C>) => Output<C>;

/** What an import writes with: the engine's context, and the contract's own operations. */
export interface ImportCtx extends EngineCtx {
  call: InnerCall;
}

/** Told how far the writing has got: the command line shows it on a line, the app in the window that imports. */
export type Progress = (done: number, total: number) => void;

/**
 * One kind of file. `check` reads every row against the file's rules and the database, adds each
 * problem to `issues`, and returns what would be written; `apply` writes it (inside the caller's one
 * transaction) and is called only when `check` found nothing wrong.
 */
export interface Importer<Plan> {
  check(db: ReadDb, table: CsvTable, issues: Issues, fileName: string): Plan;
  /** What the import would do, in a clerk's words: `12 items to create`. */
  describe(plan: Plan): string;
  /** Writes the plan; returns what was done: `Imported 12 items`. */
  apply(ctx: ImportCtx, plan: Plan, progress: Progress): string;
}

/** `1 item`, `2,000 items`. */
export const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Calls `progress` every `step` rows and at the end, so that long work shows it is moving. */
export function eachWithProgress<T>(list: readonly T[], progress: Progress, fn: (item: T) => void, step = 1000): void {
  list.forEach((item, i) => {
    fn(item);
    if ((i + 1) % step === 0 || i + 1 === list.length) progress(i + 1, list.length);
  });
}
