import type { Bridge } from '../shared/bridge';
import type { Channel, EventName, Events, Input, Output } from '../shared/contract';
import { DomainError } from '../shared/errors';
import { createHttpTransport, takeToken } from './transport/http';
import type { Transport } from './transport/types';

/** The renderer's typed client: every channel of the contract, answers as values, refusals thrown. */
export interface ApiClient {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  on<E extends EventName>(event: E, callback: (data: Events[E]) => void): () => void;
  mode: 'electron' | 'browser';
}

/** A refusal from main, as the UI shows it: `message` is meant for the clerk, `field` for the form. */
export { DomainError as ApiError };

export function createApi(transport: Transport, mode: ApiClient['mode']): ApiClient {
  return {
    mode,
    async call(channel, input) {
      const result = await transport.invoke(channel, input);
      if (!result.ok) throw DomainError.from(result.error);
      return result.value as never;
    },
    on: (event, callback) => transport.on(event, callback),
  };
}

declare global {
  interface Window {
    /** Present only inside the Electron window (see main/preload.ts). */
    stockdesk?: Bridge;
  }
}

/** Picks the transport at start-up: the preload bridge when Electron provided one, HTTP otherwise. */
export function connectApi(): ApiClient {
  if (window.stockdesk) return createApi(window.stockdesk, 'electron');
  return createApi(createHttpTransport(takeToken(window.location, window.sessionStorage, window.history)), 'browser');
}
