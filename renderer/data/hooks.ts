import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, type InfiniteData } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef } from 'react';
import type { Channel, Input, Output } from '../../shared/contract';
import type { Page } from '../../shared/validation';
import { ApiError, newActionKey, type ApiClient } from '../api';

export interface DataContextValue {
  /** Already wrapped by `withChangeFeed`. */
  api: ApiClient;
}

export const DataContext = createContext<DataContextValue | null>(null);

export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData needs a DataContext provider (see renderer/app/Providers.tsx)');
  return value;
}

/** The cache key of a channel call: what it reads is the channel, its input says which part. */
export const channelKey = <C extends Channel>(channel: C, input: Input<C>) => [channel, input] as const;

/**
 * What a screen reads: one channel call, cached by channel and input, refetched when main (or this
 * window) changes what the channel reads. While a new input loads the previous answer stays on
 * screen (no jump), and an answer for an input that is no longer wanted is never shown.
 */
export function useChannel<C extends Channel>(channel: C, input: Input<C>, options: { enabled?: boolean } = {}) {
  const { api } = useData();
  return useQuery({
    queryKey: channelKey(channel, input),
    queryFn: () => api.call(channel, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

type PagedChannel = { [C in Channel]: Output<C> extends Page<unknown> ? (Input<C> extends { offset?: number } ? C : never) : never }[Channel];
type RowOf<C extends PagedChannel> = Output<C> extends Page<infer R> ? R : never;

/**
 * A long list read page by page (`offset`/`limit`), for virtualised grids: `loadMore` fetches the
 * next page when the clerk scrolls near the end. A change refetches the loaded pages in place, so
 * the list keeps its scroll position.
 */
export function usePagedChannel<C extends PagedChannel>(channel: C, input: Omit<Input<C>, 'offset' | 'limit'>, pageSize = 200) {
  const { api } = useData();
  const query = useInfiniteQuery({
    queryKey: [channel, input, 'paged'] as const,
    initialPageParam: 0,
    queryFn: ({ pageParam }) => api.call(channel, { ...input, offset: pageParam, limit: pageSize } as Input<C>) as Promise<Page<RowOf<C>>>,
    getNextPageParam: (last: Page<RowOf<C>>, pages: Page<RowOf<C>>[]) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const data = query.data as InfiniteData<Page<RowOf<C>>> | undefined;
  const rows = useMemo(() => data?.pages.flatMap((p) => p.rows) ?? [], [data]);
  const total = data?.pages.at(-1)?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return { rows, total, loadMore, isLoading: query.isLoading, isFetching: query.isFetching, error: query.error, loaded: data !== undefined };
}

/**
 * A command with its pending and error state. The api raises the change on success (see
 * `withChangeFeed`), so every query of this window that reads what it touched refetches.
 *
 * Each action carries an idempotency key, kept until the action succeeds: a submission that failed
 * (a refusal stores nothing; a lost answer may have been saved) is sent again with the same key, so
 * saving again after "Stockdesk is not running" never posts twice. A call made while another is still
 * under way is another action, with a key of its own; a key main says was used for something else
 * is dropped.
 */
export function useCommand<C extends Channel>(channel: C) {
  const { api } = useData();
  const held = useRef<{ key: string; sending: boolean } | undefined>(undefined);
  return useMutation<Output<C>, Error, Input<C>>({
    mutationFn: async (input) => {
      const action = held.current !== undefined && !held.current.sending ? held.current : { key: newActionKey(), sending: false };
      held.current = action;
      action.sending = true;
      try {
        const value = await api.call(channel, input, { key: action.key });
        if (held.current === action) held.current = undefined;
        return value;
      } catch (error) {
        action.sending = false;
        if (error instanceof ApiError && error.code === 'conflict' && error.field === 'Idempotency-Key' && held.current === action) held.current = undefined;
        throw error;
      }
    },
  });
}
