import { useCommands } from '../../app/commands';
import { useAppStore } from '../../store';
import './OrderReleaseBar.css';

/**
 * An order's Release Back Order link (its Details tab): starts the release for the order's
 * backorders, and names them. Nothing when the order has none.
 */
export function OrderReleaseBar({ backorders }: { backorders: string[] }) {
  const openRelease = useAppStore((s) => s.openRelease);
  useCommands([{ id: 'order.release', name: 'Release Back Order', group: 'Order', when: () => backorders.length > 0, run: () => openRelease(backorders) }]);
  if (backorders.length === 0) return null;
  return (
    <div className="order-release">
      <button type="button" className="button" onClick={() => openRelease(backorders)}>
        Release Back Order
      </button>
      <span className="muted">
        {backorders.length === 1 ? 'Backorder' : 'Backorders'} <span className="mono">{backorders.join(', ')}</span>
      </span>
    </div>
  );
}
