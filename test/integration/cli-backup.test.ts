// `backup` while another desk is in the middle of a long write (a fulfillment run holding its write
// transaction open): SQLite's online backup copies what was committed, so the backup restores to a
// database that verifies, from before the run; one taken after the commit has the run.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from '../../main/store/open';
import { startHeldRun } from '../helpers/held-run';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

const ROOT = join(import.meta.dirname, '..', '..');

const documentsIn = (path: string) => {
  const db = openDatabase(path);
  try {
    return db.prepare('SELECT count(*) AS n FROM doc').pluck().get() as number;
  } finally {
    db.close();
  }
};

it('a backup taken during a long run restores to a database that verifies', { timeout: 120_000 }, async () => {
  const dir = tempDir('stockdesk-backup-');
  const data = join(dir, 'data');
  const db = join(dir, 'desk.db');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'gen-dataset.mjs'), data, '--items', '300', '--orders', '1500'], { stdio: 'ignore' });
  for (const kind of ['items', 'stock', 'orders']) expect((await cli('import', kind, join(data, `${kind}.csv`), '--db', db)).code).toBe(0);

  const run = await startHeldRun(db, dir);

  // The run has allocated every order and holds its write transaction open.
  const during = join(dir, 'during.db');
  const backup = await cli('backup', during, '--db', db);
  expect(backup.stderr).toMatch(/pages copied: \d+ of \d+ \(100%\)/);
  expect(backup).toMatchObject({ code: 0 });
  expect(backup.stdout).toMatch(/during\.db: ok/);

  run.release();
  expect(await run.committed()).toBe(0);
  expect(documentsIn(db)).toBeGreaterThan(0);

  const restored = join(dir, 'restored.db');
  const restore = await cli('restore', during, '--db', restored);
  expect(restore.code).toBe(0);
  expect(restore.stdout).toMatch(/restored\.db: ok/);
  expect((await cli('verify', '--db', restored)).code).toBe(0);
  expect(documentsIn(restored)).toBe(0);

  const after = join(dir, 'after.db');
  expect((await cli('backup', after, '--db', db)).code).toBe(0);
  expect(documentsIn(after)).toBe(documentsIn(db));
});
