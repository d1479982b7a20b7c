import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/contract';
import { bindContract, type IpcMainLike } from './bind';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

const appFrame = { url: 'file:///app/out/renderer/index.html', parent: null };

describe('IPC binding', () => {
  it('binds every contract channel once, to the shared dispatcher, naming the calling window', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(() => ({ ok: true as const, value: 'done' }));
    bindContract(ipcMain, dispatch, (frame) => frame === appFrame);
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    const answer = handlers.get('items:list')!({ senderFrame: appFrame, sender: { id: 7 } }, { query: 'x' });
    expect(answer).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith('items:list', { query: 'x' }, '7', undefined);
  });

  it('refuses calls from any frame but the app’s own, before dispatch', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn();
    bindContract(ipcMain, dispatch, (frame) => frame === appFrame);
    const answer = handlers.get('items:create')!({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } }, { sku: 'X' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes the call’s idempotency key to the dispatcher, and refuses a key that is not text', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(() => ({ ok: true as const, value: 'done' }));
    bindContract(ipcMain, dispatch, (frame) => frame === appFrame);
    handlers.get('inventory:receive')!({ senderFrame: appFrame, sender: { id: 7 } }, { lines: [] }, 'action-1');
    expect(dispatch).toHaveBeenCalledWith('inventory:receive', { lines: [] }, '7', 'action-1');
    const answer = handlers.get('inventory:receive')!({ senderFrame: appFrame, sender: { id: 7 } }, { lines: [] }, { toString: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid', field: 'Idempotency-Key' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
