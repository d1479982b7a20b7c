// Finds the Electron executable without triggering electron's download-on-first-use (which hangs or
// fails offline). Returns { path } when a runnable binary exists, otherwise { reason }.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function findElectronBinary(env = process.env) {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
    return existsSync(candidate) ? { path: candidate } : { reason: `no Electron binary at ${candidate} (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  const candidate = join(pkgDir, 'dist', relative);
  if (existsSync(pathFile) && existsSync(candidate)) return { path: candidate };
  return {
    reason:
      'the Electron binary is not installed (node_modules/electron/dist is missing; it is downloaded from GitHub, which this machine cannot reach)',
  };
}
