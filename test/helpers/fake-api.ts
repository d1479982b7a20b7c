import type { Channel, Input, Output } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import type { ApiClient } from '../../renderer/api';

export type FakeHandlers = { [C in Channel]?: (input: Input<C>) => Output<C> | Promise<Output<C>> };

/**
 * An ApiClient built from a partial contract: the channels a test cares about answer as given (a
 * handler may throw a DomainError to play a refusal); any other channel fails the test loudly.
 */
export function fakeApi(handlers: FakeHandlers): ApiClient & { calls: { channel: Channel; input: unknown }[] } {
  const calls: { channel: Channel; input: unknown }[] = [];
  return {
    mode: 'browser',
    calls,
    async call(channel, input) {
      calls.push({ channel, input });
      const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`fakeApi: ${channel} was called but the test did not fake it`);
      return (await handler(input)) as never;
    },
    on: () => () => undefined,
  };
}

export { DomainError };
