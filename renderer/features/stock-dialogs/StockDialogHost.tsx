import { useAppStore } from '../../store';
import { AdjustDialog } from './AdjustDialog';
import { ChangeStatusDialog } from './ChangeStatusDialog';
import { ReceiveDialog } from './ReceiveDialog';

const DIALOGS = { receive: ReceiveDialog, adjust: AdjustDialog, status: ChangeStatusDialog };

/** The open stock dialog, if any; each opening starts fresh from its prefill. Rendered by the inventory screens. */
export function StockDialogHost() {
  const dialog = useAppStore((s) => s.stockDialog);
  const close = useAppStore((s) => s.closeStockDialog);
  if (!dialog) return null;
  const Chosen = DIALOGS[dialog.kind];
  return <Chosen key={dialog.session} prefill={dialog.prefill} onClose={close} />;
}
