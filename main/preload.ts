// The only bridge between the page and main: `invoke` for allowlisted contract channels and `on`
// for allowlisted events. Nothing of Electron (no ipcRenderer, no event objects) reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { eventNames, isChannel } from '../shared/contract';
import { EVENT_PREFIX, type Bridge } from '../shared/bridge';

export const bridge: Bridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return Promise.reject(new Error(`${String(channel)} is not a Stockdesk channel`));
    }
    return ipcRenderer.invoke(channel, input);
  },
  on(event, callback) {
    if (!eventNames.includes(event)) throw new Error(`${String(event)} is not a Stockdesk event`);
    const listener = (_event: unknown, data: unknown) => callback(data as never);
    ipcRenderer.on(EVENT_PREFIX + event, listener);
    return () => void ipcRenderer.removeListener(EVENT_PREFIX + event, listener);
  },
};

contextBridge.exposeInMainWorld('stockdesk', bridge);
