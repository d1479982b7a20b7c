import type { Kit } from '../../../shared/domain/items';
import type { ReadDb } from '../handles';
import { preparedFor } from '../prepared';
import { requireItem } from './items';

interface ComponentRow {
  id: number;
  sku: string;
  description: string;
  active: number;
  qty: number;
}

const reads = preparedFor((db: ReadDb) => ({
  components: db.prepare<[number], ComponentRow>(
    `SELECT i.id, i.sku, i.description, i.active, k.qty FROM kit_component k JOIN item i ON i.id = k.component_item_id
     WHERE k.kit_item_id = +? ORDER BY k.position`,
  ),
}));

/** A kit's components in their order, one unit of the kit each; none for an ordinary item. */
export const kitComponents = (db: ReadDb, itemId: number): ComponentRow[] => reads(db).components.all(itemId);

/** The kit for a sku, with its components (none: an ordinary item). */
export function kitOf(db: ReadDb, sku: string): Kit {
  const kit = requireItem(db, sku, 'kit');
  return { kit: kit.sku, components: kitComponents(db, kit.id).map(({ sku: s, description, qty }) => ({ sku: s, description, qty })) };
}
