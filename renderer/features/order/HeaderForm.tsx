import { useEffect, useState, type FormEvent } from 'react';
import { POLICIES, PRIORITIES, type OrderDetail, type Priority, type ShippingPolicy } from '../../../shared/domain/orders';
import { navigate } from '../../app/router';
import { SelectField, TextField } from '../../components/Field';
import { useData } from '../../data/hooks';
import { fieldsNamed, refusalToForm, type FormRefusal } from '../../forms/refusals';
import { useAppStore } from '../../store';

interface Draft {
  customer: string;
  orderDate: string;
  priority: Priority;
  policy: ShippingPolicy;
}

const FIELDS = ['customer', 'orderDate', 'priority', 'policy'] as const;
const today = () => new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the desk's own time zone
const draftOf = (order?: OrderDetail): Draft =>
  order ? { customer: order.customer, orderDate: order.orderDate, priority: order.priority, policy: order.policy } : { customer: '', orderDate: today(), priority: 'normal', policy: 'partial' };

/**
 * The order's header fields: **Customer**, **Order date**, **Priority**, **Policy**. For a new order,
 * Save creates it (Draft) and opens its Items tab; afterwards the header can change while the order
 * is Draft or Open (the engine's rule), and Save changes sends only what changed.
 */
export function HeaderForm({ order }: { order?: OrderDetail }) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const [draft, setDraft] = useState<Draft>(() => draftOf(order));
  const [refusal, setRefusal] = useState<FormRefusal>({ fields: {} });
  const [saving, setSaving] = useState(false);
  const editable = !order || order.status === 'Draft' || order.status === 'Open';
  const saved = draftOf(order);
  const dirty = !order || FIELDS.some((f) => draft[f] !== saved[f]);

  // Another window (or a run) changed the order: show the stored header unless the clerk is editing it.
  const savedKey = FIELDS.map((f) => saved[f]).join('|');
  useEffect(() => {
    if (order) setDraft(draftOf(order));
  }, [savedKey]);

  function edit(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    const fields = { ...refusal.fields };
    for (const key of Object.keys(patch)) delete fields[key];
    setRefusal({ fields });
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (saving || !dirty) return;
    setSaving(true);
    try {
      if (!order) {
        const created = await api.call('orders:create', draft);
        notify(`Order ${created.number} created`);
        navigate(`orders/${created.number}/items`);
        return;
      }
      const changed = Object.fromEntries(FIELDS.filter((f) => draft[f] !== saved[f]).map((f) => [f, draft[f]]));
      await api.call('orders:update', { order: order.number, ...changed });
      notify(`Order ${order.number} saved`);
      setRefusal({ fields: {} });
    } catch (error) {
      setRefusal(refusalToForm(error, fieldsNamed(FIELDS)));
    } finally {
      setSaving(false);
    }
  }

  if (order && !editable) return null;
  return (
    <form className="header-form" onSubmit={(e) => void save(e)} noValidate aria-label="Order header">
      {refusal.form ? (
        <p className="form-error header-form__error" role="alert">
          {refusal.form}
        </p>
      ) : null}
      <TextField
        label="Customer"
        value={draft.customer}
        autoFocus={!order}
        autoComplete="off"
        error={refusal.fields.customer}
        onChange={(e) => edit({ customer: e.target.value })}
      />
      <TextField label="Order date" type="date" value={draft.orderDate} error={refusal.fields.orderDate} onChange={(e) => edit({ orderDate: e.target.value })} />
      <SelectField label="Priority" options={PRIORITIES} value={draft.priority} error={refusal.fields.priority} onChange={(e) => edit({ priority: e.target.value as Priority })} />
      <SelectField
        label="Policy"
        options={POLICIES.map((p) => ({ value: p, label: p === 'partial' ? 'Ship partial' : 'Ship complete' }))}
        value={draft.policy}
        error={refusal.fields.policy}
        onChange={(e) => edit({ policy: e.target.value as ShippingPolicy })}
      />
      <div className="header-form__actions">
        <button type="submit" className={`button${order ? '' : ' button--primary'}`} disabled={saving || !dirty}>
          {saving ? 'Saving…' : order ? 'Save changes' : 'Save'}
        </button>
      </div>
    </form>
  );
}
