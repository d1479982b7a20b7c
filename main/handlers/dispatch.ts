import { contract, isChannel, type Channel } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { parseInput } from '../../shared/validation';
import type { HandlerContext, HandlerMap } from './types';

/** `origin` names the window that called (a webContents id or a browser tab's client id). */
export type Dispatch = (channel: string, input: unknown, origin?: string) => Result<unknown>;

export interface DispatchOptions {
  /** Told after a call that changed stored data succeeded, so the other windows can refresh. */
  onChange?: (channel: Channel, origin: string | undefined) => void;
  /** Where unexpected errors (bugs, not refusals) are reported. */
  logError?: (channel: string, error: unknown) => void;
}

/**
 * The single entry point used by IPC and by browser mode: checks the channel, parses the input with
 * the channel's zod schema (a handler never sees unparsed input), runs the handler and turns every
 * outcome into a Result. Refusals travel as they are; anything else is reported as an internal error
 * without its stack.
 */
export function createDispatcher(table: HandlerMap, ctx: HandlerContext, options: DispatchOptions = {}): Dispatch {
  return (channel, input, origin) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `${channel} is not a Stockdesk channel` } };
    }
    const parsed = parseInput(contract[channel].input, input ?? {});
    if (!parsed.ok) return parsed;
    try {
      const handler = table[channel] as (input: unknown, ctx: HandlerContext) => unknown;
      const value = handler(parsed.value, ctx);
      if (contract[channel].mutates) options.onChange?.(channel, origin);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toContractError() };
      (options.logError ?? defaultLog)(channel, error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed unexpectedly; nothing was changed` } };
    }
  };
}

const defaultLog = (channel: string, error: unknown) => console.error(`[stockdesk] ${channel} failed:`, error);
