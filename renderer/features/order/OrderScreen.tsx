import { useCommands } from '../../app/commands';
import { navigate } from '../../app/router';
import { OrderStatusBadge } from '../../components/Badge';
import { ErrorBanner, Loading } from '../../components/States';
import { Tabs } from '../../components/Tabs';
import { useChannel } from '../../data/hooks';
import { useAppStore } from '../../store';
import { PrintOrderButton } from '../print/PrintButtons';
import { AttachmentsTab } from './AttachmentsTab';
import { BomGrid } from './BomGrid';
import { DetailsTab } from './DetailsTab';
import { HeaderForm } from './HeaderForm';
import './OrderScreen.css';

export const TAB_LABELS = { items: 'Items', attachments: 'Attachments', details: 'Details' } as const;
type Tab = keyof typeof TAB_LABELS;

/** `#orders/1040/attachments`: one order with its three tabs; `#orders/new`: a new order. */
export function OrderScreen({ params }: { params: Record<string, string> }) {
  if (params.order === 'new') return <NewOrder />;
  const tab: Tab = params.tab && params.tab in TAB_LABELS ? (params.tab as Tab) : 'items';
  return <OrderPage number={params.order!} tab={tab} />;
}

function NewOrder() {
  return (
    <div className="screen">
      <section className="screen__main order">
        <header className="screen__head">
          <div className="screen__title">
            <h1>New order</h1>
            <p className="screen__sub">Draft · the header first; Save opens its bill of material</p>
          </div>
        </header>
        <HeaderForm />
      </section>
    </div>
  );
}

function OrderPage({ number, tab }: { number: string; tab: Tab }) {
  const order = useChannel('orders:get', { order: number });
  const runFulfillment = useAppStore((s) => s.runFulfillment);
  const running = useAppStore((s) => s.running);
  const detail = order.data?.number === number ? order.data : undefined;
  const canRun = detail !== undefined && (detail.status === 'Draft' || detail.status === 'Open') && detail.billOfMaterial.length > 0;
  const run = () => void runFulfillment([number]);

  useCommands([{ id: 'order.run', name: 'Run Fulfillment', group: 'Order', when: () => canRun && !running, run }]);

  if (!detail) {
    return (
      <div className="screen">
        <section className="screen__main">
          {order.error ? <ErrorBanner error={order.error} /> : <Loading label={`Loading order ${number}`} />}
        </section>
      </div>
    );
  }

  const summary = [detail.customer, detail.orderDate, detail.priority, detail.policy === 'complete' ? 'ship complete' : 'ship partial'];
  return (
    <div className="screen">
      <section className="screen__main order">
        <header className="screen__head">
          <div className="screen__title">
            <h1>Order {detail.number}</h1>
            <p className="screen__sub">{summary.join('  ·  ')}</p>
            <OrderStatusBadge status={detail.status} />
          </div>
          <div className="toolbar">
            <button type="button" className="button button--primary" disabled={!canRun || running} onClick={run}>
              {running ? 'Running…' : 'Run Fulfillment'}
            </button>
            <PrintOrderButton order={detail} />
          </div>
        </header>
        <HeaderForm order={detail} />
        <Tabs
          label={`Order ${detail.number}`}
          value={tab}
          onValueChange={(next) => navigate(`orders/${number}/${next}`)}
          tabs={[
            { id: 'items', label: 'Items', count: detail.billOfMaterial.length, content: <BomGrid order={detail} /> },
            { id: 'attachments', label: 'Attachments', count: detail.attachments.length, content: <AttachmentsTab order={detail} /> },
            { id: 'details', label: 'Details', content: <DetailsTab order={detail.number} /> },
          ]}
        />
      </section>
    </div>
  );
}
