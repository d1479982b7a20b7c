import type { Db } from './open';

declare const writable: unique symbol;

/**
 * The database as a query sees it, inside the dispatcher's read transaction: statements and pragmas,
 * no transaction or script of its own. Every open database is one, so a test may read with its own.
 */
export type ReadDb = Pick<Db, 'prepare' | 'pragma' | 'readonly'>;

/**
 * The database inside the dispatcher's write transaction. Only `main/store/transaction.ts` makes one,
 * and every engine operation and every statement that writes asks for one: a query holds a `ReadDb`,
 * so the compiler refuses a query that calls a command.
 */
export type WriteDb = Db & { readonly [writable]: true };
