import type { AppInfo } from '../../../shared/channels/app';
import type { SliceCreator } from '../types';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface UiSlice {
  appInfo?: AppInfo;
  toasts: Toast[];
  /** Set when the app could not reach main at start-up: the screen says so instead of the app. */
  startupError?: string;
  loadAppInfo(): Promise<void>;
  notify(text: string, tone?: Toast['tone']): void;
  dismissToast(id: number): void;
}

const TOAST_MS = 4000;

export const createUiSlice: SliceCreator<UiSlice> = (api) => (set, get) => {
  let nextToast = 1;
  return {
    toasts: [],
    async loadAppInfo() {
      try {
        set({ appInfo: await api.call('app:info', {}), startupError: undefined });
      } catch (error) {
        set({ startupError: error instanceof Error ? error.message : String(error) });
      }
    },
    notify(text, tone = 'info') {
      const id = nextToast++;
      set((s) => ({ toasts: [...s.toasts, { id, text, tone }] }));
      setTimeout(() => get().dismissToast(id), TOAST_MS);
    },
    dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  };
};
