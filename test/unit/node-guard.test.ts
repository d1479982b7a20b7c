import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeTooOld } from '../../scripts/lib/node-guard.mjs';

// An older Node loads better-sqlite3's binary for the wrong runtime and dies with a segfault and
// no message; every entry point must stop first, with a line naming the Node it needs.
const MESSAGE_FOR_20 =
  'Stockdesk needs Node 22 or newer (this is Node 20.20.2): run it through npm (npm start / npm test), ' +
  'which uses the Node 22 from node_modules, or install Node 22.';

/** Runs `script` on this Node made to report itself as `version`, as an older Node would. */
function runAs(version: string, script: string, args: string[]) {
  const pretend = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  return spawnSync(process.execPath, ['--import', pretend, script, ...args], { encoding: 'utf8', timeout: 20_000 });
}

/** Every file directly in scripts/ is something a person runs, and so is browser mode's command line. */
const ENTRY_POINTS = [...readdirSync('scripts').filter((f) => /\.(mjs|ts)$/.test(f)).map((f) => join('scripts', f)), 'main/host/cli.ts'];

/** The first import of a module: ES modules run their imports in order, so this one runs before the rest. */
function firstImport(file: string): string | undefined {
  return /^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(file, 'utf8'))?.[1];
}

function oldSystemNode(): string | undefined {
  if (!existsSync('/usr/bin/node')) return undefined;
  const version = spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
  return nodeTooOld(version) ? version : undefined;
}

describe('the Node version guard', () => {
  it('names the Node it needs and the one it found, and lets 22 and newer through', () => {
    expect(nodeTooOld('20.20.2')).toBe(MESSAGE_FOR_20);
    expect(nodeTooOld('18.19.1')).toContain('(this is Node 18.19.1)');
    expect(nodeTooOld('22.0.0')).toBeUndefined();
    expect(nodeTooOld('24.3.0')).toBeUndefined();
  });

  it.each(ENTRY_POINTS.filter((file) => file.endsWith('.mjs')))('stops %s on Node 20 with the message and exit code 1, before doing anything', (script) => {
    const result = runAs('20.20.2', script, ['--help']);
    expect(result.stderr.trim()).toBe(MESSAGE_FOR_20);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
  });

  it.each(ENTRY_POINTS)('is the first thing %s imports', (file) => {
    const guard = file.startsWith('main/') ? '../../scripts/lib/node-guard.mjs' : './lib/node-guard.mjs';
    expect(firstImport(file)).toBe(guard);
  });

  it.skipIf(!oldSystemNode())('stops npm start run by hand with the system’s older Node (skipped: /usr/bin/node is not older than 22 here)', () => {
    const result = spawnSync('/usr/bin/node', ['scripts/start.mjs', '--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.stderr.trim()).toBe(`Stockdesk needs Node 22 or newer (this is Node ${oldSystemNode()}): run it through npm (npm start / npm test), which uses the Node 22 from node_modules, or install Node 22.`);
    expect(result.status).toBe(1);
  });
});
