import { useChannel, useCommand } from '../../data/hooks';
import { useAppStore } from '../../store';

/**
 * The offer on an empty database: **Load demo data** fills it with a small shop (items in bins,
 * frozen stock, open orders, picks, backorders waiting, a receipt due) so that a newcomer sees every
 * screen at work. Shown only while there are no items, bins or orders.
 */
export function LoadDemoOffer() {
  const status = useChannel('demo:status', {});
  const load = useCommand('demo:load');
  const notify = useAppStore((s) => s.notify);
  if (!status.data?.empty) return null;
  return (
    <button
      type="button"
      className="button"
      disabled={load.isPending}
      onClick={() => load.mutate({}, { onSuccess: (result) => notify(result.summary), onError: (error) => notify(error.message, 'error') })}
    >
      {load.isPending ? 'Loading demo data…' : 'Load demo data'}
    </button>
  );
}
