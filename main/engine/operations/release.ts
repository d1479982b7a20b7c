import type { ParsedInput } from '../../../shared/contract';
import type { ReleaseConfirmation, ReleaseOutcome, ReleaseReview } from '../../../shared/domain/fulfillment';
import type { ReleasedBackorder } from '../../../shared/domain/inventory';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { requireDoc, type DocLineRow, type DocRow } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import type { OrderRow } from '../../store/repos/orders';
import { LIVE_ORDER_SQL, PRECEDENCE_SQL } from '../../store/sql';
import type { EngineCtx } from '../context';
import { moveToPick, releaseBlocker, type LineTakes } from '../parts/backorder-moves';
import { FreeStock, sumTakes } from '../parts/free-stock';
import { applyWholeOrder, planWholeOrder, type Shortfall } from '../parts/whole-order';

/** A backorder as a release reads it, with what its order says about it. */
interface Candidate extends DocRow {
  order_number: string;
  order_customer: string;
  order_status: OrderRow['status'];
  order_policy: OrderRow['policy'];
}

/** A backorder line to release, with its sku for the texts. */
type CandidateLine = DocLineRow & { sku: string };

const CANDIDATE_COLUMNS = 'd.*, o.number AS order_number, o.customer AS order_customer, o.status AS order_status, o.policy AS order_policy';

const statements = preparedFor((db: WriteDb) => ({
  // The given backorders in precedence order (whatever order they were selected in).
  inPrecedence: db.prepare<[string], Candidate>(
    `SELECT ${CANDIDATE_COLUMNS} FROM doc d JOIN "order" o ON o.id = d.order_id
     WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY ${PRECEDENCE_SQL}, d.seq`,
  ),
  // Backorders of live orders waiting for any of the given items, in precedence order. It starts from
  // the received items' order lines that have units on backorder (order_line_backordered, a partial
  // index: only what waits, not every line the item ever had), then their backorder lines; CROSS
  // JOIN keeps SQLite from starting at every backorder through doc_by_status instead. A receipt
  // reads only what waits for what it received, however many backorders wait and however long the
  // item's history (order_line.backordered is the sum of the line's backorder quantities).
  waitingFor: db.prepare<[string], Candidate>(
    `SELECT DISTINCT ${CANDIDATE_COLUMNS} FROM json_each(?) j
       CROSS JOIN order_line ol ON ol.item_id = j.value
       CROSS JOIN doc_line l ON l.order_line_id = ol.id
       CROSS JOIN doc d ON d.id = l.doc_id
       JOIN "order" o ON o.id = d.order_id
     WHERE ol.backordered > 0 AND l.qty > 0 AND d.status = 'Back Order' AND ${LIVE_ORDER_SQL}
     ORDER BY ${PRECEDENCE_SQL}, d.seq`,
  ),
  // What is outstanding on each of the given backorders, read once for all of them.
  linesOf: db.prepare<[string], CandidateLine>(
    `SELECT l.*, i.sku FROM doc_line l JOIN item i ON i.id = l.item_id
     WHERE l.doc_id IN (SELECT value FROM json_each(?)) AND l.qty > 0 ORDER BY l.doc_id, l.id`,
  ),
}));

interface Attempt {
  outcome: ReleaseOutcome;
  /**
   * Units the attempt allocated to picks (0 when skipped): what a receipt counts as released. A whole
   * order's units (its other backorders, its unplaced lines) count with the backorder that released it.
   */
  units: number;
  /** What the Review shows per line: built only when asked, as a release after a receipt never shows it. */
  lines: () => { sku: string; outstanding: number; allocatable: number }[];
}

const unitsOf = (plan: LineTakes[]): number => plan.reduce((n, { takes }) => n + sumTakes(takes), 0);

/**
 * Releases one backorder against `free` (consumed). Policy `partial` takes what it can; an order that
 * ships `complete` is released only when all of it can go (this backorder, its others, its unplaced
 * lines), and is otherwise skipped.
 */
function attempt(ctx: EngineCtx, doc: Candidate, lines: CandidateLine[], free: FreeStock, releasedNow: Map<number, LineTakes[]>): Attempt {
  const order = { id: doc.order_id, number: doc.order_number, status: doc.order_status, policy: doc.order_policy };
  const base = { backorder: doc.number, order: order.number };
  const view = (plan: LineTakes[]) => () =>
    plan.map(({ line, takes, sku }) => ({ sku: sku ?? itemById(ctx.db, line.item_id).sku, outstanding: line.qty, allocatable: sumTakes(takes) }));
  const skip = (reason: string, plan: LineTakes[] = lines.map((line) => ({ line, takes: [], sku: line.sku }))): Attempt => ({
    outcome: { ...base, outcome: 'skipped', reason },
    units: 0,
    lines: view(plan),
  });

  // Released already in this batch, together with another backorder of an order that ships complete.
  const releasedWith = releasedNow.get(doc.id);
  if (releasedWith) return { outcome: { ...base, outcome: 'released', pick: doc.number }, units: 0, lines: view(releasedWith) };
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
    const plan = lines.map((line) => ({ line, takes: free.take(line.item_id, line.qty), sku: line.sku }));
    free.rewind(mark);
    return plan;
  };

  if (order.policy === 'complete') {
    const answer = planWholeOrder(ctx, order.id, free);
    if (!answer.ok) return skip(blocked(answer.short, answer.takeable), trial());
    applyWholeOrder(ctx, order.id, answer.plan);
    for (const backorder of answer.plan.backorders) releasedNow.set(backorder.doc.id, backorder.lines);
    const units = answer.plan.backorders.reduce((n, b) => n + unitsOf(b.lines), 0) + answer.plan.unplaced.reduce((n, u) => n + sumTakes(u.takes), 0);
    return { outcome: { ...base, outcome: 'released', pick: doc.number }, units, lines: view(releasedNow.get(doc.id) ?? []) };
  }

  const mark = free.mark();
  const plan = lines.map((line) => ({ line, takes: free.take(line.item_id, line.qty), sku: line.sku }));
  if (plan.every(({ takes }) => sumTakes(takes) === 0)) {
    free.rewind(mark);
    return skip(blocked(lines.map((line) => ({ itemId: line.item_id, missing: line.qty })), false), plan);
  }

  const { pick, inPlace } = moveToPick(ctx, doc, plan);
  if (inPlace) return { outcome: { ...base, outcome: 'released', pick: pick.number }, units: unitsOf(plan), lines: view(plan) };
  const remaining = plan
    .filter(({ line, takes }) => sumTakes(takes) < line.qty)
    .map(({ line, takes, sku }) => ({ sku, qty: line.qty - sumTakes(takes) }));
  return { outcome: { ...base, outcome: 'split', pick: pick.number, remaining }, units: unitsOf(plan), lines: view(plan) };
}

/**
 * Tries the given backorders (in precedence order) against the free stock of their items, read once
 * with their lines. `onlyWhatGoes` leaves out, without trying it, a backorder none of whose items has
 * free stock left (its attempt would be skipped, and a release after a receipt reports no skips):
 * after a receipt, the few backorders its stock covers are tried, not every backorder waiting for the
 * item. A backorder already released with its whole order is always reported.
 */
function releaseInOrder(ctx: EngineCtx, ordered: Candidate[], onlyWhatGoes = false): Attempt[] {
  const linesByDoc = new Map<number, CandidateLine[]>(ordered.map((doc) => [doc.id, []]));
  for (const line of statements(ctx.db).linesOf.all(JSON.stringify(ordered.map((d) => d.id)))) linesByDoc.get(line.doc_id)!.push(line);
  const free = new FreeStock(ctx.db, [...linesByDoc.values()].flat().map((l) => l.item_id));
  // Each document is tried when its turn comes: releasing a whole order releases its other backorders too.
  const releasedNow = new Map<number, LineTakes[]>();
  const attempts: Attempt[] = [];
  for (const [i, doc] of ordered.entries()) {
    ctx.progress?.('backorders', i, ordered.length);
    const lines = linesByDoc.get(doc.id)!;
    if (onlyWhatGoes && !releasedNow.has(doc.id) && lines.every((line) => free.free(line.item_id) === 0)) continue;
    attempts.push(attempt(ctx, doc, lines, free, releasedNow));
  }
  ctx.progress?.('backorders', ordered.length, ordered.length);
  return attempts;
}

/** The backorders named by a Release Back Order selection, each refused by its place in it. */
const selected = (db: WriteDb, numbers: string[]): Candidate[] =>
  statements(db).inPrecedence.all(JSON.stringify(numbers.map((number, i) => requireDoc(db, number, `backorders.${i}`).id)));

/** Release Back Order, Submit: releases the ready and partial ones, and says what became of each. */
export const releaseBackorders = (ctx: EngineCtx, { backorders }: ParsedInput<'backorders:release'>): ReleaseConfirmation => ({
  outcomes: releaseInOrder(ctx, selected(ctx.db, backorders)).map((a) => a.outcome),
});

/**
 * Release Back Order, Review: what Submit would do now, in the same order. It does what Submit does,
 * so its handler runs it as a rehearsal, rolled back: the Review changes nothing.
 */
export function reviewRelease(ctx: EngineCtx, { backorders }: ParsedInput<'backorders:review'>): ReleaseReview[] {
  const candidates = selected(ctx.db, backorders);
  const customerOf = new Map(candidates.map((doc) => [doc.number, doc.order_customer]));
  return releaseInOrder(ctx, candidates).map(({ outcome, lines }) => ({
    backorder: outcome.backorder,
    order: outcome.order,
    customer: customerOf.get(outcome.backorder)!,
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

/**
 * After a receipt: releases every backorder waiting for the received items, in precedence order.
 * Returns what became of each one released (skips are not reported) and the units they took.
 */
export function autoRelease(ctx: EngineCtx, itemIds: number[]): { released: ReleasedBackorder[]; units: number } {
  const waiting = statements(ctx.db).waitingFor.all(JSON.stringify([...new Set(itemIds)]));
  if (waiting.length === 0) return { released: [], units: 0 };
  const released = releaseInOrder(ctx, waiting, true).filter((a): a is Attempt & { outcome: ReleasedBackorder } => a.outcome.outcome !== 'skipped');
  return { released: released.map((a) => a.outcome), units: released.reduce((n, a) => n + a.units, 0) };
}
