import type { StockStatus } from '../../../shared/domain/inventory';
import type { SliceCreator } from '../../store/types';

export type StockDialogKind = 'receive' | 'adjust' | 'status';

/** What a dialog opens filled in with: the item (and bin) of the page or row it was opened from. */
export interface StockDialogPrefill {
  sku?: string;
  bin?: string;
  status?: StockStatus;
}

/** Receive, Adjust and Change Status: which one is open, filled in with what. */
export interface StockDialogsSlice {
  /** Null while closed. `session` tells two openings apart, so each starts from its prefill. */
  stockDialog: { kind: StockDialogKind; prefill: StockDialogPrefill; session: number } | null;
  openStockDialog(kind: StockDialogKind, prefill?: StockDialogPrefill): void;
  closeStockDialog(): void;
}

export const createStockDialogsSlice: SliceCreator<StockDialogsSlice> = () => (set) => {
  let session = 0;
  return {
    stockDialog: null,
    openStockDialog: (kind, prefill = {}) => set({ stockDialog: { kind, prefill, session: ++session } }),
    closeStockDialog: () => set({ stockDialog: null }),
  };
};
