import type { Channel, Contract, ParsedInput, Output } from '../../shared/contract';
import type { ReadDb, WriteDb } from '../store/handles';
import type { Db } from '../store/open';

/** What the dispatcher serves a desk with: the store, the clock, who is at the desk, and how. */
export interface HandlerContext {
  db: Db;
  /** The time to stamp on records, as ISO 8601; injected so that tests can fix it. */
  now: () => string;
  /** The clerk's name for the ledger (the OS user on a desk machine). */
  user: string;
  mode: 'electron' | 'browser';
  databasePath: string;
  /** See `EngineCtx.progress`: set by the dispatcher for the call under way when its caller listens. */
  progress?: (what: string, done: number, total: number) => void;
}

/** What a query's handler gets: the store inside one read transaction. */
type QueryCtx = Omit<HandlerContext, 'db'> & { db: ReadDb };

/**
 * What a command's handler gets: the store inside one IMMEDIATE write transaction, committed after it
 * returns, and the dispatcher's handler table, for a command made of the contract's own operations
 * (`innerCall`: an import, the demo).
 */
export type CommandCtx = Omit<HandlerContext, 'db'> & { db: WriteDb; handlers: HandlerMap };

export type QueryHandler<C extends Channel> = (input: ParsedInput<C>, ctx: QueryCtx) => Output<C>;
export type CommandHandler<C extends Channel> = (input: ParsedInput<C>, ctx: CommandCtx) => Output<C>;

/**
 * A query whose answer is what a command would do now (the Release Review, the receipt and print
 * previews): the dispatcher runs `rehearse` in a write transaction and rolls it back.
 */
export interface Rehearsal<C extends Channel> {
  rehearse: CommandHandler<C>;
}

/** A command's handler writes; a query's reads, or rehearses a command. */
type Handler<C extends Channel> = Contract[C]['mutates'] extends true ? CommandHandler<C> : QueryHandler<C> | Rehearsal<C>;

export type HandlerMap = { [C in Channel]: Handler<C> };

/** The handlers of one prefix (`orders`, `picks`, ...): `main/handlers/<prefix>.ts`, merged into the table by `createHandlerTable`. */
export interface HandlerGroup {
  domain: string;
  handlers: Partial<HandlerMap>;
}

/** Marks a query's handler as a rehearsal of a command (see `Rehearsal`). */
export const rehearse = <C extends Channel>(handler: CommandHandler<C>): Rehearsal<C> => ({ rehearse: handler });
