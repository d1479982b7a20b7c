import type { BinStock, StockStatus } from '../../../shared/domain/inventory';
import { useChannel } from '../../data/hooks';
import { SETTLE_MS, useSettled } from './form';

/** The row of `bin` in an item's stock by bin, matched as the engine matches codes (upper case). */
export const binRow = (bins: BinStock[], bin: string): BinStock | undefined => bins.find((b) => b.bin === bin.trim().toUpperCase());

/**
 * What the bin holds of the item now, once sku and bin are typed: the figures an Adjust or a Change
 * Status starts from. `render` words it for the dialog; nothing shows while the sku is not found.
 */
export function StockNow({ sku, bin, render }: { sku: string; bin: string; render(row: BinStock | undefined, code: string, sku: string): string }) {
  const asked = useSettled(sku.trim(), SETTLE_MS);
  const stock = useChannel('inventory:itemStock', { sku: asked }, { enabled: asked !== '' });
  if (asked === '' || bin.trim() === '' || !stock.data || stock.isPlaceholderData) return null;
  return (
    <p className="stock-dialog__now" role="status">
      {render(binRow(stock.data.bins, bin), bin.trim().toUpperCase(), stock.data.sku)}
    </p>
  );
}

/** `6 available` */
export const holding = (row: BinStock | undefined, status: StockStatus): number => (row ? row[status] : 0);
