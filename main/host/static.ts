import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Reads a file of the renderer build. `path` is the decoded path of the address. Paths that climb
 * out of `root`, and links that lead out of it, are not found: only the build itself is served.
 */
export async function readStatic(root: string, path: string): Promise<StaticFile | undefined> {
  const file = normalize(join(root, path === '/' ? '/index.html' : path));
  if (!inside(root, file)) return undefined;
  try {
    const real = await realpath(file);
    if (!inside(await realpath(root), real) || !(await stat(real)).isFile()) return undefined;
    return { body: await readFile(real), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
