import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { verify } from '../../main/engine/verify';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';

const run = promisify(execFile);
// The desks run as separate processes on this same Node (tsx compiles the TypeScript on the fly).
const desk = (args: string[]) => [process.execPath, ['--import', 'tsx', ...args]] as const;
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

it('two desks releasing and filling backorders for the same stock at once never over-allocate', async () => {
  dir = mkdtempSync(join(tmpdir(), 'stockdesk-race-'));
  const file = join(dir, 'stockdesk.db');
  const { db, call } = deskOn(file);
  // 40 orders of 3 units each wait on backorders for an item that has none; then 60 units arrive
  // (auto-release off), enough for 20 of them: the two desks race for those 60 units.
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

  const worker = join(process.cwd(), 'test', 'helpers', 'race-worker.ts');
  const startAt = String(Date.now() + 2500);
  // The desks walk the same backorders in opposite directions, so they collide in the middle.
  const desks = await Promise.all([
    run(...desk([worker, file, startAt, ...backorders])),
    run(...desk([worker, file, startAt, ...[...backorders].reverse()])),
  ]);
  const tallies = desks.map(({ stdout }) => JSON.parse(stdout) as { won: number; lost: number; internal: string[] });

  expect(tallies.flatMap((t) => t.internal)).toEqual([]);
  const check = openDatabase(file);
  try {
    expect(verify(check).problems).toEqual([]);
    const allocated = check.prepare("SELECT coalesce(sum(allocated), 0) FROM bin_stock").pluck().get();
    const released = check.prepare("SELECT count(*) FROM doc WHERE status = 'Open'").pluck().get();
    const waiting = check.prepare("SELECT count(*) FROM doc WHERE status = 'Back Order'").pluck().get();
    // Exactly the 60 units were allocated: 20 backorders became picks, 20 still wait.
    expect({ allocated, released, waiting }).toEqual({ allocated: 60, released: 20, waiting: 20 });
    expect(tallies[0]!.won + tallies[1]!.won).toBe(20);
    expect(tallies[0]!.lost + tallies[1]!.lost).toBe(60);
  } finally {
    check.close();
  }
}, 30_000);

it('a desk that fills while another holds the write lock waits, then sees the stock is gone and is refused', async () => {
  dir = mkdtempSync(join(tmpdir(), 'stockdesk-lock-'));
  const file = join(dir, 'stockdesk.db');
  const { db, dispatch, call } = deskOn(file);
  call('items:create', { sku: 'HOT-1' });
  call('bins:create', { code: 'A-01' });
  call('settings:update', { autoRelease: false });
  for (const number of ['3001', '3002']) {
    call('orders:create', { number, customer: 'C', orderDate: '2026-11-01', status: 'Open', lines: [{ sku: 'HOT-1', qty: 5 }] });
  }
  call('fulfillment:run', { all: true });
  call('inventory:receive', { lines: [{ sku: 'HOT-1', bin: 'A-01', qty: 5 }] });

  // Desk 1 takes the write lock; desk 2 starts filling the other backorder meanwhile.
  db.exec('BEGIN IMMEDIATE');
  const desk2 = spawn(...desk([join(process.cwd(), 'test', 'helpers', 'fill-once-worker.ts'), file, '3002.001']), { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: desk2.stdout });
  const answers: string[] = [];
  const done = new Promise<void>((resolve) => desk2.on('exit', () => resolve()));
  await new Promise<void>((resolve) => lines.on('line', (line) => (line === 'ready' ? resolve() : answers.push(line))));
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Desk 1 fills its backorder with the only 5 units and commits.
  expect(dispatch('backorders:fill', { backorder: '3001.001', complete: true })).toMatchObject({ ok: true, value: { pick: '3001.001', inPlace: true } });
  db.exec('COMMIT');
  await done;

  expect(JSON.parse(answers[0]!)).toEqual({
    ok: false,
    error: { code: 'refused', message: 'only 0 of HOT-1 are free; 5 cannot be filled', field: 'backorder' },
  });
  expect(verify(db).problems).toEqual([]);
  db.close();
}, 30_000);
