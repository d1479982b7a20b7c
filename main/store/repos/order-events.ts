import type { OrderEvent, OrderEventKind } from '../../../shared/domain/orders';
import type { Db } from '../open';
import { preparedFor } from '../prepared';

export interface NewOrderEvent {
  orderId: number;
  at: string;
  user: string;
  kind: OrderEventKind;
  document: string | null;
  text: string;
}

const statements = preparedFor((db) => ({
  insert: db.prepare<NewOrderEvent>(
    'INSERT INTO order_event (order_id, at, user, kind, document, text) VALUES (@orderId, @at, @user, @kind, @document, @text)',
  ),
  // Newest first: ids grow with every event, so they order events of one transaction too. The
  // columns are the entity's fields as they are: nothing to map.
  ofOrder: db.prepare<[number], OrderEvent>('SELECT id, at, user, kind, document, text FROM order_event WHERE order_id = ? ORDER BY id DESC'),
}));

/**
 * Appends one entry to an order's history. Called by the engine inside the operation's own
 * transaction, so the history holds exactly what was applied: a refusal rolls its events back too.
 */
export function recordOrderEvent(db: Db, event: NewOrderEvent): void {
  statements(db).insert.run(event);
}

/** An order's history, newest first. */
export const orderEvents = (db: Db, orderId: number): OrderEvent[] => statements(db).ofOrder.all(orderId);
