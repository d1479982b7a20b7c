// The store off the serving thread (main/worker): reads answered during a long write, progress for
// the window that started the work, a worker that dies, and a file refused at start-up.
import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../shared/contract';
import { WAL_CHECKPOINT_BYTES } from '../../main/store/checkpoint';
import { openDatabase } from '../../main/store/open';
import { PROGRESS_EVERY_MS } from '../../main/worker/protocol';
import { startWorkerCore } from '../../main/worker/worker-core';
import { tempDir } from '../helpers/temp-dir';
import { SOURCE_WORKER } from '../../scripts/bench/source-worker';
import { benchShop, workerCore } from '../helpers/worker-core';

/** An items file of `rows` new skus: long enough to import that progress shows. */
const itemsFile = (rows: number) => ['sku,description', ...Array.from({ length: rows }, (_, i) => `PART-${i},Part ${i}`)].join('\n');
const importItems = (rows: number) => ({ kind: 'items', fileName: 'items.csv', text: itemsFile(rows) });
const newDatabase = () => join(tempDir('stockdesk-worker-'), 'stockdesk.db');

describe('the store off the serving thread', () => {
  it('answers the order list while a run over every order is under way, and tells the window running it how far it has got', async () => {
    const notices: { origin: string | undefined; progress: WorkProgress }[] = [];
    const core = await workerCore(benchShop(3000), { onProgress: (origin, progress) => notices.push({ origin, progress }) });
    const answered: string[] = [];
    const run = core.dispatch('fulfillment:run', { all: true }, 'tab-3').then((result) => (answered.push('run'), result));
    const list = core.dispatch('orders:list', {}, 'tab-4').then((result) => (answered.push('list'), result));
    const [ran, listed] = await Promise.all([run, list]);
    expect(answered).toEqual(['list', 'run']);
    expect(listed).toMatchObject({ ok: true, value: { total: 3000 } });
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every(({ origin, progress }) => origin === 'tab-3' && progress.channel === 'fulfillment:run' && progress.what === 'orders' && progress.total === 3000)).toBe(true);
    const done = notices.map(({ progress }) => progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(3000);
    expect(ran.ok).toBe(true);
  });

  it('copies a grown WAL back into the database between saves, so that no save waits for it', async () => {
    const file = benchShop(3000);
    const core = await workerCore(file);
    const before = statSync(file).size;
    expect(await core.dispatch('fulfillment:run', { all: true })).toMatchObject({ ok: true });
    // The run's pages are in the WAL, which is past 4 MB and below the write connection's own
    // checkpoint (10,000 pages): only the read worker copies them into the file, soon after.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(WAL_CHECKPOINT_BYTES);
    await expect.poll(() => statSync(file).size, { timeout: 5000, interval: 50 }).toBeGreaterThan(before);
  });

  it('tells the window that imports how far the rows have got, thinned out, ending at the total', async () => {
    const notices: { origin: string | undefined; progress: WorkProgress }[] = [];
    const core = await workerCore(newDatabase(), { onProgress: (origin, progress) => notices.push({ origin, progress }) });
    // Long enough to outlast several notice gaps on a fast machine (about 1.5 s here); how many notices
    // arrive is reckoned from how long it took, so a slower or faster machine passes alike.
    const rows = 200_000;
    const started = performance.now();
    expect(await core.dispatch('import:run', importItems(rows), 'tab-7')).toMatchObject({ ok: true });
    const gaps = (performance.now() - started) / PROGRESS_EVERY_MS;
    expect(gaps, 'the import was over too soon to show its progress: give it more rows').toBeGreaterThan(3);
    expect(notices.every(({ origin, progress }) => origin === 'tab-7' && progress.channel === 'import:run' && progress.what === 'rows' && progress.total === rows)).toBe(true);
    const done = notices.map(({ progress }) => progress.done);
    // One report per 1,000 rows is made (200); at most one per gap reaches the window, and the last.
    expect(done.length).toBeGreaterThan(1);
    expect(done.length).toBeLessThanOrEqual(Math.ceil(gaps) + 1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(rows);
  });

  it('turns the calls of a worker that died into a clear refusal, and the next call works', async () => {
    let killed: Promise<void> | undefined;
    const notices: WorkProgress[] = [];
    const core = await workerCore(newDatabase(), {
      // Killed on the first report: the import is then inside its write transaction.
      onProgress: (_origin, progress) => {
        notices.push(progress);
        killed ??= core.kill('write');
      },
    });
    const cut = await core.dispatch('import:run', importItems(60_000), 'tab-1');
    await killed;
    expect(cut).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: "import:run was interrupted: Stockdesk's store stopped unexpectedly and has been started again. The change may not have been saved: look, then try again",
      },
    });
    // The window's progress bar is told the work is over.
    expect(notices.at(-1)).toEqual({ channel: 'import:run', what: 'rows', done: 60_000, total: 60_000 });
    // All or nothing: the import that was cut short left nothing, and the desk saves again.
    expect(await core.dispatch('items:list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await core.dispatch('items:create', { sku: 'TR-GR', description: 'Trailer grease' })).toMatchObject({ ok: true });

    // A query long enough (checking 200,000 rows) that the read worker is still at it when it dies.
    const reading = core.dispatch('import:preview', importItems(200_000));
    await core.kill('read');
    expect(await reading).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^import:preview was interrupted: .*; try again$/) } });
    expect(await core.dispatch('items:list', {})).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses another program’s database and a damaged one at start-up with the message opening it gives', async () => {
    const foreign = newDatabase();
    const other = new Database(foreign);
    other.pragma('application_id = 305419896');
    other.exec('CREATE TABLE place (url TEXT)');
    other.close();

    const damaged = newDatabase();
    const db = openDatabase(damaged);
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) db.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES (?, ?, 'now', 'now')").run(`SKU-${i}`, `SKU-${i}`);
    })();
    db.close();
    const bytes = readFileSync(damaged);
    bytes.fill(0x5a, bytes.readUInt16BE(16) * 4, bytes.readUInt16BE(16) * 5);
    writeFileSync(damaged, bytes);

    for (const [file, message] of [
      [foreign, /another program's database \(SQLite application id 0x12345678\), not Stockdesk's; Stockdesk has not changed it/],
      [damaged, /is damaged \(SQLite's check found: .+\); Stockdesk has not changed it\. Restore your latest backup copy/],
    ] as const) {
      const before = readFileSync(file);
      const refused = await startWorkerCore({ databasePath: file, mode: 'browser', script: SOURCE_WORKER }).then(
        () => new Error('the worker core started'),
        (error: Error) => error,
      );
      expect(refused.message).toMatch(message);
      // Word for word what opening the file here says: the worker adds and loses nothing.
      expect(() => openDatabase(file)).toThrow(refused.message);
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });
});
