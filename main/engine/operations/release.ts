import type { ParsedInput } from '../../../shared/contract';
import type { ReleaseConfirmation, ReleaseOutcome, ReleaseReview } from '../../../shared/domain/fulfillment';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { docById, docLines, requireDoc, type DocRow } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import { orderById } from '../../store/repos/orders';
import { LIVE_ORDER_SQL, PRECEDENCE_SQL } from '../../store/sql';
import type { EngineCtx } from '../context';
import { moveToPick, releaseBlocker, type LineTakes } from '../parts/backorder-moves';
import { FreeStock, sumTakes } from '../parts/free-stock';
import { applyWholeOrder, planWholeOrder, type Shortfall } from '../parts/whole-order';

const statements = preparedFor((db: WriteDb) => ({
  // The given backorders in precedence order (whatever order they were selected in).
  inPrecedence: db.prepare<[string], { id: number }>(
    `SELECT d.id FROM doc d JOIN "order" o ON o.id = d.order_id
     WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY ${PRECEDENCE_SQL}, d.seq`,
  ),
  // Backorders of live orders waiting for any of the given items, in precedence order. It starts from
  // the items (doc_line_by_item), CROSS JOIN keeping SQLite from starting at every backorder through
  // doc_by_status instead: a receipt reads only the lines of what it received, however many wait.
  waitingFor: db.prepare<[string], { id: number }>(
    `SELECT DISTINCT d.id FROM json_each(?) j
       CROSS JOIN doc_line l ON l.item_id = j.value
       CROSS JOIN doc d ON d.id = l.doc_id
       JOIN "order" o ON o.id = d.order_id
     WHERE l.qty > 0 AND d.status = 'Back Order' AND ${LIVE_ORDER_SQL}
     ORDER BY ${PRECEDENCE_SQL}, d.seq`,
  ),
  itemsOf: db.prepare<[string], { item_id: number }>(
    'SELECT DISTINCT item_id FROM doc_line WHERE qty > 0 AND doc_id IN (SELECT value FROM json_each(?))',
  ),
}));

interface Attempt {
  outcome: ReleaseOutcome;
  /** What the Review shows per line: built only when asked, as a release after a receipt never shows it. */
  lines: () => { sku: string; outstanding: number; allocatable: number }[];
}

/**
 * Releases one backorder against `free` (consumed). Policy `partial` takes what it can; an order that
 * ships `complete` is released only when all of it can go (this backorder, its others, its unplaced
 * lines), and is otherwise skipped.
 */
function attempt(ctx: EngineCtx, doc: DocRow, free: FreeStock, releasedNow: Map<number, LineTakes[]>): Attempt {
  const order = orderById(ctx.db, doc.order_id);
  const base = { backorder: doc.number, order: order.number };
  const lines = docLines(ctx.db, doc.id).filter((l) => l.qty > 0);
  const view = (plan: LineTakes[]) => () =>
    plan.map(({ line, takes }) => ({ sku: itemById(ctx.db, line.item_id).sku, outstanding: line.qty, allocatable: sumTakes(takes) }));
  const skip = (reason: string, plan: LineTakes[] = lines.map((line) => ({ line, takes: [] }))): Attempt => ({
    outcome: { ...base, outcome: 'skipped', reason },
    lines: view(plan),
  });

  // Released already in this batch, together with another backorder of an order that ships complete.
  const releasedWith = releasedNow.get(doc.id);
  if (releasedWith) return { outcome: { ...base, outcome: 'released', pick: doc.number }, lines: view(releasedWith) };
  const closed = releaseBlocker(doc, order);
  if (closed) return skip(closed, []);

  // Why it cannot go: the complete policy, or nothing free (only frozen when frozen stock would cover it).
  const blocked = (short: Shortfall[], takeable: boolean) => {
    const skus = short.map((x) => itemById(ctx.db, x.itemId).sku).join(', ');
    if (takeable) return `order ${order.number} ships complete and not every line can be filled now (${skus} short)`;
    if (short.every((x) => free.frozen(x.itemId) >= x.missing)) return `only frozen stock of ${skus}`;
    return `no free stock of ${skus}`;
  };
  // What free stock could cover of each line, taken and given back: for the review when blocked.
  const trial = (): LineTakes[] => {
    const mark = free.mark();
    const plan = lines.map((line) => ({ line, takes: free.take(line.item_id, line.qty) }));
    free.rewind(mark);
    return plan;
  };

  if (order.policy === 'complete') {
    const answer = planWholeOrder(ctx, order.id, free);
    if (!answer.ok) return skip(blocked(answer.short, answer.takeable), trial());
    applyWholeOrder(ctx, order.id, answer.plan);
    for (const backorder of answer.plan.backorders) releasedNow.set(backorder.doc.id, backorder.lines);
    return { outcome: { ...base, outcome: 'released', pick: doc.number }, lines: view(releasedNow.get(doc.id) ?? []) };
  }

  const mark = free.mark();
  const plan: LineTakes[] = lines.map((line) => ({ line, takes: free.take(line.item_id, line.qty) }));
  if (plan.every(({ takes }) => sumTakes(takes) === 0)) {
    free.rewind(mark);
    return skip(blocked(lines.map((line) => ({ itemId: line.item_id, missing: line.qty })), false), plan);
  }

  const { pick, inPlace } = moveToPick(ctx, doc, plan);
  if (inPlace) return { outcome: { ...base, outcome: 'released', pick: pick.number }, lines: view(plan) };
  const remaining = plan
    .filter(({ line, takes }) => sumTakes(takes) < line.qty)
    .map(({ line, takes }) => ({ sku: itemById(ctx.db, line.item_id).sku, qty: line.qty - sumTakes(takes) }));
  return { outcome: { ...base, outcome: 'split', pick: pick.number, remaining }, lines: view(plan) };
}

/**
 * Tries the given backorders in precedence order. `untilStockRunsOut` stops trying once no item on
 * them has free stock left (every later attempt would be skipped), except for backorders already
 * released with their whole order: after a receipt, the few backorders its stock covers are tried,
 * not every backorder waiting for the item.
 */
function releaseInOrder(ctx: EngineCtx, docIds: number[], untilStockRunsOut = false): Attempt[] {
  const s = statements(ctx.db);
  const ordered = s.inPrecedence.all(JSON.stringify(docIds)).map(({ id }) => id);
  const items = s.itemsOf.all(JSON.stringify(ordered)).map((r) => r.item_id);
  const free = new FreeStock(ctx.db, items);
  const runOut = () => untilStockRunsOut && items.every((item) => free.free(item) === 0);
  // Each document is read when its turn comes: releasing a whole order releases its other backorders too.
  const releasedNow = new Map<number, LineTakes[]>();
  const attempts: Attempt[] = [];
  for (const id of ordered) {
    if (!releasedNow.has(id) && runOut()) continue;
    attempts.push(attempt(ctx, docById(ctx.db, id), free, releasedNow));
  }
  return attempts;
}

/** The backorders named by a Release Back Order selection, each refused by its place in it. */
const selected = (db: WriteDb, numbers: string[]): number[] => numbers.map((number, i) => requireDoc(db, number, `backorders.${i}`).id);

/** Release Back Order, Submit: releases the ready and partial ones, and says what became of each. */
export const releaseBackorders = (ctx: EngineCtx, { backorders }: ParsedInput<'backorders:release'>): ReleaseConfirmation => ({
  outcomes: releaseInOrder(ctx, selected(ctx.db, backorders)).map((a) => a.outcome),
});

/**
 * Release Back Order, Review: what Submit would do now, in the same order. It does what Submit does,
 * so its handler runs it as a rehearsal, rolled back: the Review changes nothing.
 */
export function reviewRelease(ctx: EngineCtx, { backorders }: ParsedInput<'backorders:review'>): ReleaseReview[] {
  return releaseInOrder(ctx, selected(ctx.db, backorders)).map(({ outcome, lines }) => ({
    backorder: outcome.backorder,
    order: outcome.order,
    verdict: outcome.outcome === 'released' ? 'ready' : outcome.outcome === 'split' ? 'partial' : 'blocked',
    reason:
      outcome.outcome === 'skipped'
        ? outcome.reason
        : outcome.outcome === 'split'
          ? `only part can be allocated now; ${outcome.remaining.map((r) => `${r.qty} × ${r.sku}`).join(', ')} would stay on ${outcome.backorder}`
          : null,
    lines: lines(),
  }));
}

/** After a receipt: releases every backorder waiting for the received items, in precedence order. */
export function autoRelease(ctx: EngineCtx, itemIds: number[]): ReleaseOutcome[] {
  const waiting = statements(ctx.db).waitingFor.all(JSON.stringify([...new Set(itemIds)])).map((r) => r.id);
  if (waiting.length === 0) return [];
  return releaseInOrder(ctx, waiting, true)
    .map((a) => a.outcome)
    .filter((o) => o.outcome !== 'skipped');
}
