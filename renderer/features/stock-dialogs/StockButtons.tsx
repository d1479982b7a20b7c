import { useCommands } from '../../app/commands';
import { useAppStore } from '../../store';
import type { StockDialogKind, StockDialogPrefill } from './slice';
import { StockDialogHost } from './StockDialogHost';

const ACTIONS: { kind: StockDialogKind; name: string }[] = [
  { kind: 'receive', name: 'Receive' },
  { kind: 'adjust', name: 'Adjust' },
  { kind: 'status', name: 'Change Status' },
];

/**
 * Receive, Adjust and Change Status as toolbar buttons and as commands of the screen (so the `.`
 * palette finds them), filled in with `prefill` (the item of the page, or the row the clerk is on).
 * Also hosts the dialog they open.
 */
export function StockButtons({ prefill = {} }: { prefill?: StockDialogPrefill }) {
  const open = useAppStore((s) => s.openStockDialog);
  useCommands(ACTIONS.map(({ kind, name }) => ({ id: `stock.${kind}`, name, group: 'Inventory', run: () => open(kind, prefill) })));
  return (
    <>
      {ACTIONS.map(({ kind, name }) => (
        <button key={kind} type="button" className={`button${kind === 'receive' ? ' button--primary' : ''}`} onClick={() => open(kind, prefill)}>
          {name}
        </button>
      ))}
      <StockDialogHost />
    </>
  );
}
