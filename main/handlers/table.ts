import { channelNames } from '../../shared/contract';
import type { HandlerGroup, HandlerMap } from './types';

export class HandlerRegistrationError extends Error {
  constructor(message: string) {
    super(`Stockdesk cannot start: ${message}`);
    this.name = 'HandlerRegistrationError';
  }
}

/**
 * Merges the domain groups into one table with exactly one handler per contract channel.
 * A channel handled twice, a handler for a channel the contract does not know, or a channel
 * without a handler stops start-up with a message naming them.
 */
export function createHandlerTable(groups: readonly HandlerGroup[], channels: readonly string[] = channelNames): HandlerMap {
  const table: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const { domain, handlers } of groups) {
    for (const [channel, handler] of Object.entries(handlers)) {
      if (!channels.includes(channel)) problems.push(`${domain} handles ${channel}, which the contract does not declare`);
      else if (owner.has(channel)) problems.push(`${channel} is handled twice (by ${owner.get(channel)} and ${domain})`);
      owner.set(channel, domain);
      table[channel] = handler;
    }
  }
  const missing = channels.filter((c) => !owner.has(c));
  if (missing.length > 0) problems.push(`no handler for ${missing.join(', ')}`);
  if (problems.length > 0) throw new HandlerRegistrationError(problems.join('; '));
  return table as HandlerMap;
}
