import { spawn as spawnProcess, type ChildProcess } from 'node:child_process';
import { windowBlocker } from '../../scripts/lib/window-blocker.mjs';
import { openAppWindow, type AppWindow, type AppWindowOptions } from './open-browser';

/** A browser that exits within this time of starting failed to open the window. */
const STARTUP_GRACE_MS = 5_000;

export interface WindowFallbackOptions {
  /** Why no window can open on this machine; windowBlocker() by default. */
  blocker?: () => string | undefined;
  /** Opens the window; openAppWindow by default. */
  open?: (url: string, options: AppWindowOptions) => AppWindow | undefined;
  spawn?: typeof spawnProcess;
  /** Where the clerk reads why (standard error by default: standard output carries the ready line). */
  say?: (line: string) => void;
  graceMs?: number;
}

/**
 * Opens the app window on `address`, or says why it cannot and gives the address to open instead:
 * no display, running as root (Chromium refuses without --no-sandbox), no browser, or a browser
 * that stopped as soon as it started. A detached browser's failure is otherwise silent.
 */
export function openWindowOrSay(address: string, options: WindowFallbackOptions = {}): AppWindow | undefined {
  const say = options.say ?? ((line: string) => console.error(line));
  const cannot = (why: string) => say(`Stockdesk cannot open its window: ${why}. Open this address in a browser on this machine: ${address}`);
  const blocked = (options.blocker ?? windowBlocker)();
  if (blocked) {
    cannot(blocked);
    return undefined;
  }
  const spawn = (options.spawn ?? spawnProcess) as (...args: unknown[]) => ChildProcess;
  const watchedSpawn = ((...args: unknown[]) => {
    const child = spawn(...args);
    watchStartup(child, String(args[0]), options.graceMs ?? STARTUP_GRACE_MS, cannot);
    return child;
  }) as typeof spawnProcess;
  const appWindow = (options.open ?? openAppWindow)(address, { spawn: watchedSpawn });
  if (!appWindow) cannot('no Chromium-family browser was found (set CHROMIUM_PATH to one)');
  return appWindow;
}

function watchStartup(child: ChildProcess, browser: string, graceMs: number, cannot: (why: string) => void): void {
  let settled = false;
  const timer = setTimeout(() => (settled = true), graceMs);
  timer.unref();
  const fail = (why: string) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    cannot(why);
  };
  child.on('error', (error: Error) => fail(`${browser} could not be started (${error.message})`));
  // Exit code 0 at once is a browser handing the window to one already running on the same profile.
  child.on('exit', (code: number | null, signal: NodeJS.Signals | null) => {
    if (code !== 0) fail(`${browser} stopped as soon as it started (${signal ? `signal ${signal}` : `exit code ${code}`})`);
  });
}
