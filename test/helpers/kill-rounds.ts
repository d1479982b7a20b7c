// Kill -9 rounds, shared by test/integration/kill-9.test.ts (a few) and `npm run soak` (50): a desk in
// its own process (kill-target-process.ts) runs fulfillment over every order, or posts a stream of
// receipts, and is SIGKILLed at a random moment (seeded, so a failing round can be played again).
// Then the database is opened as the app opens it after a crash, and checked: SQLite's integrity
// check, `inventory:verify`, every receipt whose answer came back is in the ledger exactly once (and
// none twice), and the run is either wholly there or wholly absent. No vitest here: the soak runs it
// as a plain script.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { verify } from '../../main/queries/verify';
import { openDatabase } from '../../main/store/open';

/** A seeded source of numbers in [0, 1) (mulberry32): the same seed plays the same kills. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Books {
  /** Orders not yet through fulfillment, ready for a run over every order. */
  fresh: string;
  /** The same after the run: picks open and backorders waiting, which receipts release. */
  run: string;
  orders: number;
  /** Documents the whole run makes, and how long it took here. */
  runDocuments: number;
  runMs: number;
  items: string[];
  bins: string[];
}

const sku = (n: number) => `K-${String(n).padStart(4, '0')}`;

async function deskOn(file: string) {
  const db = openDatabase(file);
  const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'setup', mode: 'browser', databasePath: file });
  const call = async (channel: string, input: unknown): Promise<unknown> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { db, call };
}

const count = (file: string, sql: string): number => {
  const db = openDatabase(file);
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};

/**
 * Books of `orders` open orders of four lines over 150 items in 12 bins, stock for about half the
 * demand; written to `dir` once and copied for each round. Closing checkpoints the WAL into the file.
 */
export async function prepareBooks(dir: string, orders: number, random: () => number): Promise<Books> {
  const fresh = join(dir, 'fresh.db');
  const items = Array.from({ length: 150 }, (_, i) => sku(i + 1));
  const bins = Array.from({ length: 12 }, (_, i) => `A-${String(i + 1).padStart(2, '0')}`);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const { db, call } = await deskOn(fresh);
  for (const item of items) await call('items:create', { sku: item, description: `${item} part` });
  for (const bin of bins) await call('bins:create', { code: bin });
  for (const item of items) await call('inventory:receive', { reference: 'OPENING', lines: [{ sku: item, bin: pick(bins), qty: 1 + Math.floor(random() * 25) }] });
  for (let n = 1; n <= orders; n++) {
    const lines = [...new Set(Array.from({ length: 4 }, () => pick(items)))].map((item) => ({ sku: item, qty: 1 + Math.floor(random() * 4) }));
    const priority = pick(['high', 'normal', 'normal', 'low'] as const);
    await call('orders:create', { number: String(10_000 + n), customer: `Customer ${n % 97}`, orderDate: '2026-11-20', priority, status: 'Open', lines });
  }
  db.close();

  const run = join(dir, 'run.db');
  copyFileSync(fresh, run);
  const after = await deskOn(run);
  const started = performance.now();
  await after.call('fulfillment:run', { all: true });
  const runMs = performance.now() - started;
  after.db.close();
  return { fresh, run, orders, runDocuments: count(run, 'SELECT count(*) FROM doc'), runMs, items, bins };
}

export type RoundKind = 'run' | 'receipts';

export interface RoundResult {
  round: number;
  kind: RoundKind;
  /** How long after the desk took its first call it was killed. */
  killedAfterMs: number;
  /** Receipts: how many were sent and answered. Run: 1 and 0 or 1. */
  sent: number;
  answered: number;
  /** Run: what of it is in the books after the kill. */
  run?: 'wholly there' | 'wholly absent' | 'in part';
  integrity: string;
  verifyProblems: string[];
  /** Every broken promise, in words; empty when the round passed. */
  failures: string[];
}

interface Line {
  taken?: number;
  answered?: number;
  ok?: boolean;
  code?: string;
  message?: string;
}

/** Plays one round on a copy of the books in `dir`: starts a desk, kills it `random`ly, checks the file. */
export async function killRound(books: Books, dir: string, round: number, kind: RoundKind, random: () => number): Promise<RoundResult> {
  const file = join(dir, `round-${round}.db`);
  copyFileSync(kind === 'run' ? books.fresh : books.run, file);
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'kill-target-process.ts'), file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Writes to a desk that has just been killed fail; they are no news.
  child.stdin.on('error', () => undefined);
  const answers: Line[] = [];
  // Receipts: the kill comes a moment after a random answer, resolved here when it arrives.
  let answersWanted = Infinity;
  let enoughAnswered: () => void = () => undefined;
  const answeredEnough = new Promise<void>((resolve) => (enoughAnswered = resolve));
  let taken: () => void = () => undefined;
  const firstTaken = new Promise<void>((resolve) => (taken = resolve));
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Line & { ready?: true };
    if (line.ready) ready();
    if (line.taken === 0) taken();
    if (line.answered !== undefined && answers.push(line) >= answersWanted) enoughAnswered();
  });
  await Promise.race([isReady, exited]);

  // Receipts: one line each, references numbered, all sent at once (the desk takes them in turn).
  const receipts = Array.from({ length: kind === 'run' ? 0 : 3_000 }, (_, n) => ({
    reference: `KILL-${round}-${n}`,
    lines: [{ sku: books.items[Math.floor(random() * books.items.length)]!, bin: books.bins[Math.floor(random() * books.bins.length)]!, qty: 1 + Math.floor(random() * 9) }],
  }));
  const calls = kind === 'run' ? [{ channel: 'fulfillment:run', input: { all: true } }] : receipts.map((input) => ({ channel: 'inventory:receive', input }));
  child.stdin.write(calls.map((c) => `${JSON.stringify(c)}\n`).join(''));
  await Promise.race([firstTaken, exited]);
  const takenAt = performance.now();
  if (kind === 'run') {
    // Anywhere from its start to past the time it took in this process (the desk, just started, runs
    // it slower), so that most kills cut it and some find it committed.
    await new Promise((resolve) => setTimeout(resolve, books.runMs * (0.05 + 1.75 * random())));
  } else {
    // Anywhere in the first half of the stream, whatever the machine's speed: up to 3 ms after a
    // random answer among the first 1,500, so that the kill lands inside a receipt, or between two.
    answersWanted = Math.floor(random() * (calls.length / 2));
    if (answers.length >= answersWanted) enoughAnswered();
    await Promise.race([answeredEnough, exited]);
    await new Promise((resolve) => setTimeout(resolve, 3 * random()));
  }
  child.kill('SIGKILL');
  const killedAfterMs = Math.round(performance.now() - takenAt);
  await exited;

  const failures: string[] = [];
  const refused = answers.filter((a) => !a.ok);
  for (const a of refused) failures.push(`call ${a.answered} was refused before the kill: ${a.code} ${a.message}`);
  const db = openDatabase(file);
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
    if (integrity !== 'ok') failures.push(`integrity_check: ${integrity}`);
    const verifyProblems = verify(db).problems;
    failures.push(...verifyProblems.map((p) => `verify: ${p}`));
    const result: RoundResult = { round, kind, killedAfterMs, sent: calls.length, answered: answers.length, integrity, verifyProblems, failures };
    if (kind === 'receipts') {
      const posted = new Map(
        db
          .prepare<[string], { document: string; n: number }>("SELECT document, count(*) AS n FROM ledger WHERE kind = 'receipt' AND document LIKE ? GROUP BY document")
          .all(`KILL-${round}-%`)
          .map((r) => [r.document, r.n]),
      );
      for (const a of answers) {
        const n = posted.get(receipts[a.answered!]!.reference) ?? 0;
        if (n !== 1) failures.push(`receipt ${receipts[a.answered!]!.reference} was answered but is in the ledger ${n} times`);
      }
      for (const [reference, n] of posted) if (n > 1) failures.push(`receipt ${reference} is in the ledger ${n} times`);
      // Receipts are taken in turn: at most the one being saved at the kill is in without its answer.
      if (posted.size > answers.length + 1) failures.push(`${posted.size} receipts are in the ledger but only ${answers.length} were answered`);
    } else {
      const fulfilled = db.prepare('SELECT count(*) FROM "order" WHERE fulfilled = 1').pluck().get() as number;
      const documents = db.prepare('SELECT count(*) FROM doc').pluck().get() as number;
      const whole = fulfilled === books.orders && documents === books.runDocuments;
      const absent = fulfilled === 0 && documents === 0;
      if (!whole && !absent) failures.push(`the run is in part: ${fulfilled} of ${books.orders} orders fulfilled, ${documents} of ${books.runDocuments} documents`);
      if (answers.length === 1 && !whole) failures.push('the run was answered but is not wholly in the books');
      result.run = whole ? 'wholly there' : absent ? 'wholly absent' : 'in part';
    }
    return result;
  } finally {
    db.close();
  }
}

/** One line of figures for a round, as the test and the soak print it. */
export const describeRound = (r: RoundResult): string =>
  `round ${r.round} (${r.kind}): killed after ${r.killedAfterMs} ms, ${r.answered}/${r.sent} answered` +
  (r.kind === 'run' ? `, run ${r.run}` : '') +
  `; integrity ${r.integrity}; verify ${r.verifyProblems.length === 0 ? 'ok' : `${r.verifyProblems.length} problems`}` +
  (r.failures.length === 0 ? '' : `; FAILED: ${r.failures.join('; ')}`);
