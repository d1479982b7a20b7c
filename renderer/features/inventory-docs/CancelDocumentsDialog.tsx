import { CancelManyDialog } from '../../components/CancelManyDialog';
import { useData } from '../../data/hooks';

export type DocKind = 'pick' | 'backorder';

/** Cancel the selected picks or backorders: the open quantity becomes cancelled on the order lines. */
export function CancelDocumentsDialog({ kind, documents, onClose, onDone }: { kind: DocKind; documents: string[]; onClose(): void; onDone(): void }) {
  const { api } = useData();
  return (
    <CancelManyDialog
      numbers={documents}
      noun={kind === 'pick' ? ['pick', 'picks'] : ['backorder', 'backorders']}
      description={
        kind === 'pick'
          ? 'Its allocations are released and what it held becomes cancelled on the order lines. A completed pick cannot be cancelled.'
          : 'What it still waits for becomes cancelled on the order lines; nothing was reserved for it.'
      }
      cancelOne={(number) => (kind === 'pick' ? api.call('picks:cancel', { pick: number }) : api.call('backorders:cancel', { backorder: number }))}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
