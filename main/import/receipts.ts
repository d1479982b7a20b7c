import { binCode, ReceiveInput } from '../../shared/domain/inventory';
import { binsByCode, FirstRows, itemCell, itemsByKey } from './catalogue';
import { qtyCell, schemaCell } from './cells';
import { count, type Importer } from './importer';

interface Receipt {
  reference: string;
  lines: { sku: string; bin?: string; qty: number }[];
}

/** The most lines `inventory:receive` takes in one call: a longer receipt is posted in parts. */
const LINES_PER_CALL = 10_000;

/**
 * receipts.csv: `sku,qty` (and optionally `location`, `reference`): stock arriving, posted through
 * the same receipt as the Receive dialog, so auto-release (when on in Settings) releases the
 * backorders waiting for it, in precedence. Rows with one reference are one receipt; without a
 * reference the file's name is the reference.
 */
export const receiptsImporter: Importer<Receipt[]> = {
  check(db, table, issues, fileName) {
    const items = itemsByKey(db);
    const bins = binsByCode(db);
    const fallback = fileName.slice(0, 64) || 'import';
    const receipts = new Map<string, Receipt>();
    const firstRows = new FirstRows();
    for (const row of table.rows) {
      const cell = { row, issues };
      const item = itemCell(cell, 'sku', items);
      const qty = qtyCell(cell, 'qty');
      const bin = row.get('location') === '' ? undefined : schemaCell(cell, 'location', binCode);
      if (bin !== undefined && !bins.has(bin)) issues.add(row.row, 'location', `bin ${bin} does not exist: create it first, or leave location empty`);
      const reference = (row.get('reference') === '' ? fallback : schemaCell(cell, 'reference', ReceiveInput.shape.reference)) ?? '';
      if (item === undefined || qty === undefined) continue;
      const first = firstRows.repeatOf(`${reference} ${item.id} ${bin ?? ''}`, row.row);
      if (first !== undefined) {
        issues.add(row.row, null, `${item.sku}${bin ? ` into ${bin}` : ''} on receipt ${reference} is already on row ${first}`);
        continue;
      }
      const receipt = receipts.get(reference) ?? { reference, lines: [] };
      receipt.lines.push({ sku: item.sku, ...(bin ? { bin } : {}), qty });
      receipts.set(reference, receipt);
    }
    return [...receipts.values()];
  },

  describe: (plan) => `${count(linesOf(plan), 'line', 'lines')} to receive in ${count(plan.length, 'receipt', 'receipts')}`,

  apply(ctx, plan, progress) {
    const { call } = ctx;
    const total = linesOf(plan);
    let done = 0;
    let released = 0;
    let split = 0;
    let autoRelease = true;
    for (const receipt of plan) {
      for (let start = 0; start < receipt.lines.length; start += LINES_PER_CALL) {
        const lines = receipt.lines.slice(start, start + LINES_PER_CALL);
        const result = call('inventory:receive', { reference: receipt.reference, lines });
        released += result.releaseTotals.inFull;
        split += result.releaseTotals.inPart;
        autoRelease = result.autoRelease;
        done += lines.length;
        progress(done, total);
      }
    }
    const units = plan.reduce((n, r) => n + r.lines.reduce((m, l) => m + l.qty, 0), 0);
    const what = `Received ${count(units, 'unit', 'units')} on ${count(total, 'line', 'lines')} in ${count(plan.length, 'receipt', 'receipts')}`;
    if (!autoRelease) return `${what}; auto-release is off, so nothing was released`;
    return `${what}; released ${count(released, 'backorder', 'backorders')} as picks${split > 0 ? ` and split ${count(split, 'backorder', 'backorders')}` : ''}`;
  },
};

const linesOf = (plan: Receipt[]): number => plan.reduce((n, r) => n + r.lines.length, 0);
