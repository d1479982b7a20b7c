import type { Channel, ParsedInput, Output } from '../../shared/contract';
import type { Db } from '../store/open';

/** What every handler gets besides its input: the store, the clock and who is at the desk. */
export interface HandlerContext {
  db: Db;
  /** The time to stamp on records, as ISO 8601; injected so that tests can fix it. */
  now: () => string;
  /** The clerk's name for the ledger (the OS user on a desk machine). */
  user: string;
  mode: 'electron' | 'browser';
  databasePath: string;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Output<C>;

export type HandlerMap = { [C in Channel]: Handler<C> };

/** The handlers of one domain (items, orders, ...), merged into the table by `createHandlerTable`. */
export interface HandlerGroup {
  domain: string;
  handlers: Partial<HandlerMap>;
}
