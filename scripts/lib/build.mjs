// Builds out/ with electron-vite when a source file is newer than the last build, so that repeated
// starts (and every e2e test) do not pay for a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['main', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const STAMP = join('out', '.build-stamp');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIfStale(root = process.cwd(), { quiet = false } = {}) {
  const stamp = join(root, STAMP);
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (built > changed) return;
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: quiet ? 'pipe' : ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(result.stderr ?? '');
    throw new Error('the build failed (electron-vite build); see the messages above');
  }
  writeFileSync(stamp, new Date().toISOString());
}
