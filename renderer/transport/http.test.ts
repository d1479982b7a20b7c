import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../api';
import { createHttpTransport, RETRY_DELAYS_MS, takeToken } from './http';

describe('the browser-mode token', () => {
  it('moves from the address to session storage, so a reload keeps it but the address bar does not show it', () => {
    window.history.replaceState(null, '', '/?token=abc123#items');
    window.sessionStorage.clear();
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#items');
    // After a reload the address has no token; the session still does.
    expect(takeToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });
});

describe('a clerk action sent over HTTP', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const okAnswer = () => new Response(JSON.stringify({ ok: true, value: { reference: 'PO-4471' } }), { status: 200 });
  const keyOf = (call: unknown[]) => ((call[1] as RequestInit).headers as Record<string, string>)['idempotency-key'];

  it('sends its key again when the answer was lost, so main posts it once', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(okAnswer());
    vi.stubGlobal('fetch', fetch);
    const answer = createHttpTransport('t').invoke('inventory:receive', { lines: [] }, { key: 'action-1' });
    await vi.runAllTimersAsync();
    await expect(answer).resolves.toEqual({ ok: true, value: { reference: 'PO-4471' } });
    expect(fetch).toHaveBeenCalledTimes(1 + RETRY_DELAYS_MS.length);
    expect(fetch.mock.calls.map(keyOf)).toEqual(['action-1', 'action-1', 'action-1']);
  });

  it('says Stockdesk is not running once the retries are spent, and never resends a call without a key', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    const transport = createHttpTransport('t');
    const keyed = transport.invoke('inventory:receive', { lines: [] }, { key: 'action-1' });
    await vi.runAllTimersAsync();
    await expect(keyed).resolves.toMatchObject({ ok: false, error: { message: expect.stringContaining('not running') } });
    fetch.mockClear();
    await expect(transport.invoke('items:list', {})).resolves.toMatchObject({ ok: false });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(keyOf(fetch.mock.calls[0]!)).toBeUndefined();
  });
});

describe('the api', () => {
  it('gives every command call a key of its own, keeps a key it is given, and sends none with a query', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: {} }));
    const api = createApi({ invoke, on: () => () => undefined }, 'browser');
    await api.call('inventory:receive', { lines: [{ sku: 'A-1', qty: 1 }] });
    await api.call('inventory:receive', { lines: [{ sku: 'A-1', qty: 1 }] });
    await api.call('inventory:receive', { lines: [{ sku: 'A-1', qty: 1 }] }, { key: 'dialog-7' });
    await api.call('items:list', {});
    const keys = invoke.mock.calls.map((call) => (call as unknown[])[2] as { key: string } | undefined);
    expect(keys[0]!.key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]!.key).not.toBe(keys[0]!.key);
    expect(keys[2]).toEqual({ key: 'dialog-7' });
    expect(keys[3]).toBeUndefined();
  });
});
