import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, onTestFinished } from 'vitest';

/** A desk in its own process holding a long run's write transaction open (see held-run-process.ts). */
export interface HeldRun {
  /** Lets the run commit. */
  release(): void;
  /** Resolves when the desk says `committed`, with its exit code. */
  committed(): Promise<number | null>;
}

/**
 * Starts a desk that runs fulfillment over every order of `file` and holds its write lock; resolves
 * once it holds it. The desk is let go when the test ends, whatever happens, so none is left behind.
 */
export async function startHeldRun(file: string, dir: string): Promise<HeldRun> {
  const flag = join(dir, 'release');
  const run = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'held-run-process.ts'), file, flag], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => run.once('exit', resolve));
  const release = () => writeFileSync(flag, '');
  onTestFinished(async () => {
    release();
    await exited;
  });
  const said = createInterface({ input: run.stdout })[Symbol.asyncIterator]();
  expect((await said.next()).value).toBe('holding');
  return {
    release,
    committed: async () => {
      expect((await said.next()).value).toBe('committed');
      return exited;
    },
  };
}
