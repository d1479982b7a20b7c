// Issue 9, item 1: one desk's long run does not turn another desk's save into an error. The run is a
// desk in its own process (test/helpers/held-run-process.ts) that runs fulfillment over every order and
// then keeps its write transaction open, holding the write lock, until the test lets it commit. The
// other desk, in a process of its own too, reads and saves meanwhile: a read is answered at once
// (WAL), and a save either succeeds once the lock is free or is refused as `busy` with words that say
// to try again, changing nothing; never an internal error.
import { expect, it } from 'vitest';
import { openDatabase } from '../../main/store/open';
import { openDesk, type Answer } from '../helpers/desk';
import { startHeldRun } from '../helpers/held-run';
import { prepareBooks, seeded } from '../helpers/kill-rounds';
import { tempDir } from '../helpers/temp-dir';

/** Longer than SQLite's busy timeout (5 s): the first save gives up waiting, the next one gets the lock. */
const HOLD_MS = 6_500;

it('a save on one desk during another desk’s long run succeeds after waiting or is refused as busy, never an internal error', async () => {
  const dir = tempDir('stockdesk-two-desks-');
  const books = await prepareBooks(dir, 300, seeded(9));
  const file = books.fresh;
  const desk = await openDesk(file, 'desk-2');

  const run = await startHeldRun(file, dir);
  const heldAt = Date.now();
  const releasing = new Promise<number>((resolve) =>
    setTimeout(() => {
      run.release();
      resolve(Date.now());
    }, HOLD_MS),
  );

  // While the run holds the lock: a read, then two receipts, one after the other on this desk.
  const read = await desk.send('orders:list', {}).answer;
  const receipt = (reference: string) => ({ reference, lines: [{ sku: books.items[0]!, bin: books.bins[0]!, qty: 5 }] });
  const saves = [desk.send('inventory:receive', receipt('TWO-DESK-1')).answer, desk.send('inventory:receive', receipt('TWO-DESK-2')).answer];
  const answers: Answer[] = await Promise.all(saves);
  const releasedAt = await releasing;
  expect(await run.committed()).toBe(0);

  expect(read.result.ok).toBe(true);
  expect(read.finished).toBeLessThan(releasedAt);
  for (const { result, finished } of answers) {
    if (result.ok) {
      // It waited for the lock rather than failing: it finished only once the run had committed.
      expect(finished).toBeGreaterThanOrEqual(releasedAt);
    } else {
      expect(result.error).toEqual({ code: 'busy', message: 'another desk is saving, try again; nothing was changed' });
      expect(finished).toBeLessThan(releasedAt);
    }
  }
  console.log(
    `held the lock ${releasedAt - heldAt} ms; read answered in ${read.finished - read.started} ms; saves: ` +
      answers.map((a) => `${a.result.ok ? 'saved' : a.result.error.code} after ${a.finished - a.started} ms`).join(', '),
  );

  // The run is committed whole, and exactly the saves that succeeded are in the ledger.
  const db = openDatabase(file);
  try {
    expect(db.prepare('SELECT count(*) FROM "order" WHERE fulfilled = 1').pluck().get()).toBe(books.orders);
    const saved = db.prepare("SELECT document FROM ledger WHERE document LIKE 'TWO-DESK-%' ORDER BY id").pluck().all();
    expect(saved).toEqual(answers.flatMap((a, n) => (a.result.ok ? [`TWO-DESK-${n + 1}`] : [])));
  } finally {
    db.close();
  }
}, 60_000);
