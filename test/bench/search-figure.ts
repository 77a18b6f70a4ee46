import { createRandom } from '../../src/core/demo/random';
import { benchBackend, type BenchBackend } from './bench-backend';
import type { DemoWorkspace } from './demo-workspace';
import { fmt, ms, percentile, ratioLine } from './scale';

const QUERIES = 50;
const WARM_UP = 5;
const PAGE = 20;
const TARGET_P95_MS = 30;

type Group = { label: string; queries: string[]; column: 'name' | 'uscc' };

/** Fragments as people type them: runs of 1, 2 or 4 characters from real names, and USCC prefixes. */
function groups(b: BenchBackend, n: number, seed: string): Group[] {
  const random = createRandom(`bench-search/${seed}`);
  const at = b.backend.ws.db.prepare('SELECT name, uscc FROM enterprises WHERE id = ?');
  const sample = Array.from({ length: QUERIES }, () => at.get(1 + random.int(n)) as { name: string; uscc: string });
  const fragment = (name: string, length: number) => {
    const chars = [...name];
    const from = random.int(Math.max(1, chars.length - length + 1));
    return chars.slice(from, from + length).join('');
  };
  return [
    ...[1, 2, 4].map((length): Group => ({ label: `name, ${length} char${length > 1 ? 's' : ''}`, column: 'name', queries: sample.map((s) => fragment(s.name, length)) })),
    ...[4, 8, 12].map((length): Group => ({ label: `USCC prefix, ${length} chars`, column: 'uscc', queries: sample.map((s) => s.uscc.slice(0, length)) })),
  ];
}

/** Wall-clock and CPU milliseconds of one call: on a shared machine the CPU time says what the code costs, the wall time what a person waits. */
async function time(work: () => unknown, cpu: number[]): Promise<number> {
  const start = performance.now();
  const used = process.cpuUsage();
  await work();
  const d = process.cpuUsage(used);
  cpu.push((d.user + d.system) / 1000);
  return performance.now() - start;
}

/**
 * The baseline a search box without indexes would be: the same page (20 rows in id order) and
 * an exact count, by a plain LIKE '%…%' scan of the column.
 */
function likeScan(b: BenchBackend, column: 'name' | 'uscc'): (q: string) => void {
  const db = b.backend.ws.db;
  const count = db.prepare(`SELECT count(*) FROM enterprises WHERE deleted_at IS NULL AND ${column} LIKE ?`).pluck();
  const page = db.prepare(`SELECT * FROM enterprises WHERE deleted_at IS NULL AND ${column} LIKE ? ORDER BY id LIMIT ${PAGE}`);
  return (q) => {
    const pattern = `%${q}%`;
    count.get(pattern);
    page.all(pattern);
  };
}

/** Latency of `enterprises:list` through the router (page 1, 20 rows) beside a LIKE scan, per kind of fragment. */
export async function searchFigure(demo: DemoWorkspace, seed: string): Promise<void> {
  console.log(`\n[search] enterprises:list through the router, page 1 of ${PAGE}, ${QUERIES} queries each, on ${fmt(demo.enterprises)} enterprises / ${fmt(demo.records)} records`);
  const b = await benchBackend(demo.dir);
  try {
    for (const g of groups(b, demo.enterprises, seed)) {
      const list = async (query: string) => {
        const r = await b.call('enterprises:list', { query, page: 1, pageSize: PAGE });
        if (!r.ok) throw new Error(`enterprises:list ${query}: ${r.error.code} ${r.error.message}`);
      };
      for (const q of g.queries.slice(0, WARM_UP)) await list(q);
      const [ours, oursCpu, base, baseCpu] = [[], [], [], []] as [number[], number[], number[], number[]];
      for (const q of g.queries) ours.push(await time(() => list(q), oursCpu));
      const scan = likeScan(b, g.column);
      for (const q of g.queries) base.push(await time(() => scan(q), baseCpu));
      const [p50, p95, b50, b95] = [percentile(ours, 50), percentile(ours, 95), percentile(base, 50), percentile(base, 95)];
      console.log(`${g.label.padEnd(22)} measured p50 ${ms(p50)}  p95 ${ms(p95)} (CPU p95 ${ms(percentile(oursCpu, 95))})   baseline LIKE scan p50 ${ms(b50)}  p95 ${ms(b95)} (CPU p95 ${ms(percentile(baseCpu, 95))})   e.g. “${g.queries[0] ?? ''}”`);
      console.log(ratioLine(`${g.label}: p95 ms (target is absolute)`, p95, TARGET_P95_MS, false));
    }
  } finally {
    b.close();
  }
}
