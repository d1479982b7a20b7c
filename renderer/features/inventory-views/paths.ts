/**
 * An item's stock page. A sku may hold a `/` (the router splits addresses on it), so the sku is
 * encoded into one segment here and decoded by the page; an ordinary sku reads as itself.
 */
export const itemStockPath = (sku: string): string => `inventory/items/${encodeURIComponent(sku)}`;

export function skuOfParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param; // typed by hand with a stray `%`
  }
}
