import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';
import { handlerGroups } from '.';
import { createHandlerTable, HandlerRegistrationError } from './table';
import type { HandlerGroup } from './types';

const noop = () => undefined as never;

describe('contract registration', () => {
  it('gives every contract channel exactly one handler', () => {
    const table = createHandlerTable(handlerGroups);
    expect(Object.keys(table).sort()).toEqual([...channelNames].sort());
  });

  it('stops start-up when a channel is handled twice, naming both domains', () => {
    const twice: HandlerGroup = { domain: 'inventory', handlers: { 'items:list': noop } };
    expect(() => createHandlerTable([...handlerGroups, twice])).toThrow(
      new HandlerRegistrationError('items:list is handled twice (by items and inventory)'),
    );
  });

  it('stops start-up when a channel has no handler, naming it', () => {
    const withoutItems = handlerGroups.filter((g) => g.domain !== 'items');
    expect(() => createHandlerTable(withoutItems)).toThrow(/no handler for items:list, items:get, items:create, items:update/);
  });

  it('stops start-up for a handler of a channel the contract does not declare', () => {
    const stray = { domain: 'stray', handlers: { 'items:explode': noop } } as unknown as HandlerGroup;
    expect(() => createHandlerTable([...handlerGroups, stray])).toThrow(/stray handles items:explode, which the contract does not declare/);
  });
});
