import type { Bridge, CallOptions } from '../shared/bridge';
import { contract, type Channel, type EventName, type Events, type Input, type Output } from '../shared/contract';
import { DomainError } from '../shared/errors';
import { createHttpTransport, takeToken } from './transport/http';
import type { Transport } from './transport/types';

/** The renderer's typed client: every channel of the contract, answers as values, refusals thrown. */
export interface ApiClient {
  /**
   * One clerk action. A command carries an idempotency key (`options.key`, else a new one): the
   * transport may send it again after a lost answer, and main posts it only once.
   */
  call<C extends Channel>(channel: C, input: Input<C>, options?: CallOptions): Promise<Output<C>>;
  on<E extends EventName>(event: E, callback: (data: Events[E]) => void): () => void;
  mode: 'electron' | 'browser';
}

/** A refusal from main, as the UI shows it: `message` is meant for the clerk, `field` for the form. */
export { DomainError as ApiError };

export function createApi(transport: Transport, mode: ApiClient['mode']): ApiClient {
  return {
    mode,
    async call(channel, input, options) {
      const key = options?.key ?? (contract[channel].mutates ? newActionKey() : undefined);
      const result = await (key === undefined ? transport.invoke(channel, input) : transport.invoke(channel, input, { key }));
      if (!result.ok) throw DomainError.from(result.error);
      return result.value as never;
    },
    on: (event, callback) => transport.on(event, callback),
  };
}

/** A fresh idempotency key: 128 random bits as hex, one per clerk action. */
export function newActionKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
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
