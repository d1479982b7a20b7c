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

/**
 * How long to wait before sending a keyed call again after its answer was lost (the connection
 * dropped): a key makes the repeat safe, as main answers it with the first call's answer.
 */
export const RETRY_DELAYS_MS = [250, 1000];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createHttpTransport(token: string | undefined): Transport {
  const client = clientId();
  let source: EventSource | undefined;
  let subscribers = 0;
  return {
    async invoke(channel, input, options) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${token ?? ''}`,
        'x-stockdesk-client': client,
      };
      if (options?.key !== undefined) headers['idempotency-key'] = options.key;
      const request = () => fetch(`/api/${encodeURIComponent(channel)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      let response: Response | undefined;
      // Without a key a command is never sent twice: nobody could tell a retry from a second action.
      const delays = options?.key === undefined ? [] : RETRY_DELAYS_MS;
      for (let attempt = 0; response === undefined; attempt++) {
        try {
          response = await request();
        } catch {
          if (attempt >= delays.length) {
            return { ok: false, error: { code: 'internal', message: 'Stockdesk is not running: start it again and reload this page' } };
          }
          await pause(delays[attempt]!);
        }
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
