import { DomainError } from '../../shared/errors';
import type { InnerCall } from '../import/importer';
import { createDispatcher } from './dispatch';
import type { CommandCtx } from './types';

/**
 * The contract's own operations (a receipt with its auto-release, a fulfillment run), called from
 * inside another command's write transaction, through the handler table the dispatcher gave that
 * command (so nothing here imports the table: no cycle). The importer gets it on its context, so
 * main/import never imports main/handlers. The dispatcher's transaction for each
 * becomes a savepoint of the outer one, so the whole stays one transaction, all or nothing. A
 * refusal is thrown as it is, which rolls the whole back.
 */
export function innerCall(ctx: CommandCtx): InnerCall {
  const dispatch = createDispatcher(ctx.handlers, ctx, {
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
