// The administrators' command line (main/cli/): what each command does to a database file, the
// usage text, and the exit status a script relies on: 0 done, 1 refused or failed, 2 a wrong argument.
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/store/open';
import { snapshot } from '../helpers/harness';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp-dir';

const ROOT = join(import.meta.dirname, '..', '..');

/** A folder with a database path and the four generator files, small. */
function workspace() {
  const dir = tempDir('stockdesk-cli-');
  const data = join(dir, 'data');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'gen-dataset.mjs'), data, '--items', '40', '--orders', '60'], { stdio: 'ignore' });
  return { dir, db: join(dir, 'desk.db'), file: (name: string) => join(data, name) };
}

/** Every table of a database file, read and closed again. */
function tablesOf(path: string) {
  const db = openDatabase(path);
  try {
    return snapshot(db);
  } finally {
    db.close();
  }
}

async function loaded() {
  const w = workspace();
  for (const kind of ['items', 'stock', 'orders']) expect((await cli('import', kind, w.file(`${kind}.csv`), '--db', w.db)).code).toBe(0);
  return w;
}

describe('usage and wrong arguments', () => {
  it('prints the usage for --help (0) and for no command (2)', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run cli -- <command> [arguments] [options]');
    for (const command of ['import <kind> <file.csv>', 'export <list>', 'verify', 'backup <file>', 'restore <file>', 'bench']) expect(help.stdout).toContain(command);
    expect(help.stdout).toContain('items    sku,[description],[allow_backorder],[unit],[active]');
    expect((await cli()).code).toBe(2);
    expect((await cli('export', '--help')).code).toBe(0);
  });

  it.each([
    [['frob'], 'frob is not a command: use import, export, verify, backup, restore, bench'],
    [['import', 'parts', 'x.csv'], 'parts is not a kind of import: use items, stock, orders, receipts'],
    [['import', 'items'], 'import needs a kind and a file: import <items|stock|orders|receipts> <file.csv>'],
    [['export', 'everything'], 'everything is not a list that exports: use orders, items, stock, low, frozen, picks, backorders, fulfillable, bin-stock, order-lines'],
    [['export', 'items', '--status', 'Open'], '--status applies to orders, picks, order-lines, not to items'],
    [['export', 'orders', '--status', 'Lost'], '--status for orders must be one of Draft, Open, Completed, Cancelled'],
    [['verify', 'now'], 'verify takes 0 arguments; now is one too many'],
    [['verify', '--colour'], "Unknown option '--colour'"],
    [['backup'], 'backup needs the file to write: backup <file>'],
    [['import', 'items', 'x.csv', '--query', 'a'], '--query applies to export only'],
  ])('%j exits 2 and says what is wrong', async (argv, message) => {
    const w = await loaded();
    const before = tablesOf(w.db);
    const result = await cli(...argv, '--db', w.db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`stockdesk: ${message}`);
    expect(result.stderr).toContain('Run with --help');
    expect(tablesOf(w.db)).toEqual(before);
  });

  it('runs as the bin does (node scripts/cli.mjs), with the same exit status', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), ...args], { encoding: 'utf8' });
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run cli');
    const wrong = run('import', 'parts', 'x.csv');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('parts is not a kind of import');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin.stockdesk).toBe('scripts/cli.mjs');
    expect(pkg.scripts.cli).toBe('node scripts/cli.mjs');
  });
});

describe('import', () => {
  it('imports the generator files into a new database, which verifies', async () => {
    const w = workspace();
    const items = await cli('import', 'items', w.file('items.csv'), '--db', w.db);
    expect(items).toMatchObject({ code: 0 });
    expect(items.stderr).toContain('Imported 40 items from items.csv (40 rows).');
    expect(items.stderr).toMatch(/items written: 40 of 40 \(100%\)/);
    expect((await cli('import', 'stock', w.file('stock.csv'), '--db', w.db)).code).toBe(0);
    expect((await cli('import', 'orders', w.file('orders.csv'), '--db', w.db)).stderr).toMatch(/Imported 60 orders with \d+ lines/);
    const verify = await cli('verify', '--db', w.db);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/desk\.db: ok \(\d+ ledger entries/);
  });

  it('refuses a broken file with every problem by row and column (1), and changes nothing', async () => {
    const w = await loaded();
    const broken = join(w.dir, 'broken.csv');
    writeFileSync(broken, 'sku,qty\nSKU-000001,5\nNOPE-1,2\nSKU-000002,2.5\n');
    const before = tablesOf(w.db);
    const result = await cli('import', 'receipts', broken, '--db', w.db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('row 3, column sku: NOPE-1 is not an item in Stockdesk: import or create it first\n');
    expect(result.stderr).toContain('row 4, column qty: must be a whole number above 0\n');
    expect(result.stderr).toContain('stockdesk: broken.csv was not imported: 2 problems (listed above); nothing was changed.');
    expect(tablesOf(w.db)).toEqual(before);
  });

  it('refuses a file that is not there (1), and creates no database for it', async () => {
    const w = workspace();
    const result = await cli('import', 'items', join(w.dir, 'missing.csv'), '--db', w.db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.csv cannot be read: there is no such file.');
    expect(existsSync(w.db)).toBe(false);
  });
});

describe('export', () => {
  it('writes a list as shown, with its search and status, to stdout or --out', async () => {
    const w = await loaded();
    const open = await cli('export', 'orders', '--status', 'open', '--query', 'CUST-1', '--db', w.db);
    expect(open.code).toBe(0);
    const lines = open.stdout.trim().split('\n');
    expect(lines[0]).toBe('Order,Customer,Date,Priority,Policy,Status,Lines,Units short');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^SO-\d+,CUST-1\d*,.*,Open,/);

    const out = join(w.dir, 'stock.csv');
    expect((await cli('export', 'bin-stock', '--out', out, '--db', w.db)).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('sku,location,status,qty');
  });

  it('refuses a database that is not there (1), creating none', async () => {
    const w = workspace();
    const result = await cli('export', 'orders', '--db', w.db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no database at ${w.db}: check --db (nothing was created).`);
    expect(existsSync(w.db)).toBe(false);
  });
});

describe('backup and restore', () => {
  it('backs up into a new file that verifies, and restores it over a changed database, keeping that one', async () => {
    const w = await loaded();
    const backup = join(w.dir, 'backup.db');
    const taken = await cli('backup', backup, '--db', w.db);
    expect(taken.code).toBe(0);
    expect(taken.stdout).toMatch(/backup\.db: ok/);
    const atBackup = tablesOf(w.db);

    expect((await cli('import', 'receipts', w.file('receipts.csv'), '--db', w.db)).code).toBe(0);
    expect(tablesOf(w.db)).not.toEqual(atBackup);
    const restored = await cli('restore', backup, '--db', w.db);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(/Restored .*desk\.db from .*backup\.db\. The database it replaced is kept as .*desk\.db\.before-restore-/);
    expect(tablesOf(w.db)).toEqual(atBackup);
    expect((await cli('verify', '--db', w.db)).code).toBe(0);
  });

  it('never writes over an existing file with a backup (1)', async () => {
    const w = await loaded();
    const taken = join(w.dir, 'taken.db');
    writeFileSync(taken, 'mine');
    const result = await cli('backup', taken, '--db', w.db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('taken.db already exists: give the backup a new file name (nothing was written).');
    expect(readFileSync(taken, 'utf8')).toBe('mine');
  });

  it.each([
    ['a CSV file', (path: string) => writeFileSync(path, 'sku,qty\nA,1\n'), 'is not a Stockdesk database (it is not an SQLite database at all)'],
    ['another program’s database', (path: string) => new Database(path).exec('PRAGMA application_id = 1234; CREATE TABLE t (x)').close(), 'is another program’s database'.replace('’', "'")],
    ['an empty file', (path: string) => writeFileSync(path, ''), 'is empty (0 bytes)'],
    ['a damaged database', (path: string, from: string) => damagedCopy(from, path), 'is damaged'],
  ])('refuses to restore %s (1), leaving the database as it was', async (_name, make, message) => {
    const w = await loaded();
    const bad = join(w.dir, 'bad.db');
    make(bad, w.db);
    const before = tablesOf(w.db);
    const result = await cli('restore', bad, '--db', w.db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(tablesOf(w.db)).toEqual(before);
  });
});

/** A copy of a database with one page in its middle overwritten, as a failing disk leaves it. */
function damagedCopy(from: string, to: string): void {
  const db = new Database(from);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = readFileSync(from);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0x5a, pageSize * 2, pageSize * 3);
  writeFileSync(to, bytes);
}
