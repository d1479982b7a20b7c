import type { ReactNode } from 'react';
import type { DocStatus, OrderStatus } from '../../shared/domain/orders';

/** Status colours mean one thing everywhere (docs/screens.md): full, partial, none, held, neutral. */
export type Tone = 'full' | 'partial' | 'none' | 'held' | 'neutral' | 'accent';

export const Badge = ({ tone, children, title }: { tone: Tone; children: ReactNode; title?: string }) => (
  <span className={`badge badge--${tone}`} title={title}>
    {children}
  </span>
);

const ORDER_TONES: Record<OrderStatus, Tone> = { Draft: 'neutral', Open: 'accent', Completed: 'full', Cancelled: 'neutral' };
const DOC_TONES: Record<DocStatus, Tone> = { 'Back Order': 'partial', Open: 'accent', Printed: 'accent', Completed: 'full', Cancelled: 'neutral' };

export const OrderStatusBadge = ({ status }: { status: OrderStatus }) => <Badge tone={ORDER_TONES[status]}>{status}</Badge>;
export const DocStatusBadge = ({ status }: { status: DocStatus }) => <Badge tone={DOC_TONES[status]}>{status}</Badge>;
