import type { GiveBack } from '../../../shared/domain/inventory';
import { hrefOf } from '../../app/router';

/**
 * What a count or status change took back from picks because the stock was no longer there: each
 * pick, the quantity, and the backorder it went to (or that it stays unallocated).
 */
export function GivenBackList({ givenBack, onFollow }: { givenBack: GiveBack[]; onFollow(): void }) {
  if (givenBack.length === 0) return null;
  const doc = (number: string) => (
    <a className="mono" href={hrefOf(`docs/${number}`)} onClick={onFollow}>
      {number}
    </a>
  );
  return (
    <div className="banner banner--warning">
      <p>Picks gave back what is no longer there:</p>
      <ul className="stock-dialog__given">
        {givenBack.map((g) => (
          <li key={`${g.pick}-${g.sku}-${g.bin}`}>
            Pick {doc(g.pick)} gave back {g.qty} × {g.sku} from {g.bin}:{' '}
            {g.backorder ? <>it went to backorder {doc(g.backorder)}</> : <>it stays unallocated on order {g.order} ({g.sku} is not backorderable)</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
