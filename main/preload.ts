// The only bridge between the page and main: `invoke` for allowlisted contract channels and `on`
// for allowlisted events. Nothing of Electron (no ipcRenderer, no event objects) reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { eventNames, isChannel } from '../shared/contract';
import { EVENT_PREFIX, type Bridge } from '../shared/bridge';

export const bridge: Bridge = {
  invoke(channel, input, options) {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return Promise.reject(new Error(`${String(channel)} is not a Stockdesk channel`));
    }
    // Only the key crosses, and only as text: whatever else the page puts in `options` stays here.
    const key = options?.key;
    return typeof key === 'string' ? ipcRenderer.invoke(channel, input, key) : ipcRenderer.invoke(channel, input);
  },
  on(event, callback) {
    if (!eventNames.includes(event)) throw new Error(`${String(event)} is not a Stockdesk event`);
    const listener = (_event: unknown, data: unknown) => callback(data as never);
    ipcRenderer.on(EVENT_PREFIX + event, listener);
    return () => void ipcRenderer.removeListener(EVENT_PREFIX + event, listener);
  },
};

contextBridge.exposeInMainWorld('stockdesk', bridge);
