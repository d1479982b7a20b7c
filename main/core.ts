import { userInfo } from 'node:os';
import type { Channel } from '../shared/contract';
import { createDispatcher, type Dispatch } from './handlers/dispatch';
import { createHandlers } from './handlers';
import type { HandlerContext } from './handlers/types';
import { openDatabase, type Db } from './store/open';

/** Everything main does that is not Electron: the store, the handlers and the dispatcher. */
interface Core {
  db: Db;
  dispatch: Dispatch;
  close(): void;
}

interface CoreOptions {
  databasePath: string;
  mode: HandlerContext['mode'];
  /** Create the database's folder if it is missing (see `openDatabase`). */
  createFolder?: boolean;
  onChange?: (channel: Channel, origin: string | undefined) => void;
}

function deskUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'clerk';
  }
}

export function startCore({ databasePath, mode, createFolder, onChange }: CoreOptions): Core {
  // The handler table is checked before the database is touched: a wiring mistake stops start-up.
  const table = createHandlers();
  const db = openDatabase(databasePath, { createFolder });
  const ctx: HandlerContext = { db, now: () => new Date().toISOString(), user: deskUser(), mode, databasePath };
  return {
    db,
    dispatch: createDispatcher(table, ctx, { onChange }),
    close: () => db.close(),
  };
}
