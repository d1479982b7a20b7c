// Another desk on the same database file, in a process of its own (test/helpers/desk-process.ts),
// driven call by call: `send` hands it one call and tells when it has taken the call and when it
// answered. Tests of two desks use it as their barrier: nothing runs on that desk until they send.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { onTestFinished } from 'vitest';
import type { Result } from '../../shared/result';

export interface Answer {
  result: Result<unknown>;
  /** When the desk took the call and when it had finished it (Date.now(), the same machine's clock as the test's). */
  started: number;
  finished: number;
}

export interface Desk {
  /** Hands the desk one call: `taken` resolves as it starts on it, `answer` once it is done. */
  send(channel: string, input: unknown): { taken: Promise<void>; answer: Promise<Answer> };
}

/** Starts a desk as `user` on `file` and waits until its database is open; it stops when the test ends. */
export async function openDesk(file: string, user: string): Promise<Desk> {
  // The same Node as the test; tsx compiles the TypeScript on the fly.
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'desk-process.ts'), file, user], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  onTestFinished(async () => {
    child.stdin.end();
    await exited;
  });
  // The desk's lines in the order it writes them; each next() waits for the one after the last asked for.
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async <T>(): Promise<T> => {
    const line = await lines.next();
    if (line.done) throw new Error(`desk ${user} stopped without answering`);
    return JSON.parse(line.value) as T;
  };
  await next<{ ready: true }>();
  return {
    send(channel, input) {
      const taken = next<{ started: number }>().then(() => undefined);
      const answer = next<Answer>();
      child.stdin.write(`${JSON.stringify({ channel, input })}\n`);
      // A test may await only the answer; a desk that stops then fails the answer, not the test run.
      taken.catch(() => undefined);
      return { taken, answer };
    },
  };
}
