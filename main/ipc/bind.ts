import { channelNames } from '../../shared/contract';
import type { Dispatch } from '../handlers/dispatch';

interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown, key?: unknown) => unknown): void;
}

/**
 * Binds every contract channel to `ipcMain.handle` with the same dispatcher browser mode uses: the
 * worker core's, which answers once a worker has run the call (the desktop app's answers
 * `print:send` itself, also asynchronously: see main/print/native-print.ts).
 * Calls from anything but the app's own top frame are refused before dispatch. A call's third
 * argument, when the preload sends one, is the clerk's action's idempotency key.
 */
export function bindContract(ipcMain: IpcMainLike, dispatch: (...call: Parameters<Dispatch>) => ReturnType<Dispatch> | Promise<ReturnType<Dispatch>>, isTrusted: (frame: InvokeEvent['senderFrame']) => boolean): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input, key) => {
      if (!isTrusted(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: `${channel} may only be called by the Stockdesk window` } };
      }
      if (key !== undefined && typeof key !== 'string') {
        return { ok: false, error: { code: 'invalid', field: 'Idempotency-Key', message: 'Idempotency-Key must be text' } };
      }
      return dispatch(channel, input, String(event.sender.id), key);
    });
  }
}
