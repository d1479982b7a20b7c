import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { ApiClient } from '../api';
import { DataContext } from '../data/hooks';
import { StoreProvider, type AppStore } from '../store';

/** Everything a screen needs from its surroundings: the api, the query cache and the UI store. */
export function Providers({ api, queryClient, store, children }: { api: ApiClient; queryClient: QueryClient; store: AppStore; children: ReactNode }) {
  const data = useMemo(() => ({ api }), [api]);
  return (
    <QueryClientProvider client={queryClient}>
      <DataContext.Provider value={data}>
        <StoreProvider store={store}>{children}</StoreProvider>
      </DataContext.Provider>
    </QueryClientProvider>
  );
}
