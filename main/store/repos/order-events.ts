import type { OrderEvent, OrderEventKind } from '../../../shared/domain/orders';
import type { ReadDb, WriteDb } from '../handles';
import { preparedFor } from '../prepared';

interface NewOrderEvent {
  orderId: number;
  at: string;
  user: string;
  kind: OrderEventKind;
  document: string | null;
  text: string;
}

const reads = preparedFor((db: ReadDb) => ({
  // Newest first: ids grow with every event, so they order events of one transaction too. The
  // columns are the entity's fields as they are: nothing to map.
  ofOrder: db.prepare<[number], OrderEvent>('SELECT id, at, user, kind, document, text FROM order_event WHERE order_id = +? ORDER BY id DESC'),
}));

const writes = preparedFor((db: WriteDb) => ({
  // Bound by position: a run writes thousands, and binding by name costs more per row.
  insert: db.prepare<[number, string, string, OrderEventKind, string | null, string]>(
    'INSERT INTO order_event (order_id, at, user, kind, document, text) VALUES (?, ?, ?, ?, ?, ?)',
  ),
}));

/**
 * Appends one entry to an order's history. Called by the engine inside the operation's own
 * transaction, so the history holds exactly what was applied: a refusal rolls its events back too.
 */
export function recordOrderEvent(db: WriteDb, event: NewOrderEvent): void {
  writes(db).insert.run(event.orderId, event.at, event.user, event.kind, event.document, event.text);
}

/** An order's history, newest first. */
export const orderEvents = (db: ReadDb, orderId: number): OrderEvent[] => reads(db).ofOrder.all(orderId);
