import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createHandlers } from '../handlers';
import { createDispatcher, type Dispatch } from '../handlers/dispatch';
import type { HandlerContext } from '../handlers/types';
import { defaultDatabasePath } from '../paths';
import { openDatabase, type Db } from '../store/open';
import { CliError } from './errors';

export interface CliDatabase {
  ctx: HandlerContext;
  dispatch: Dispatch;
  close(): void;
}

/** `--db PATH`, else the per-user database the app uses. */
export const databasePathOf = (db: string | undefined): string => resolve(db ?? defaultDatabasePath());

function clerk(): string {
  try {
    return `${userInfo().username} (command line)`;
  } catch {
    return 'command line';
  }
}

/**
 * Opens the database as the app does (the same file checks, then migrations). `create`: a missing
 * file becomes a new database (an import may start one); otherwise a missing file is refused, so a
 * mistyped --db never leaves an empty database behind.
 */
export function openCliDatabase(path: string, { create }: { create: boolean }): CliDatabase {
  if (!create && !existsSync(path)) throw new CliError(`There is no database at ${path}: check --db (nothing was created).`);
  return withDispatcher(openDatabase(path, { createFolder: path === defaultDatabasePath() }), path);
}

/** The contract over an open database, as the app has it (a read-only one answers queries only). */
export function withDispatcher(db: Db, path: string): CliDatabase {
  const ctx: HandlerContext = { db, now: () => new Date().toISOString(), user: clerk(), mode: 'browser', databasePath: path };
  return { ctx, dispatch: createDispatcher(createHandlers(), ctx), close: () => db.close() };
}
