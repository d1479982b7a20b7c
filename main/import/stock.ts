import { binCode, STOCK_STATUSES, type StockStatus } from '../../shared/domain/inventory';
import { post } from '../engine/parts/stock';
import { insertBin } from '../store/repos/bins';
import { binsByCode, FirstRows, itemCell, itemsByKey } from './catalogue';
import { choiceCell, qtyCell, schemaCell } from './cells';
import { count, eachWithProgress, type Importer } from './importer';

interface StockRow {
  itemId: number;
  bin: string;
  status: StockStatus;
  qty: number;
}

interface StockPlan {
  rows: StockRow[];
  /** Bins named in the file that Stockdesk does not have yet: created first. */
  newBins: string[];
  reason: string;
}

/**
 * stock.csv: `sku,location,status,qty`, one row per item, bin and status: opening stock, or a count
 * found more. Each row adds its quantity to the bin as a ledger adjustment (the ledger stays the
 * truth, the balance moves with it); a bin not yet known is created. Like an adjustment it releases
 * nothing: backorders it could fill show under Fulfillable Backorders.
 */
export const stockImporter: Importer<StockPlan> = {
  check(db, table, issues, fileName) {
    const items = itemsByKey(db);
    const bins = binsByCode(db);
    const firstRows = new FirstRows();
    const rows: StockRow[] = [];
    const newBins = new Set<string>();
    for (const row of table.rows) {
      const cell = { row, issues };
      const item = itemCell(cell, 'sku', items);
      const bin = schemaCell(cell, 'location', binCode);
      const status = choiceCell(cell, 'status', STOCK_STATUSES, 'available');
      const qty = qtyCell(cell, 'qty');
      if (item === undefined || bin === undefined || status === undefined || qty === undefined) continue;
      const first = firstRows.repeatOf(`${item.id} ${bin} ${status}`, row.row);
      if (first !== undefined) {
        issues.add(row.row, null, `${item.sku} in ${bin} (${status}) is already on row ${first}`);
        continue;
      }
      if (!bins.has(bin)) newBins.add(bin);
      rows.push({ itemId: item.id, bin, status, qty });
    }
    return { rows, newBins: [...newBins], reason: `stock import${fileName ? ` (${fileName})` : ''}` };
  },

  describe: (plan) =>
    `${count(plan.rows.length, 'stock row', 'stock rows')} to add${plan.newBins.length > 0 ? `, ${count(plan.newBins.length, 'new bin', 'new bins')} to create` : ''}`,

  apply(ctx, plan, progress) {
    const now = ctx.now();
    for (const code of plan.newBins) insertBin(ctx.db, code, null, now);
    const bins = binsByCode(ctx.db);
    eachWithProgress(plan.rows, progress, (row) =>
      post(ctx, { kind: 'adjustment', itemId: row.itemId, binId: bins.get(row.bin)!, status: row.status, qty: row.qty, reason: plan.reason, document: null }),
    );
    const units = plan.rows.reduce((n, r) => n + r.qty, 0);
    return `Imported ${count(plan.rows.length, 'stock row', 'stock rows')} (${count(units, 'unit', 'units')})${plan.newBins.length > 0 ? `; created ${count(plan.newBins.length, 'bin', 'bins')}` : ''}`;
  },
};
