import { userInfo } from 'node:os';
import { channelNames, contract, type Channel } from '../shared/contract';
import { createDispatcher, type Dispatch } from './handlers/dispatch';
import { createHandlers } from './handlers';
import type { HandlerContext, HandlerMap } from './handlers/types';
import { openDatabase, type Db } from './store/open';

/** Everything main does that is not Electron: the store, the handlers and the dispatcher. Runs inside a desk worker (main/worker). */
interface Core {
  db: Db;
  dispatch: Dispatch;
  /** The channels that need the write connection: the commands, and the queries that rehearse one. */
  writes: Channel[];
  close(): void;
}

interface CoreOptions {
  databasePath: string;
  mode: HandlerContext['mode'];
  /** Create the database's folder if it is missing (see `openDatabase`). */
  createFolder?: boolean;
  /** Open a second, reading connection beside the one that checked and migrated the file (see `openDatabase`). */
  reader?: { readOnly: boolean };
  onChange?: (channel: Channel, origin: string | undefined) => void;
  onProgress?: (channel: Channel, origin: string | undefined, what: string, done: number, total: number) => void;
}

function deskUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'clerk';
  }
}

const needsWriting = (table: HandlerMap, channel: Channel): boolean => contract[channel].mutates || typeof table[channel] !== 'function';

export function startCore({ databasePath, mode, createFolder, reader, onChange, onProgress }: CoreOptions): Core {
  // The handler table is checked before the database is touched: a wiring mistake stops start-up.
  const table = createHandlers();
  const db = openDatabase(databasePath, { createFolder, reader });
  const ctx: HandlerContext = { db, now: () => new Date().toISOString(), user: deskUser(), mode, databasePath };
  return {
    db,
    dispatch: createDispatcher(table, ctx, { onChange, onProgress, readsOnly: reader !== undefined }),
    writes: channelNames.filter((channel) => needsWriting(table, channel)),
    close: () => db.close(),
  };
}
