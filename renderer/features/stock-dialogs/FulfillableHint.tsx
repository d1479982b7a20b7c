import { hrefOf } from '../../app/router';
import { useChannel } from '../../data/hooks';

/**
 * After stock became free without a release (Adjust, Change Status, a receipt with auto-release
 * off): says when backorders holding the item can now be filled, since they wait for a clerk to
 * release them, and links to the Fulfillable Backorders view. Asked once the command is done.
 */
export function FulfillableHint({ sku, onFollow }: { sku: string; onFollow(): void }) {
  const fulfillable = useChannel('backorders:list', { filter: 'fulfillable', query: sku, limit: 1 });
  const total = fulfillable.data?.total ?? 0;
  if (!fulfillable.isFetchedAfterMount || total === 0) return null;
  return (
    <p className="banner banner--warning" role="status">
      {total === 1 ? `1 backorder holding ${sku} can` : `${total} backorders holding ${sku} can`} now be filled from free stock. Nothing releases them by
      itself: release them by hand under{' '}
      <a href={hrefOf('inventory/fulfillable')} onClick={onFollow}>
        Fulfillable Backorders
      </a>
      .
    </p>
  );
}
