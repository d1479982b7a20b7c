import type { Migration } from '../migrate';

// The trigger that keeps an item's waiting demand when a line's units change (migration 10) first asks
// `demand_by_trigger()` (store/demand.ts): a run that places thousands of lines turns it off around
// its own updates and writes the change once per item. The rest of the trigger is migration 10's.

const wanted = (row: string) => `(${row}.qty - ${row}.completed - ${row}.allocated - ${row}.cancelled)`;

export const demandGate: Migration = {
  version: 13,
  name: 'demand-gate',
  up: `
    DROP TRIGGER item_demand_on_line_change;
    CREATE TRIGGER item_demand_on_line_change AFTER UPDATE OF qty, completed, allocated, cancelled ON order_line
    WHEN demand_by_trigger() AND NEW.line_status = 'Warehouse Pick' AND OLD.line_status = 'Warehouse Pick' AND NEW.item_id = OLD.item_id
     AND ${wanted('NEW')} <> ${wanted('OLD')} BEGIN
      UPDATE item_demand SET waiting = waiting + ${wanted('NEW')} - ${wanted('OLD')}
      WHERE item_id = NEW.item_id AND (SELECT status FROM "order" WHERE id = NEW.order_id) IN ('Draft', 'Open');
    END;
  `,
};
