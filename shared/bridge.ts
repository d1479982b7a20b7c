import type { EventName, Events } from './contract';
import type { Result } from './result';

/** How one call is made: `key` is the idempotency key of the clerk's action (one per action, kept across retries). */
export interface CallOptions {
  key?: string;
}

/** What the preload exposes as `window.stockdesk`: exactly these two functions. */
export interface Bridge {
  invoke(channel: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  /** Returns a function that stops listening. */
  on<E extends EventName>(event: E, callback: (data: Events[E]) => void): () => void;
}

/** IPC messages carrying events are named `stockdesk:event:<event>`. */
export const EVENT_PREFIX = 'stockdesk:event:';
