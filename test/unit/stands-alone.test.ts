import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The repository stands alone: a newcomer with only this clone can read every rule, screen and
// layer it refers to. Nothing points at the specification files it was first written from, and every
// repository path the docs name exists (so a file moved without its docs fails here).
const SKIP = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.git']);
const TEXT = /\.(ts|tsx|mjs|js|cjs|mts|json|md|css|html|yml|yaml)$|^run$/;
const THIS_FILE = 'test/unit/stands-alone.test.ts';
const OUTSIDE = /\.\.\/shared\/(?:[A-Za-z]+\.md|bench|seeds)|\b(?:DOMAIN|SCREENS|ARCHITECTURE|TOOLCHAIN)\.md\b|\bseeds\//;

function files(dir = '.'): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return TEXT.test(name) && name !== 'package-lock.json' ? [path] : [];
  });
}

const DOCS = ['README.md', ...readdirSync('docs').map((f) => join('docs', f))];

/** Repository paths a document names in backticks (`main/store/sql.ts`) and in links ([rules](rules.md)). */
function namedPaths(doc: string): string[] {
  const text = readFileSync(doc, 'utf8');
  const ticked = [...text.matchAll(/`((?:shared|main|renderer|test|scripts|docs)\/[^`\s]*)`/g)].map((m) => m[1]!);
  const linked = [...text.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^[a-z]+:/.test(target));
  return [
    ...ticked.filter((path) => !/[<>*…{]/.test(path)).map((path) => path.replace(/[.,:;]$/, '')),
    ...linked.map((target) => relative('.', join(dirname(doc), target))),
  ];
}

describe('the repository stands alone', () => {
  it('points at no file outside it', () => {
    const pointers = files()
      .filter((file) => file !== THIS_FILE)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (OUTSIDE.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(pointers).toEqual([]);
  });

  it('has the rules, the screens and the architecture in docs/', () => {
    for (const doc of ['docs/rules.md', 'docs/screens.md', 'docs/architecture.md']) expect(existsSync(doc), doc).toBe(true);
  });

  it.each(DOCS)('names only paths that exist, in %s', (doc) => {
    expect(namedPaths(doc).filter((path) => !existsSync(path))).toEqual([]);
  });
});
