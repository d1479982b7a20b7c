import { hrefOf } from '../../app/router';
import { EmptyState, ErrorBanner, Loading } from '../../components/States';
import { useChannel } from '../../data/hooks';
import { formatTime } from '../../format';
import { OrderReleaseBar } from '../release/OrderReleaseBar';

/** The Details tab: the Release Back Order link when the order has backorders, then its history. */
export function DetailsTab({ order }: { order: string }) {
  // The order page reads the same answer: no second fetch.
  const detail = useChannel('orders:get', { order });
  const backorders = detail.data?.number === order ? detail.data.attachments.filter((a) => a.status === 'Back Order').map((a) => a.number) : [];
  return (
    <>
      <OrderReleaseBar backorders={backorders} />
      <History order={order} />
    </>
  );
}

/** The order's history, newest first: what happened, to which document, when and by whom. */
function History({ order }: { order: string }) {
  const history = useChannel('orders:history', { order });
  if (history.error) return <ErrorBanner error={history.error} />;
  if (!history.data) return <Loading label="Loading the history" />;
  if (history.data.events.length === 0) return <EmptyState title="No history yet" />;
  return (
    <div className="history panel-box">
      <h2 className="visually-hidden">History</h2>
      <ol className="history__list" aria-label="History">
        {history.data.events.map((event) => (
          <li key={event.id} className={`history__event history__event--${event.kind}`}>
            <time dateTime={event.at} className="history__time">
              {formatTime(event.at)}
            </time>
            <span className="history__text">
              {event.document ? (
                <>
                  <a href={hrefOf(`docs/${event.document}`)} className="mono">
                    {event.document}
                  </a>{' '}
                </>
              ) : null}
              {event.text}
            </span>
            <span className="history__user muted">{event.user}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
