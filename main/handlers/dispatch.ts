import { contract, isChannel, type Channel } from '../../shared/contract';
import { DomainError, invalid } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { parseInput } from '../../shared/validation';
import type { WriteDb } from '../store/handles';
import { readTransaction, rehearsal, writeTransaction } from '../store/transaction';
import { checkKey, pruneAnswers, recall, remember, requestHash } from '../store/idempotency';
import type { CommandHandler, HandlerContext, HandlerMap, QueryHandler, Rehearsal } from './types';

/**
 * `origin` names the window that called (a webContents id or a browser tab's client id); `key` is the
 * idempotency key of the clerk's action: a command repeated with the same key answers what it
 * answered the first time and changes nothing (queries and rehearsals change nothing anyway).
 */
export type Dispatch = (channel: string, input: unknown, origin?: string, key?: string) => Result<unknown>;

/** Stored answers are pruned when the dispatcher starts and then at most this often. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface DispatchOptions {
  /** Told after a call that changed stored data succeeded, so the other windows can refresh. */
  onChange?: (channel: Channel, origin: string | undefined) => void;
  /** Where unexpected errors (bugs, not refusals) are reported. */
  logError?: (channel: string, error: unknown) => void;
  /**
   * Told how far a long call has got (`done` of `total` `what`, see `EngineCtx.progress`), with the
   * window that made it: when set, each call's handler gets a `progress` that reports here.
   */
  onProgress?: (channel: Channel, origin: string | undefined, what: string, done: number, total: number) => void;
  /**
   * Only reads are served (a read worker beside a write worker): no stored answers are pruned at
   * start, which would wait on the write worker's lock for nothing.
   */
  readsOnly?: boolean;
}

/**
 * The single entry point used by IPC and by browser mode: checks the channel, parses the input with
 * the channel's zod schema (a handler never sees unparsed input), runs the handler inside the one
 * transaction it gets, and turns every outcome into a Result. Refusals travel as they are; anything
 * else is reported as an internal error without its stack.
 */
export function createDispatcher(table: HandlerMap, ctx: HandlerContext, options: DispatchOptions = {}): Dispatch {
  const log = options.logError ?? defaultLog;
  let prunedAt = -Infinity;
  const prune = (db: WriteDb) => {
    if (Date.now() - prunedAt < PRUNE_EVERY_MS) return;
    pruneAnswers(db, ctx.now());
    prunedAt = Date.now();
  };
  if (!ctx.db.readonly && !options.readsOnly) {
    try {
      writeTransaction(ctx.db, prune);
    } catch (error) {
      // Another desk saving right now: old answers are pruned with the next keyed command instead.
      if (!isBusy(error)) throw error;
    }
  }
  return (channel, input, origin, key) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `${channel} is not a Stockdesk channel` } };
    }
    if (contract[channel].mutates && ctx.db.readonly) {
      return {
        ok: false,
        error: {
          code: 'refused',
          message: `this database is open read-only: ${ctx.databasePath} cannot be written by this user, so nothing can be saved. Make the file writable and start Stockdesk again.`,
        },
      };
    }
    const parsed = parseInput(contract[channel].input, input ?? {});
    if (!parsed.ok) return parsed;
    // Checked on the parsed input: only the fields the schema knows, however deep the junk sent.
    const malformed = illFormedText(parsed.value);
    if (malformed !== undefined) return { ok: false, error: invalid(malformed, 'contains characters that are not valid text').toContractError() };
    const onProgress = options.onProgress;
    const callCtx: HandlerContext = onProgress ? { ...ctx, progress: (what, done, total) => onProgress(channel, origin, what, done, total) } : ctx;
    let outcome: { value: unknown; replayed: boolean };
    try {
      if (key !== undefined) checkKey(key);
      outcome =
        key !== undefined && contract[channel].mutates
          ? runOnce(channel, table, parsed.value, callCtx, key, prune)
          : { value: runInTransaction(channel, table, parsed.value, callCtx), replayed: false };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toContractError() };
      if (isBusy(error)) return { ok: false, error: { code: 'busy', message: 'another desk is saving, try again; nothing was changed' } };
      log(channel, error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly; nothing was changed` } };
    }
    const { value, replayed } = outcome;
    if (contract[channel].mutates && !replayed) {
      // The change is committed: a window that cannot be told is a problem of that window, never a
      // reason to tell this one its saved change failed.
      try {
        options.onChange?.(channel, origin);
      } catch (error) {
        log(channel, error);
      }
    }
    return { ok: true, value };
  };
}

/**
 * The one owner of transactions. A command runs in one IMMEDIATE write transaction, committed when
 * its handler returns (its answer is read inside it); a query in one read transaction, so that all it
 * reads is one snapshot; a rehearsal runs its command in a write transaction that is rolled back. A
 * refusal or an error rolls everything back.
 */
function runInTransaction(channel: Channel, table: HandlerMap, input: unknown, { db, ...desk }: HandlerContext): unknown {
  const handler = table[channel] as CommandHandler<Channel> | QueryHandler<Channel> | Rehearsal<Channel>;
  if (contract[channel].mutates) return writeTransaction(db, (write) => (handler as CommandHandler<Channel>)(input as never, { ...desk, db: write, handlers: table }));
  if (typeof handler !== 'function') return rehearsal(db, (write) => handler.rehearse(input as never, { ...desk, db: write, handlers: table }));
  return readTransaction(db, (read) => (handler as QueryHandler<Channel>)(input as never, { ...desk, db: read }));
}

/**
 * Runs a keyed command once: inside its one write transaction, the key is looked up first (so two
 * retries racing each other are serialised by the write lock) and its answer stored last, so the key
 * is kept exactly when the change is.
 */
function runOnce(channel: Channel, table: HandlerMap, input: unknown, ctx: HandlerContext, key: string, prune: (db: WriteDb) => void) {
  const hash = requestHash(channel, input);
  return writeTransaction(ctx.db, (write) => {
    const earlier = recall(write, key, channel, hash);
    if (earlier !== undefined) return { value: earlier.answer, replayed: true };
    const value = (table[channel] as CommandHandler<Channel>)(input as never, { ...ctx, db: write, handlers: table });
    prune(write);
    remember(write, key, channel, hash, value, ctx.now());
    return { value, replayed: false };
  });
}

/** SQLite gave up waiting for another connection's write lock (its busy timeout passed). */
const isBusy = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('SQLITE_BUSY');

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string holding half of a UTF-16 pair (JSON's `"\ud800"`, say): SQLite would
 * store it as a replacement character, so the clerk's text would not be what was saved.
 */
function illFormedText(value: unknown, path = 'input'): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = illFormedText(item, path === 'input' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

const defaultLog = (channel: string, error: unknown) => console.error(`[stockdesk] ${channel} failed:`, error);
