import type { ApiClient } from '../api';
import { createChangeFeed, withChangeFeed } from '../data/changes';
import { createQueryClient, invalidateOnChange } from '../data/queryClient';
import { createAppStore } from '../store';

/**
 * Wires one window: the api that raises local changes, the query cache that refetches on changes
 * (this window's and, through main's `data:changed`, every other window's), and the UI store.
 * Used by main.tsx and by the renderer tests with a fake api.
 */
export function bootWindow(transportApi: ApiClient) {
  const changes = createChangeFeed();
  const api = withChangeFeed(transportApi, changes);
  const queryClient = createQueryClient();
  const store = createAppStore(api);
  const stopInvalidating = invalidateOnChange(queryClient, changes);
  const stopListening = transportApi.on('data:changed', (change) => changes.publish(change));
  return {
    api,
    queryClient,
    store,
    changes,
    dispose() {
      stopListening();
      stopInvalidating();
      queryClient.clear();
    },
  };
}
export type BootedWindow = ReturnType<typeof bootWindow>;
