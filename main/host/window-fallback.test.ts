import type { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { windowBlocker } from '../../scripts/lib/window-blocker.mjs';
import { openWindowOrSay } from './window-fallback';

const ADDRESS = 'http://127.0.0.1:4312/?token=T0k3n';
const canOpen = () => undefined;

/** A spawn that starts nothing and hands back a browser process the test makes exit or fail. */
function fakeBrowser() {
  const child = Object.assign(new EventEmitter(), { unref: () => undefined });
  const spawnFake = vi.fn(() => child) as unknown as typeof spawn;
  return { child, spawnFake };
}

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'stockdesk-home-'));
  vi.stubEnv('XDG_CONFIG_HOME', home);
  vi.stubEnv('CHROMIUM_PATH', process.execPath); // any file that exists stands for the browser
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  rmSync(home, { recursive: true, force: true });
});

describe('whether a window can open here', () => {
  it('needs a display on Linux', () => {
    expect(windowBlocker({ platform: 'linux', env: {}, uid: 1000 })).toBe('there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set)');
    expect(windowBlocker({ platform: 'linux', env: { DISPLAY: ':0' }, uid: 1000 })).toBeUndefined();
    expect(windowBlocker({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, uid: 1000 })).toBeUndefined();
  });

  it('refuses root on Linux, where Chromium will not run without --no-sandbox', () => {
    expect(windowBlocker({ platform: 'linux', env: { DISPLAY: ':0' }, uid: 0 })).toMatch(/^it runs as root, and Chromium and Electron refuse to run as root without --no-sandbox/);
  });

  it('asks nothing of macOS and Windows', () => {
    expect(windowBlocker({ platform: 'darwin', env: {}, uid: 0 })).toBeUndefined();
    expect(windowBlocker({ platform: 'win32', env: {} })).toBeUndefined();
  });
});

describe('npm start when it cannot open a window', () => {
  it('says why and gives the address, and starts no browser, when the machine cannot show one', () => {
    const said: string[] = [];
    const { spawnFake } = fakeBrowser();
    const opened = openWindowOrSay(ADDRESS, { blocker: () => 'there is no display here', spawn: spawnFake, say: (l) => said.push(l) });
    expect(opened).toBeUndefined();
    expect(spawnFake).not.toHaveBeenCalled();
    expect(said).toEqual([`Stockdesk cannot open its window: there is no display here. Open this address in a browser on this machine: ${ADDRESS}`]);
  });

  it('says so when no browser is installed', () => {
    const said: string[] = [];
    openWindowOrSay(ADDRESS, { blocker: canOpen, open: () => undefined, say: (l) => said.push(l) });
    expect(said).toEqual([
      `Stockdesk cannot open its window: no Chromium-family browser was found (set CHROMIUM_PATH to one). Open this address in a browser on this machine: ${ADDRESS}`,
    ]);
  });

  it('says so when the browser stops as soon as it starts', () => {
    const said: string[] = [];
    const { child, spawnFake } = fakeBrowser();
    expect(openWindowOrSay(ADDRESS, { blocker: canOpen, spawn: spawnFake, say: (l) => said.push(l) })).toBeDefined();
    expect(said).toEqual([]);
    child.emit('exit', 1, null);
    expect(said).toEqual([`Stockdesk cannot open its window: ${process.execPath} stopped as soon as it started (exit code 1). Open this address in a browser on this machine: ${ADDRESS}`]);
  });

  it('says so when the browser cannot be started at all', () => {
    const said: string[] = [];
    const { child, spawnFake } = fakeBrowser();
    openWindowOrSay(ADDRESS, { blocker: canOpen, spawn: spawnFake, say: (l) => said.push(l) });
    child.emit('error', new Error('spawn EACCES'));
    child.emit('exit', null, null);
    expect(said).toEqual([`Stockdesk cannot open its window: ${process.execPath} could not be started (spawn EACCES). Open this address in a browser on this machine: ${ADDRESS}`]);
  });

  it('stays quiet when the browser hands the window to one already running, or is closed later', () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const handedOver = fakeBrowser();
    openWindowOrSay(ADDRESS, { blocker: canOpen, spawn: handedOver.spawnFake, say: (l) => said.push(l) });
    handedOver.child.emit('exit', 0, null);
    const closedLater = fakeBrowser();
    openWindowOrSay(ADDRESS, { blocker: canOpen, spawn: closedLater.spawnFake, say: (l) => said.push(l), graceMs: 5_000 });
    vi.advanceTimersByTime(5_001);
    closedLater.child.emit('exit', null, 'SIGTERM');
    expect(said).toEqual([]);
  });
});
