import { useQueries } from '@tanstack/react-query';
import type { ReceiptAnswer, ReleasedBackorder } from '../../../shared/domain/inventory';
import { hrefOf } from '../../app/router';
import { Badge } from '../../components/Badge';
import { channelKey, useData } from '../../data/hooks';
import { counted } from '../../format';

/** `3 × TR-GR, 1 × BOLT-8` */
const qtyList = (lines: { sku: string; qty: number }[]) => lines.map((l) => `${l.qty} × ${l.sku}`).join(', ');

/** The customer of each backorder, for "to whom": one cached document read each (a receipt releases few). */
function useCustomers(numbers: string[]): Map<string, string> {
  const { api } = useData();
  const answers = useQueries({
    queries: numbers.map((document) => ({ queryKey: channelKey('documents:get', { document }), queryFn: () => api.call('documents:get', { document }) })),
  });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.number, a.data.customer] as const] : [])));
}

/**
 * Which backorders a receipt releases, to whom, and what becomes of each: a pick in place, or a pick
 * split off with the rest left on the backorder. `posted`: the picks exist, so they are links.
 */
export function ReleasedList({ released, posted, onFollow }: { released: ReleasedBackorder[]; posted: boolean; onFollow(): void }) {
  const customers = useCustomers(released.map((o) => o.backorder));
  const link = (path: string, text: string) => (
    <a className="mono" href={hrefOf(path)} onClick={onFollow}>
      {text}
    </a>
  );
  const pick = (number: string) => (posted ? link(`docs/${number}`, number) : <span className="mono">{number}</span>);
  return (
    <table className="stock-dialog__table" aria-label={posted ? 'Released' : 'Will release'}>
      <thead>
        <tr>
          <th scope="col">Backorder</th>
          <th scope="col">Order</th>
          <th scope="col">Customer</th>
          <th scope="col">{posted ? 'Became' : 'Becomes'}</th>
        </tr>
      </thead>
      <tbody>
        {released.map((o) => (
          <tr key={o.backorder}>
            <td>{link(`docs/${o.backorder}`, o.backorder)}</td>
            <td>{link(`orders/${o.order}`, o.order)}</td>
            <td>{customers.get(o.backorder) ?? <span className="muted">…</span>}</td>
            <td className="stock-dialog__what">
              {o.outcome === 'released' ? (
                <>
                  <Badge tone="full">
                    <span aria-hidden="true">➜</span> released
                  </Badge>{' '}
                  pick {pick(o.pick)}, all of it
                </>
              ) : (
                <>
                  <Badge tone="partial">
                    <span aria-hidden="true">⚠</span> split
                  </Badge>{' '}
                  pick {pick(o.pick)}; {qtyList(o.remaining)} {posted ? 'stayed' : 'stay'} on the backorder
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Under a cut list of released backorders: how many more, and the totals of the whole receipt. The
 * picks they became are in the Picks list once the receipt is posted.
 */
export function ReleasedMore({ answer, posted, onFollow }: { answer: ReceiptAnswer; posted: boolean; onFollow(): void }) {
  const { inFull, inPart, units, picks } = answer.releaseTotals;
  return (
    <p className="stock-dialog__more" role="note">
      and {answer.releasedMore.toLocaleString()} more {posted ? 'released' : 'will be released'}
      {posted ? (
        <>
          : see{' '}
          <a href={hrefOf('inventory/picks')} onClick={onFollow}>
            Picks
          </a>
        </>
      ) : null}
      . In all {counted(inFull + inPart, 'backorder')} ({inFull.toLocaleString()} in full, {inPart.toLocaleString()} in part),{' '}
      {counted(units, 'unit')} onto {counted(picks, 'pick')}.
    </p>
  );
}
