// `npm start`: the Electron app where its binary exists; otherwise, said in one line, browser mode.
// `npm run start:browser -- --db PATH --port N --no-open` always starts browser mode.
import './lib/node-guard.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { buildIfStale } from './lib/build.mjs';
import { findElectronBinary } from './lib/electron-binary.mjs';
import { windowBlocker } from './lib/window-blocker.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const appArgs = args.filter((a) => a !== '--browser');

try {
  buildIfStale(root);
} catch (error) {
  console.error(`Stockdesk could not be built: ${error.message}`);
  process.exit(1);
}

if (!forceBrowser) {
  const electron = findElectronBinary();
  // Electron cannot show a window without a display, or as root: browser mode still gives an address.
  const blocked = electron.path ? windowBlocker() : undefined;
  if (electron.path && !blocked) {
    const child = spawn(electron.path, [root, ...appArgs], { stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  } else {
    console.log(`Electron cannot run here: ${electron.reason ?? blocked}. Starting Stockdesk in browser mode instead.`);
    await startBrowserMode();
  }
} else {
  await startBrowserMode();
}

async function startBrowserMode() {
  // Runs in this process, so that signals reach the server directly.
  process.argv = [process.argv[0], join(root, 'out', 'main', 'browser.js'), ...appArgs];
  await import(pathToFileURL(join(root, 'out', 'main', 'browser.js')).href);
}
