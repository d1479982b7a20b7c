import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a command in its own process group and collects its output until it exits. */
function launch(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = async () => {
    await expect.poll(() => stdout, { timeout: 20_000 }).toMatch(/Stockdesk ready at /);
    return /Stockdesk ready at (\S+)/.exec(stdout)![1]!;
  };
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stockdesk-cli-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('`npm run start:browser` prints one ready line, honours STOCKDESK_TOKEN, and stops on Ctrl-C', async ({ request }) => {
  const run = launch('npm', ['run', 'start:browser', '--', '--db', join(dir, 'a.db'), '--port', '0', '--no-open'], {
    STOCKDESK_TOKEN: 'fixed-token-for-test',
  });
  const url = await run.ready();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=fixed-token-for-test$/);
  const origin = new URL(url).origin;
  const answer = await request.post(`${origin}/api/app:info`, { headers: { authorization: 'Bearer fixed-token-for-test' }, data: {} });
  expect(await answer.json()).toMatchObject({ ok: true, value: { mode: 'browser', databasePath: join(dir, 'a.db') } });

  // A terminal's Ctrl-C signals the whole foreground process group.
  process.kill(-run.child.pid!, 'SIGINT');
  await run.exited;
  const { stdout } = run.output();
  expect(stdout.split('\n').filter((line) => line.startsWith('Stockdesk ready at'))).toHaveLength(1);
  await expect(request.post(`${origin}/api/app:info`, { data: {}, timeout: 2_000 })).rejects.toThrow();
});

test('browser mode exits with status 0 on SIGTERM, and refuses a database from a newer Stockdesk', async () => {
  const run = launch(process.execPath, ['scripts/start.mjs', '--browser', '--db', join(dir, 'b.db'), '--port', '0', '--no-open']);
  await run.ready();
  run.child.kill('SIGTERM');
  expect(await run.exited).toEqual({ code: 0, signal: null });
  expect(run.output().stderr).toContain('Stockdesk stopping (SIGTERM)');

  // Mark the database as written by a future version: the app refuses it and says why.
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(join(dir, 'b.db'));
  db.pragma('user_version = 999');
  db.close();
  const again = launch(process.execPath, ['scripts/start.mjs', '--browser', '--db', join(dir, 'b.db'), '--port', '0', '--no-open']);
  expect((await again.exited).code).toBe(1);
  expect(again.output().stderr).toContain('This database was written by a newer Stockdesk (schema version 999');
  expect(again.output().stdout).not.toContain('Stockdesk ready at');
});
