import { isoDate, LINE_STATUSES, OrderCreateInput, orderNumber, POLICIES, PRIORITIES, type LineStatus } from '../../shared/domain/orders';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { recordOrderEvent } from '../store/repos/order-events';
import { insertOrder, insertOrderLine } from '../store/repos/orders';
import { FirstRows, itemCell, itemsByKey, type KnownItem } from './catalogue';
import { choiceCell, qtyCell, schemaCell, type Cell } from './cells';
import type { CsvRow, Issues } from './csv';
import { count, eachWithProgress, type Importer } from './importer';

const ORDER_STATUSES_IMPORTED = ['Open', 'Draft'] as const;
/** The columns every row of one order must agree on. */
const HEAD_COLUMNS = ['order_date', 'customer', 'priority', 'policy', 'status'] as const;

interface NewLine {
  /** The file's line_no, or the row: what orders the lines. */
  sortKey: number;
  row: number;
  item: KnownItem;
  qty: number;
  status: LineStatus;
}

interface NewOrder {
  number: string;
  firstRow: number;
  head: Record<(typeof HEAD_COLUMNS)[number], string>;
  lines: NewLine[];
}

interface Component {
  id: number;
  sku: string;
  active: boolean;
  qty: number;
}

const reads = preparedFor((db: ReadDb) => ({
  exists: db.prepare<[string], { id: number }>('SELECT id FROM "order" WHERE number = ?'),
  // Every kit's components at once (order entry reads one kit at a time).
  kitComponents: db.prepare<[], { kit: number; id: number; sku: string; active: number; qty: number }>(
    `SELECT k.kit_item_id AS kit, c.id, c.sku, c.active, k.qty FROM kit_component k JOIN item c ON c.id = k.component_item_id
     ORDER BY k.kit_item_id, k.position`,
  ),
}));

function kitsOf(db: ReadDb): Map<number, Component[]> {
  const kits = new Map<number, Component[]>();
  for (const { kit, active, ...component } of reads(db).kitComponents.all()) {
    kits.set(kit, [...(kits.get(kit) ?? []), { ...component, active: active === 1 }]);
  }
  return kits;
}

/** The order-level cells of a row, checked; undefined when one is wrong. */
function headOf(cell: Cell): NewOrder['head'] | undefined {
  const date = schemaCell(cell, 'order_date', isoDate);
  const customer = schemaCell(cell, 'customer', OrderCreateInput.shape.customer);
  const priority = choiceCell(cell, 'priority', PRIORITIES, 'normal');
  const policy = choiceCell(cell, 'policy', POLICIES, 'partial');
  const status = choiceCell(cell, 'status', ORDER_STATUSES_IMPORTED, 'Open');
  if (date === undefined || customer === undefined || priority === undefined || policy === undefined || status === undefined) return undefined;
  return { order_date: date, customer, priority, policy, status };
}

/** A line's item: active, and for a kit, every component active. */
function orderable(cell: Cell, item: KnownItem | undefined, kits: Map<number, Component[]>): KnownItem | undefined {
  if (item === undefined) return undefined;
  const inactive = !item.active ? item.sku : kits.get(item.id)?.find((c) => !c.active)?.sku;
  if (inactive === undefined) return item;
  cell.issues.add(cell.row.row, 'sku', inactive === item.sku ? `${item.sku} is inactive` : `${inactive}, a component of kit ${item.sku}, is inactive`);
  return undefined;
}

function lineNoOf(cell: Cell): number | undefined {
  return cell.row.get('line_no') === '' ? cell.row.row : qtyCell(cell, 'line_no');
}

/** Every row of an order says the same about the order; a row that differs is refused where it differs. */
function sameHead(row: CsvRow, issues: Issues, order: NewOrder, head: NewOrder['head']): boolean {
  const differing = HEAD_COLUMNS.filter((column) => head[column] !== order.head[column]);
  for (const column of differing) {
    issues.add(row.row, column, `says ${head[column]}, but row ${order.firstRow} of order ${order.number} says ${order.head[column]}: every row of an order must agree`);
  }
  return differing.length === 0;
}

/**
 * orders.csv: `order_no,order_date,customer,line_no,sku,qty` (and optionally `priority`, `policy`,
 * `line_status`, `status`): a row per bill-of-material line. The orders are entered Open (ready for
 * Run Fulfillment) unless a row says Draft; nothing is allocated by the import itself.
 */
export const ordersImporter: Importer<NewOrder[]> = {
  check(db, table, issues) {
    const items = itemsByKey(db);
    const kits = kitsOf(db);
    const { exists } = reads(db);
    const orders = new Map<string, NewOrder>();
    const firstRows = new FirstRows();
    for (const row of table.rows) {
      const cell = { row, issues };
      const number = schemaCell(cell, 'order_no', orderNumber);
      const head = headOf(cell);
      const lineNo = lineNoOf(cell);
      const item = orderable(cell, itemCell(cell, 'sku', items), kits);
      const qty = qtyCell(cell, 'qty');
      const status = choiceCell(cell, 'line_status', LINE_STATUSES, 'Warehouse Pick');
      if (number === undefined) continue;
      let order = orders.get(number);
      if (!order) {
        if (exists.get(number)) issues.add(row.row, 'order_no', `order ${number} already exists in Stockdesk`);
        if (head === undefined) continue;
        order = { number, firstRow: row.row, head, lines: [] };
        orders.set(number, order);
      } else if (head !== undefined && !sameHead(row, issues, order, head)) continue;
      if (lineNo !== undefined && row.has('line_no')) {
        const first = firstRows.repeatOf(`${number} ${lineNo}`, row.row);
        if (first !== undefined) issues.add(row.row, 'line_no', `line ${lineNo} of order ${number} is already on row ${first}`);
      }
      if (lineNo === undefined || item === undefined || qty === undefined || status === undefined) continue;
      order.lines.push({ sortKey: lineNo, row: row.row, item, qty, status });
    }
    return [...orders.values()];
  },

  describe: (plan) => `${count(plan.length, 'order', 'orders')} with ${count(linesOf(plan), 'line', 'lines')} to enter`,

  apply(ctx, plan, progress) {
    const kits = kitsOf(ctx.db);
    const now = ctx.now();
    let lines = 0;
    eachWithProgress(plan, progress, (order) => {
      // The rows order entry writes (engine/operations/orders.ts), without its checks: check() made them.
      const { order_date: date, customer, priority, policy, status } = order.head;
      const orderId = insertOrder(ctx.db, { number: order.number, customer, date, priority, policy, status }, now);
      let lineNo = 0;
      // A kit is entered as its components, one line each (kit qty x component qty), as order entry does.
      for (const line of [...order.lines].sort((a, b) => a.sortKey - b.sortKey || a.row - b.row)) {
        const components = kits.get(line.item.id);
        const parts = components ? components.map((c) => ({ item: c.id, qty: line.qty * c.qty, kit: line.item.id })) : [{ item: line.item.id, qty: line.qty, kit: null }];
        for (const part of parts) insertOrderLine(ctx.db, { order: orderId, lineNo: ++lineNo, status: line.status, ...part });
      }
      lines += lineNo;
      recordOrderEvent(ctx.db, {
        orderId,
        at: now,
        user: ctx.user,
        kind: 'created',
        document: null,
        text: `Order created as ${order.head.status} for ${order.head.customer}, ${count(lineNo, 'line', 'lines')} (imported)`,
      });
    });
    return `Imported ${count(plan.length, 'order', 'orders')} with ${count(lines, 'line', 'lines')}`;
  },
};

const linesOf = (plan: NewOrder[]): number => plan.reduce((n, o) => n + o.lines.length, 0);
