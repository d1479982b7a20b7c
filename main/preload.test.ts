import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../shared/bridge';

// The preload runs inside Electron; here `electron` is replaced by fakes that record what it does.
const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: [] })), on: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer,
}));

describe('preload bridge', () => {
  let bridge: Bridge;
  beforeEach(async () => {
    await import('./preload');
    bridge = exposed.stockdesk as Bridge;
    ipcRenderer.invoke.mockClear();
  });

  it('exposes exactly invoke and on', () => {
    expect(Object.keys(exposed)).toEqual(['stockdesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards allowlisted channels and refuses everything else without touching IPC', async () => {
    await bridge.invoke('items:list', { query: 'a' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('items:list', { query: 'a' });
    await expect(bridge.invoke('app:quit', {})).rejects.toThrow('app:quit is not a Stockdesk channel');
    await expect(bridge.invoke('__proto__', {})).rejects.toThrow();
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('sends a call’s idempotency key as text and nothing else of its options', async () => {
    await bridge.invoke('inventory:receive', { lines: [] }, { key: 'action-1' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('inventory:receive', { lines: [] }, 'action-1');
    await bridge.invoke('inventory:receive', { lines: [] }, { key: { evil: true }, extra: 1 } as never);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('inventory:receive', { lines: [] });
    expect((ipcRenderer.invoke.mock.lastCall as unknown[]).length).toBe(2);
  });

  it('passes event data only, never Electron’s event object, and can stop listening', () => {
    const callback = vi.fn();
    const stop = bridge.on('data:changed', callback);
    const [name, listener] = ipcRenderer.on.mock.calls[0] as unknown as [string, (e: unknown, d: unknown) => void];
    expect(name).toBe('stockdesk:event:data:changed');
    listener({ sender: 'secret' }, { channel: 'items:create' });
    expect(callback).toHaveBeenCalledWith({ channel: 'items:create' });
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(name, listener);
    expect(() => bridge.on('shell:open' as never, callback)).toThrow('shell:open is not a Stockdesk event');
  });
});
