import { describe, expect, it, vi } from 'vitest';
import { refused } from '../../shared/errors';
import { openDatabase } from '../store/open';
import { createHandlers } from '.';
import { createDispatcher } from './dispatch';
import type { HandlerContext, HandlerMap } from './types';

const ctx = (): HandlerContext => ({ db: openDatabase(':memory:'), now: () => '2026-11-24T00:00:00.000Z', user: 't', mode: 'browser', databasePath: ':memory:' });

describe('dispatch', () => {
  it('answers an unknown channel with unknown_channel', () => {
    const dispatch = createDispatcher(createHandlers(), ctx());
    expect(dispatch('items:explode', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'items:explode is not a Stockdesk channel' } });
  });

  it('never lets a handler see unparsed input', () => {
    const table = { ...createHandlers(), 'items:create': vi.fn() } as HandlerMap;
    const dispatch = createDispatcher(table, ctx());
    expect(dispatch('items:create', { sku: '' })).toMatchObject({ ok: false, error: { code: 'invalid', field: 'sku' } });
    expect(table['items:create']).not.toHaveBeenCalled();
  });

  it('tells onChange about successful changes only, with the calling window', () => {
    const onChange = vi.fn();
    const dispatch = createDispatcher(createHandlers(), ctx(), { onChange });
    dispatch('items:list', {}, 'w1');
    dispatch('items:create', { sku: '' }, 'w1');
    expect(onChange).not.toHaveBeenCalled();
    dispatch('items:create', { sku: 'A-1' }, 'w1');
    expect(onChange).toHaveBeenCalledWith('items:create', 'w1');
  });

  it('passes refusals through and hides the details of unexpected errors', () => {
    const logError = vi.fn();
    const table = {
      ...createHandlers(),
      'items:get': () => {
        throw refused('1040.002 is already released');
      },
      'items:list': () => {
        throw new Error('SQLITE_CORRUPT at /home/clerk/db');
      },
    } as HandlerMap;
    const dispatch = createDispatcher(table, ctx(), { logError });
    expect(dispatch('items:get', { id: 1 })).toEqual({ ok: false, error: { code: 'refused', message: '1040.002 is already released' } });
    expect(dispatch('items:list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'items:list failed unexpectedly; nothing was changed' } });
    expect(logError).toHaveBeenCalledWith('items:list', expect.any(Error));
  });
});
