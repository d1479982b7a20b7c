import type { SliceCreator } from '../../store/types';

/** The Release Back Order dialog: which backorders it is open for. Mounted once by the shell (ReleaseHost). */
export interface ReleaseSlice {
  /** Null while closed. `session` tells two openings for the same backorders apart, so each starts at Review. */
  release: { backorders: string[]; session: number } | null;
  /** Opens Release Back Order at its Review for these backorders (from any screen). */
  openRelease(backorders: string[]): void;
  /**
   * Opens it for the backorders of these orders (the Orders list's selection): each order's
   * attachments in `Back Order`. With none, a note says so and nothing opens.
   */
  openReleaseForOrders(orders: string[]): Promise<void>;
  closeRelease(): void;
}

export const NO_BACKORDERS = 'No backorders on the selected orders';

export const createReleaseSlice: SliceCreator<ReleaseSlice> = (api) => (set, get) => {
  let session = 0;
  return {
    release: null,
    openRelease(backorders) {
      if (backorders.length === 0) return;
      set({ release: { backorders: [...new Set(backorders)], session: ++session } });
    },
    async openReleaseForOrders(orders) {
      try {
        const details = await Promise.all(orders.map((order) => api.call('orders:get', { order })));
        const backorders = details.flatMap((d) => d.attachments.filter((a) => a.status === 'Back Order').map((a) => a.number));
        if (backorders.length === 0) get().notify(NO_BACKORDERS);
        else get().openRelease(backorders);
      } catch (error) {
        get().notify(error instanceof Error ? error.message : String(error), 'error');
      }
    },
    closeRelease: () => set({ release: null }),
  };
};
