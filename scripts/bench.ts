// `npm run bench`: times the engine on the benchmark data set at the three sizes of issue 11, each in
// a process of its own (scripts/bench/size.ts: the figures, their floors and the ratios of one size),
// then prints how each figure grows from one size to the next beside its floor's growth, and one line
// of JSON with every size. Not a test: it prints numbers.
//
//   npm run bench                              the three sizes, one after the other (about 10 minutes here)
//   npm run bench -- --size default            2,000 orders, 1,000 items, ~10,000 lines (about 30 seconds)
//   npm run bench -- --size 100k               20,000 orders, 5,000 items, ~100,000 lines (about 2 minutes)
//   npm run bench -- --size 500k               100,000 orders, 20,000 items, ~500,000 lines (about 7 minutes)
//   npm run bench -- --orders 5000 --items 800 any other size: the data set generator's own arguments
import './lib/node-guard.mjs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SIZES: Record<string, string[]> = {
  default: [],
  '100k': ['--orders', '20000', '--items', '5000'],
  '500k': ['--orders', '100000', '--items', '20000'],
};

interface SizeRow {
  what: string;
  ms: number;
  floorMs: number | null;
}
interface SizeReport {
  args: string[];
  counts: Record<string, number>;
  rows: SizeRow[];
  seconds: number;
}

function sizesAsked(args: string[]): [string, string[]][] {
  const at = args.indexOf('--size');
  if (at === -1) return args.length > 0 ? [[args.join(' '), args]] : Object.entries(SIZES);
  const name = args[at + 1] ?? '';
  if (!(name in SIZES)) {
    console.error(`--size takes one of ${Object.keys(SIZES).join(', ')} (got "${name}")`);
    process.exit(2);
  }
  return [[name, SIZES[name]!]];
}

/** Runs one size, passing its table through, and returns its figures (the JSON line it ends with). */
function runSize(name: string, args: string[]): SizeReport {
  console.log(`\n== ${name} ==`);
  const start = Date.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'bench', 'size.ts'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = child.stdout.trim().split('\n');
  console.log(lines.slice(0, -1).join('\n'));
  if (child.status !== 0) {
    console.error(`size ${name} failed (exit ${child.status})`);
    process.exit(child.status ?? 1);
  }
  return { ...(JSON.parse(lines.at(-1)!) as Omit<SizeReport, 'seconds'>), seconds: Math.round((Date.now() - start) / 1000) };
}

const fmt = (x: number | null) => (x === null ? '-' : `${x.toFixed(2)}x`);
const growth = (next: number | null, prev: number | null) => (next !== null && prev ? next / prev : null);

const reports = sizesAsked(process.argv.slice(2)).map(([name, args]) => ({ name, ...runSize(name, args) }));
for (const r of reports) console.log(`${r.name}: ${r.counts.lines} lines, ${r.seconds} s`);
const steps = reports.slice(1).map((next, i) => {
  const prev = reports[i]!;
  const rows = next.rows.map((row) => {
    const before = prev.rows.find((p) => p.what === row.what);
    return { what: row.what, growth: growth(row.ms, before?.ms ?? null), floorGrowth: growth(row.floorMs, before?.floorMs ?? null) };
  });
  console.log(`\ngrowth ${prev.name} -> ${next.name} (lines x${(next.counts.lines! / prev.counts.lines!).toFixed(1)}): time at the larger size / time at the smaller`);
  console.log(`${'what'.padEnd(44)} ${'growth'.padStart(9)} ${'floor'.padStart(9)}`);
  for (const g of rows) console.log(`${g.what.padEnd(44)} ${fmt(g.growth).padStart(9)} ${fmt(g.floorGrowth).padStart(9)}`);
  return { from: prev.name, to: next.name, rows };
});
console.log(JSON.stringify({ sizes: reports, growth: steps }));
