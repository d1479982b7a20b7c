import { description as descriptionSchema, sku as skuSchema, skuKey, unit as unitSchema } from '../../shared/domain/items';
import { insertItemRow } from '../store/repos/items';
import { FirstRows, itemsByKey } from './catalogue';
import { schemaCell, yesNoCell } from './cells';
import { count, eachWithProgress, type Importer } from './importer';

interface NewItem {
  sku: string;
  key: string;
  description: string;
  unit: string;
  allowBackorder: boolean;
  active: boolean;
}

/**
 * items.csv: `sku,description,allow_backorder` (and optionally `unit`, `active`). Every sku is new:
 * one already in Stockdesk, or twice in the file (ignoring case, as skus compare), is refused.
 */
export const itemsImporter: Importer<NewItem[]> = {
  check(db, table, issues) {
    const known = itemsByKey(db);
    const firstRows = new FirstRows();
    const plan: NewItem[] = [];
    for (const row of table.rows) {
      const cell = { row, issues };
      const sku = schemaCell(cell, 'sku', skuSchema);
      if (sku !== undefined) {
        const key = skuKey(sku);
        const first = firstRows.repeatOf(key, row.row);
        const existing = known.get(key);
        if (first !== undefined) issues.add(row.row, 'sku', `${sku} is already on row ${first}`);
        else if (existing) issues.add(row.row, 'sku', `${sku} already exists in Stockdesk${existing.sku === sku ? '' : ` as ${existing.sku}`}`);
      }
      const description = schemaCell(cell, 'description', descriptionSchema);
      const unit = row.get('unit') === '' ? 'ea' : schemaCell(cell, 'unit', unitSchema);
      const allowBackorder = yesNoCell(cell, 'allow_backorder', true);
      const active = yesNoCell(cell, 'active', true);
      if (sku !== undefined && description !== undefined && unit !== undefined && allowBackorder !== undefined && active !== undefined) {
        plan.push({ sku, key: skuKey(sku), description, unit, allowBackorder, active });
      }
    }
    return plan;
  },

  describe: (plan) => `${count(plan.length, 'item', 'items')} to create`,

  apply(ctx, plan, progress) {
    const now = ctx.now();
    eachWithProgress(plan, progress, (item) =>
      insertItemRow(ctx.db, {
        sku: item.sku,
        sku_key: item.key,
        description: item.description,
        unit: item.unit,
        allow_backorder: item.allowBackorder ? 1 : 0,
        active: item.active ? 1 : 0,
        now,
      }),
    );
    return `Imported ${count(plan.length, 'item', 'items')}`;
  },
};
