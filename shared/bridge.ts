import type { EventName, Events } from './contract';
import type { Result } from './result';

/** What the preload exposes as `window.stockdesk`: exactly these two functions. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Returns a function that stops listening. */
  on<E extends EventName>(event: E, callback: (data: Events[E]) => void): () => void;
}

/** IPC messages carrying events are named `stockdesk:event:<event>`. */
export const EVENT_PREFIX = 'stockdesk:event:';
