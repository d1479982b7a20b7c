import { QueryClient } from '@tanstack/react-query';
import { isChannel } from '../../shared/contract';
import type { ChangeFeed } from './changes';
import { readsAny } from './changes';

/**
 * The cache of what screens read, keyed by `[channel, input]`. Data is never stale by age: main is
 * the source of truth and says when something changed, so queries refetch on a change to what they
 * read, not on focus or on a timer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, refetchOnWindowFocus: false, retry: false, structuralSharing: true },
    },
  });
}

/** Refetch (in the background, keeping what is shown) every query whose channel reads a touched topic. */
export function invalidateOnChange(client: QueryClient, feed: ChangeFeed): () => void {
  return feed.subscribe(({ touches }) => {
    void client.invalidateQueries({
      predicate: (query) => {
        const channel = query.queryKey[0];
        return typeof channel === 'string' && isChannel(channel) && readsAny(channel, touches);
      },
    });
  });
}
