import { CancelManyDialog } from '../../components/CancelManyDialog';
import { useData } from '../../data/hooks';

/** Cancel the selected orders: allocations are released, what was already picked stays picked. */
export function CancelOrdersDialog({ orders, onClose, onDone }: { orders: string[]; onClose(): void; onDone(): void }) {
  const { api } = useData();
  return (
    <CancelManyDialog
      numbers={orders}
      noun={['order', 'orders']}
      description="Allocations are released and every open quantity becomes cancelled. What was already picked stays picked."
      cancelOne={(order) => api.call('orders:cancel', { order })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
