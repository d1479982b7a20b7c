// Two desks on one database file, each with its own connection in its own process (what two copies
// of the app, or the app and browser mode, are). The test drives the second desk call by call
// (test/helpers/desk.ts), so every race here is played the same way each time: no sleeps, no
// clock to start on.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { verify } from '../../main/queries/verify';
import { openDatabase } from '../../main/store/open';
import type { Result } from '../../shared/result';
import { openDesk, type Answer } from '../helpers/desk';
import { tempDir } from '../helpers/temp-dir';

/** A desk in this process, on its own connection to `file`. */
function deskOn(file: string) {
  const db = openDatabase(file);
  const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'desk-1', mode: 'browser', databasePath: file });
  const call = (channel: string, input: unknown) => {
    const result = dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { db, dispatch, call };
}

/** won: this desk's call turned the backorder into a pick; lost: refused, or skipped by the release; internal: a bug. */
function outcome(channel: 'backorders:fill' | 'backorders:release', result: Result<unknown>): 'won' | 'lost' | 'internal' {
  if (channel === 'backorders:fill') return result.ok ? 'won' : result.error.code === 'internal' ? 'internal' : 'lost';
  if (!result.ok) return 'internal';
  return (result.value as { outcomes: { outcome: string }[] }).outcomes[0]!.outcome === 'skipped' ? 'lost' : 'won';
}

it('two desks filling and releasing the same backorder at the same moment: one of them gets it, and the stock is never over-allocated', async () => {
  const file = join(tempDir('stockdesk-race-'), 'stockdesk.db');
  const { db, call } = deskOn(file);
  // 40 orders of 3 units each wait on backorders for an item that has none; then 60 units arrive
  // (auto-release off), enough for 20 of them.
  call('items:create', { sku: 'HOT-1' });
  call('bins:create', { code: 'A-01' });
  call('bins:create', { code: 'A-02' });
  call('settings:update', { autoRelease: false });
  const backorders: string[] = [];
  for (let n = 1; n <= 40; n++) {
    call('orders:create', { number: String(2000 + n), customer: `C${n}`, orderDate: '2026-11-01', status: 'Open', lines: [{ sku: 'HOT-1', qty: 3 }] });
    backorders.push(`${2000 + n}.001`);
  }
  call('fulfillment:run', { all: true });
  call('inventory:receive', { lines: [{ sku: 'HOT-1', bin: 'A-01', qty: 31 }, { sku: 'HOT-1', bin: 'A-02', qty: 29 }] });
  db.close();

  // The barrier: each round both desks are handed the same backorder at once, one to fill it and the
  // other to release it (the other way round next round), and the next round starts only when both
  // have answered. So they race for the same document 40 times, and neither runs ahead.
  const desks = await Promise.all([openDesk(file, 'desk-2'), openDesk(file, 'desk-3')]);
  const rounds: { channel: 'backorders:fill' | 'backorders:release'; answer: Answer }[][] = [];
  for (const [round, backorder] of backorders.entries()) {
    const calls = desks.map((desk, d) => {
      const channel = (round + d) % 2 === 0 ? ('backorders:fill' as const) : ('backorders:release' as const);
      const { answer } = desk.send(channel, channel === 'backorders:fill' ? { backorder, complete: true } : { backorders: [backorder] });
      return answer.then((a) => ({ channel, answer: a }));
    });
    rounds.push(await Promise.all(calls));
  }

  const outcomes = rounds.map((round) => round.map(({ channel, answer }) => outcome(channel, answer.result)));
  expect(outcomes.flat().filter((o) => o === 'internal')).toEqual([]);
  // While stock lasts (20 backorders of 3), exactly one desk of the two gets each backorder; then neither.
  expect(outcomes.map((round) => round.filter((o) => o === 'won').length)).toEqual([...Array<number>(20).fill(1), ...Array<number>(20).fill(0)]);
  // They overlapped: each desk took its first call before the other had finished its last.
  const span = (d: number) => ({ first: rounds[0]![d]!.answer.started, last: rounds.at(-1)![d]!.answer.finished });
  expect(span(0).first).toBeLessThanOrEqual(span(1).last);
  expect(span(1).first).toBeLessThanOrEqual(span(0).last);

  const check = openDatabase(file);
  try {
    expect(verify(check).problems).toEqual([]);
    const allocated = check.prepare('SELECT coalesce(sum(allocated), 0) FROM bin_stock').pluck().get();
    const released = check.prepare("SELECT count(*) FROM doc WHERE status = 'Open'").pluck().get();
    const waiting = check.prepare("SELECT count(*) FROM doc WHERE status = 'Back Order'").pluck().get();
    // Exactly the 60 units were allocated: 20 backorders became picks, 20 still wait.
    expect({ allocated, released, waiting }).toEqual({ allocated: 60, released: 20, waiting: 20 });
  } finally {
    check.close();
  }
}, 30_000);

it('a desk that fills while another holds the write lock is held back until the other commits, then sees the stock is gone and is refused', async () => {
  const file = join(tempDir('stockdesk-lock-'), 'stockdesk.db');
  const { db, dispatch, call } = deskOn(file);
  call('items:create', { sku: 'HOT-1' });
  call('bins:create', { code: 'A-01' });
  call('settings:update', { autoRelease: false });
  for (const number of ['3001', '3002']) {
    call('orders:create', { number, customer: 'C', orderDate: '2026-11-01', status: 'Open', lines: [{ sku: 'HOT-1', qty: 5 }] });
  }
  call('fulfillment:run', { all: true });
  call('inventory:receive', { lines: [{ sku: 'HOT-1', bin: 'A-01', qty: 5 }] });
  const desk2 = await openDesk(file, 'desk-2');

  // Desk 1 takes the write lock; only once desk 2 has taken its call to fill the other backorder
  // does desk 1 fill its own with the only 5 units and commit.
  db.exec('BEGIN IMMEDIATE');
  const { taken, answer } = desk2.send('backorders:fill', { backorder: '3002.001', complete: true });
  await taken;
  expect(dispatch('backorders:fill', { backorder: '3001.001', complete: true })).toMatchObject({ ok: true, value: { pick: '3001.001', inPlace: true } });
  const committing = Date.now();
  db.exec('COMMIT');
  const desk2Answer = await answer;

  expect(desk2Answer.result).toEqual({
    ok: false,
    error: { code: 'refused', message: 'only 0 of HOT-1 are free; 5 cannot be filled', field: 'backorder' },
  });
  // They overlapped: desk 2 was already on its call while desk 1 held the lock, and finished it only after desk 1 committed.
  expect(desk2Answer.started).toBeLessThanOrEqual(committing);
  expect(desk2Answer.finished).toBeGreaterThanOrEqual(committing);
  expect(verify(db).problems).toEqual([]);
  db.close();
}, 30_000);
