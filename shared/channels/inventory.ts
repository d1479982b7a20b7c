import type { ReceiveResult, Settings, VerifyReport } from '../domain/fulfillment';
import { SettingsInput, VerifyInput } from '../domain/fulfillment';
import type { AdjustResult, Bin, BinStock, ChangeStatusResult, InventoryRow, LedgerEntry, StockPicture } from '../domain/inventory';
import {
  AdjustInput,
  BinCreateInput,
  BinListInput,
  BinUpdateInput,
  ChangeStatusInput,
  InventoryListInput,
  ItemStockInput,
  LedgerInput,
  ReceiveInput,
} from '../domain/inventory';
import type { Page } from '../validation';
import { z } from 'zod';
import { command, query } from './define';

export const inventoryChannels = {
  'inventory:receive': command<ReceiveResult>()(ReceiveInput),
  /** What a receipt would post and release, before it is posted. */
  'inventory:previewReceipt': query<ReceiveResult>()(ReceiveInput),
  'inventory:adjust': command<AdjustResult>()(AdjustInput),
  'inventory:changeStatus': command<ChangeStatusResult>()(ChangeStatusInput),
  'inventory:itemStock': query<{ sku: string; bins: BinStock[]; total: StockPicture }>()(ItemStockInput),
  'inventory:ledger': query<Page<LedgerEntry>>()(LedgerInput),
  'inventory:list': query<Page<InventoryRow>>()(InventoryListInput),
  'inventory:verify': query<VerifyReport>()(VerifyInput),
  'bins:list': query<(Bin & { items: number })[]>()(BinListInput),
  'bins:create': command<Bin>()(BinCreateInput),
  'bins:update': command<Bin>()(BinUpdateInput),
  'settings:get': query<Settings>()(z.strictObject({})),
  'settings:update': command<Settings>()(SettingsInput),
};
