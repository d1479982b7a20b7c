import type { Channel, Events, Topic } from '../../shared/contract';
import type { ApiClient } from '../api';
import { contract } from '../../shared/contract';

type Listener = (change: Events['data:changed']) => void;

/**
 * The window's one stream of "stored data changed" news: main's `data:changed` events (changes made
 * by other windows or desks; main skips the window that made a change) and the same event raised
 * locally after this window's own successful command. The query cache listens here once.
 */
export function createChangeFeed() {
  const listeners = new Set<Listener>();
  return {
    publish(change: Events['data:changed']) {
      for (const listener of listeners) listener(change);
    },
    /** The event a successful call of `channel` from this window stands for. */
    publishCommand(channel: Channel) {
      if (contract[channel].mutates) this.publish({ channel, touches: [...contract[channel].topics] });
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type ChangeFeed = ReturnType<typeof createChangeFeed>;

/** True when a query of `channel` reads something that `touches` changed. */
export const readsAny = (channel: Channel, touches: readonly Topic[]): boolean =>
  contract[channel].topics.some((topic) => touches.includes(topic));

/**
 * The api every part of the window uses: after a successful command it raises the change locally,
 * so this window refreshes what the command touched, as main's event does for the other windows.
 */
export function withChangeFeed(api: ApiClient, feed: ChangeFeed): ApiClient {
  return {
    ...api,
    async call(channel, input, options) {
      const value = await api.call(channel, input, options);
      feed.publishCommand(channel);
      return value;
    },
  };
}
