import { contract, isChannel, type Channel, type WorkProgress } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { HandlerContext } from '../handlers/types';
import { WorkerSlot, type Notice, type WorkerScript } from './worker-slot';

/** The dispatcher as the windows are served: the same call, answered when the worker has run it. */
export type AsyncDispatch = (channel: string, input: unknown, origin?: string, key?: string) => Promise<Result<unknown>>;

export interface WorkerCoreOptions {
  databasePath: string;
  mode: HandlerContext['mode'];
  /** Create the database's folder if it is missing (see `openDatabase`). */
  createFolder?: boolean;
  /** The built `out/main/worker.js` (the entry passes the path beside itself), or the TypeScript source in tests. */
  script: WorkerScript;
  /** A command committed: tell the other windows. */
  onChange?: (channel: Channel, origin: string | undefined) => void;
  /** How far a long call has got: tell the window that made it (`origin`), and only that one. */
  onProgress?: (origin: string | undefined, progress: WorkProgress) => void;
}

export interface WorkerCore {
  dispatch: AsyncDispatch;
  /** The file is open read-only: every command is refused. */
  readonly readOnly: boolean;
  /** What a crash of one worker does (tests use it). */
  kill(role: 'write' | 'read'): Promise<void>;
  /** Lets each worker finish what it is doing, then closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the store off the serving thread: a write worker first (it checks the file, refuses a damaged,
 * foreign or newer one with the message the clerk is shown, and migrates), then a read worker with its
 * own connection. Commands and rehearsals go to the write worker, one at a time; queries to the read
 * worker, which answers from its snapshot while a long command is under way.
 */
export async function startWorkerCore(options: WorkerCoreOptions): Promise<WorkerCore> {
  const onNotice = (notice: Notice) => {
    if (notice.type === 'changed') options.onChange?.(notice.channel, notice.origin);
    else options.onProgress?.(notice.origin, notice.progress);
  };
  const base = { databasePath: options.databasePath, mode: options.mode };
  const write = new WorkerSlot(options.script, () => ({ ...base, role: 'write', createFolder: options.createFolder }), onNotice);
  const { readOnly, writes } = await write.start();
  const read = new WorkerSlot(options.script, () => ({ ...base, role: 'read', readOnly }), onNotice);
  try {
    await read.start();
  } catch (error) {
    await write.close();
    throw error;
  }
  const toWriter = new Set<string>(writes);
  return {
    readOnly,
    dispatch: (channel, input, origin, key) => {
      const slot = toWriter.has(channel) ? write : read;
      return slot.call({ channel, input, origin, key }, isChannel(channel) && contract[channel].mutates);
    },
    kill: (role) => (role === 'write' ? write : read).kill(),
    close: async () => {
      await Promise.all([read.close(), write.close()]);
    },
  };
}
