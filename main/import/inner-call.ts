import type { Channel, Input, Output } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
// A cycle by design (handlers -> import -> handlers): the table is built when a call is made, never
// while the modules load, so the order in which they load does not matter.
import { createHandlers } from '../handlers';
import { createDispatcher } from '../handlers/dispatch';
import type { CommandCtx } from '../handlers/types';

export type InnerCall = <C extends Channel>(channel: C, input: Input<C>) => Output<C>;

/**
 * The contract's own operations (a receipt with its auto-release, a fulfillment run), called from
 * inside another command's write transaction: the dispatcher's transaction for each becomes a
 * savepoint of it, so the whole stays one transaction, all or nothing. A refusal is thrown as it is,
 * which rolls the whole back.
 */
export function innerCall(ctx: CommandCtx): InnerCall {
  const dispatch = createDispatcher(createHandlers(), ctx, {
    logError: (channel, error) => {
      throw new Error(`${channel} failed unexpectedly`, { cause: error });
    },
  });
  return (channel, input) => {
    const result = dispatch(channel, input);
    if (!result.ok) throw DomainError.from(result.error);
    return result.value as never;
  };
}
