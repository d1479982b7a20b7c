import type { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userDataDir } from '../paths';
import { openAppWindow } from './open-browser';

const TOKEN = 'Zm9vYmFyLXRva2VuLXNlY3JldA';
const URL_WITH_TOKEN = `http://127.0.0.1:4312/?token=${TOKEN}`;

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'stockdesk-home-'));
  vi.stubEnv('XDG_CONFIG_HOME', home);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
});

/** A spawn that records the command line instead of starting a browser. */
function fakeSpawn() {
  const calls: { command: string; args: string[] }[] = [];
  const spawnFake = ((command: string, args: string[]) => {
    calls.push({ command, args });
    return { on: () => undefined, unref: () => undefined };
  }) as unknown as typeof spawn;
  return { calls, spawnFake };
}

describe('opening the app window in a browser', () => {
  it('keeps the token off the browser’s command line, which every local user can read', () => {
    const { calls, spawnFake } = fakeSpawn();
    openAppWindow(URL_WITH_TOKEN, { browser: '/usr/bin/chromium', spawn: spawnFake });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.command).toBe('/usr/bin/chromium');
    expect(calls[0]!.args.join(' ')).not.toContain(TOKEN);
  });

  it('hands the token over in a page only this user can read, which forwards to the app', () => {
    const { calls, spawnFake } = fakeSpawn();
    const opened = openAppWindow(URL_WITH_TOKEN, { browser: '/usr/bin/chromium', spawn: spawnFake })!;
    const app = calls[0]!.args.find((a) => a.startsWith('--app='))!.slice('--app='.length);
    expect(fileURLToPath(app)).toBe(opened.launchPage);
    expect(statSync(opened.launchPage).mode & 0o777).toBe(0o600);
    expect(readFileSync(opened.launchPage, 'utf8')).toContain(`<meta http-equiv="refresh" content="0;url=${URL_WITH_TOKEN}">`);
    opened.forget();
    expect(() => statSync(opened.launchPage)).toThrow();
  });

  it('keeps the browser profile in the user’s data folder, not beside the database', () => {
    const { calls, spawnFake } = fakeSpawn();
    const opened = openAppWindow(URL_WITH_TOKEN, { browser: '/usr/bin/chromium', spawn: spawnFake })!;
    const dataDir = userDataDir();
    expect(dataDir).toBe(join(home, 'Stockdesk'));
    expect(calls[0]!.args).toContain(`--user-data-dir=${join(dataDir, 'browser-profile')}`);
    expect(opened.launchPage.startsWith(dataDir)).toBe(true);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
