import type { EventName, Events } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Transport } from './types';

const TOKEN_KEY = 'stockdesk.token';

/**
 * Browser mode's token arrives in the address (`?token=T`). It is moved to session storage and
 * taken out of the address bar, so it survives a reload but is not left on screen or in history.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | undefined {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}

const clientId = (): string => Math.random().toString(36).slice(2) + Date.now().toString(36);

export function createHttpTransport(token: string | undefined): Transport {
  const client = clientId();
  let source: EventSource | undefined;
  let subscribers = 0;
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token ?? ''}`,
            'x-stockdesk-client': client,
          },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Stockdesk is not running: start it again and reload this page' } };
      }
      if (response.status === 401) {
        return {
          ok: false,
          error: { code: 'unauthorized', message: 'This page has no valid access token: open the address Stockdesk printed when it started' },
        };
      }
      return (await response.json()) as Result<unknown>;
    },
    // One EventSource per page, opened on the first subscription and shared by every listener:
    // a connection per subscriber would soon hit the browser's six-connections-per-host limit.
    on<E extends EventName>(event: E, callback: (data: Events[E]) => void) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}&client=${client}`);
      const listener = (message: MessageEvent<string>) => callback(JSON.parse(message.data) as Events[E]);
      source.addEventListener(event, listener);
      subscribers++;
      return () => {
        source?.removeEventListener(event, listener);
        if (--subscribers === 0) {
          source?.close();
          source = undefined;
        }
      };
    },
  };
}
