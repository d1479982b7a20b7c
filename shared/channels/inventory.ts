import type { VerifyReport } from '../domain/fulfillment';
import { VerifyInput } from '../domain/fulfillment';
import type { AdjustResult, BinStock, ChangeStatusResult, InventoryRow, LedgerEntry, ReceiptAnswer, StockPicture } from '../domain/inventory';
import { AdjustInput, ChangeStatusInput, InventoryListInput, ItemStockInput, LedgerInput, ReceiveInput } from '../domain/inventory';
import type { Page } from '../validation';
import { command, query } from './define';

export const inventoryChannels = {
  'inventory:receive': command<ReceiptAnswer>('stock', 'documents', 'orders')(ReceiveInput),
  /** What a receipt would post and release, before it is posted. */
  'inventory:previewReceipt': query<ReceiptAnswer>('stock', 'documents', 'orders', 'settings')(ReceiveInput),
  'inventory:adjust': command<AdjustResult>('stock', 'documents', 'orders')(AdjustInput),
  'inventory:changeStatus': command<ChangeStatusResult>('stock', 'documents', 'orders')(ChangeStatusInput),
  'inventory:itemStock': query<{ sku: string; bins: BinStock[]; total: StockPicture }>('stock', 'items')(ItemStockInput),
  'inventory:ledger': query<Page<LedgerEntry>>('stock')(LedgerInput),
  'inventory:list': query<Page<InventoryRow>>('stock', 'items', 'documents')(InventoryListInput),
  'inventory:verify': query<VerifyReport>('stock', 'documents', 'orders')(VerifyInput),
};
