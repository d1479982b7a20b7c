import type { Channel, EventName, Events, Input, Output } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import type { ApiClient } from '../../renderer/api';

export type FakeHandlers = { [C in Channel]?: (input: Input<C>) => Output<C> | Promise<Output<C>> };

/**
 * An ApiClient built from a partial contract: the channels a test cares about answer as given (a
 * handler may throw a DomainError to play a refusal); any other channel fails the test loudly.
 * `emit` plays an event pushed by main.
 */
export function fakeApi(handlers: FakeHandlers): ApiClient & { calls: { channel: Channel; input: unknown }[]; emit<E extends EventName>(event: E, data: Events[E]): void } {
  const calls: { channel: Channel; input: unknown }[] = [];
  const listeners = new Set<{ event: EventName; callback: (data: never) => void }>();
  return {
    mode: 'browser',
    calls,
    async call(channel, input) {
      calls.push({ channel, input });
      const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`fakeApi: ${channel} was called but the test did not fake it`);
      return (await handler(input)) as never;
    },
    on(event, callback) {
      const listener = { event, callback };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event, data) {
      for (const listener of listeners) if (listener.event === event) listener.callback(data as never);
    },
  };
}

export { DomainError };
