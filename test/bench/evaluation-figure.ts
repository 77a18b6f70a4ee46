import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createRandom } from '../../src/core/demo/random';
import { QCD } from '../helpers/cli';
import { tempDir } from '../helpers/workspace';
import { BENCH_PASSWORD, benchBackend, value } from './bench-backend';
import type { DemoWorkspace } from './demo-workspace';
import { MAX_RSS_HOOK } from './max-rss';
import { fmt, ms, percentile, ratioLine } from './scale';

const AS_OF = '2026-06-30';
const TARGET_RATIO = 3;
const TARGET_MEMORY_MB = 400;
const TARGET_SINGLE_MS = 50;
const SINGLE_FIRMS = 20;

/**
 * Baseline: one SQL pass that reads every live record once — the columns the evaluation reads,
 * the detail members it takes out of the JSON included — in table order, the cheapest such pass.
 */
function sqlPassSeconds(dir: string): { seconds: number; rows: number } {
  const db = new Database(join(dir, 'qcd.sqlite'), { readonly: true });
  try {
    const stmt = db.prepare(`SELECT id, enterprise_id, kind, effect, occurred_on, date_precision, ends_on, outcome, severity, state,
      CASE kind WHEN 'spot-checks' THEN json_extract(details, '$.seriousFail') END,
      CASE kind WHEN 'licences' THEN json_extract(details, '$.certificationType') END,
      CASE kind WHEN 'accidents' THEN json_extract(details, '$.type') END,
      CASE kind WHEN 'awards' THEN json_extract(details, '$.level') END
      FROM credit_records WHERE deleted_at IS NULL`).raw();
    const start = performance.now();
    let rows = 0;
    for (const _ of stmt.iterate()) rows++;
    return { seconds: (performance.now() - start) / 1000, rows };
  } finally {
    db.close();
  }
}

type CliRun = { runId: number; enterprises: number; durationMs: number; wallSeconds: number; maxRssMb: number };

/** Measured: `qcd evaluate` in its own process, as people run it; the run's own duration and the process's peak memory. */
function cliEvaluate(dir: string): CliRun {
  const t = tempDir('qcd-bench-eval-');
  try {
    const pw = join(t.dir, 'pw');
    writeFileSync(pw, `${BENCH_PASSWORD}\n`);
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', MAX_RSS_HOOK, QCD, 'evaluate', '--workspace', dir, '--as-of', AS_OF,
      '--user', 'admin', '--password-file', pw, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const wallSeconds = (performance.now() - start) / 1000;
    if (r.status !== 0) throw new Error(`qcd evaluate failed (${r.status}): ${r.stdout.slice(0, 2000)} ${r.stderr.slice(0, 2000)}`);
    const out = JSON.parse(r.stdout) as { runId: number; enterprises: number; durationMs: number };
    const rss = /QCD_MAX_RSS_KB=(\d+)/.exec(r.stderr);
    return { ...out, wallSeconds, maxRssMb: Number(rss?.[1] ?? Number.NaN) / 1024 };
  } finally {
    t.cleanup();
  }
}

/** The bench's own run is removed again, so that the cached workspace stays the same from one bench to the next. */
function dropRun(dir: string, runId: number): void {
  const db = new Database(join(dir, 'qcd.sqlite'));
  try {
    db.transaction(() => {
      db.prepare('DELETE FROM evaluation_results WHERE run_id = ?').run(runId);
      db.prepare('DELETE FROM evaluation_runs WHERE id = ?').run(runId);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

type Rec = { id: number; enterpriseId: number; severity: string; [k: string]: unknown };

/**
 * Re-evaluation of one firm after one of its records changes: `records:update` of a penalty's
 * severity through the router, then `evaluation:preview` of its firm (the dossier's live grade),
 * for SINGLE_FIRMS firms; each record is put back afterwards.
 */
async function singleFirm(dir: string, firms: number): Promise<{ update: number[]; preview: number[] }> {
  const b = await benchBackend(dir);
  const random = createRandom('bench-evaluation');
  const pick = b.backend.ws.db.prepare(`SELECT id FROM credit_records WHERE kind = 'penalties' AND deleted_at IS NULL AND enterprise_id >= ?
    ORDER BY enterprise_id LIMIT 1`).pluck();
  const update: number[] = [];
  const preview: number[] = [];
  try {
    for (let i = 0; i < SINGLE_FIRMS; i++) {
      const id = pick.get(1 + random.int(firms)) as number | undefined;
      if (id === undefined) continue;
      const r = (await value(b, 'records:get', { id })) as Rec;
      const draft = { authority: r.authority, authorityCode: r.authorityCode, docNo: r.docNo, occurredOn: r.occurredOn, datePrecision: r.datePrecision,
        endsOn: r.endsOn, outcome: r.outcome, severity: r.severity, productId: r.productId, personId: r.personId, details: r.details };
      const changed = { ...draft, severity: r.severity === 'serious' ? 'general' : 'serious' };
      let t = performance.now();
      await value(b, 'records:update', { id, draft: changed });
      update.push(performance.now() - t);
      t = performance.now();
      await value(b, 'evaluation:preview', { enterpriseId: r.enterpriseId, asOf: AS_OF });
      preview.push(performance.now() - t);
      await value(b, 'records:update', { id, draft });
    }
  } finally {
    b.close();
  }
  return { update, preview };
}

/** Issue 4's figures: a full run against one SQL pass over the records, its peak memory, and one firm re-evaluated after a change. */
export async function evaluationFigure(demo: DemoWorkspace): Promise<void> {
  console.log(`\n[evaluation] default model as of ${AS_OF} on ${fmt(demo.enterprises)} enterprises / ${fmt(demo.records)} records`);
  const pass = sqlPassSeconds(demo.dir);
  console.log(`baseline  one SQL pass reading every record once (${fmt(pass.rows)} rows, the columns the run reads): ${pass.seconds.toFixed(2)} s`);
  const run = cliEvaluate(demo.dir);
  try {
    console.log(`measured  qcd evaluate: the run ${(run.durationMs / 1000).toFixed(2)} s for ${fmt(run.enterprises)} enterprises (whole process with start-up and sign-in ${run.wallSeconds.toFixed(2)} s)`);
    console.log(ratioLine('full run time / one SQL pass', run.durationMs / 1000 / pass.seconds, TARGET_RATIO, false));
    console.log(`measured  peak memory (maxRSS) of the qcd evaluate process: ${run.maxRssMb.toFixed(0)} MB  (no target in the issue; the import's is ${TARGET_MEMORY_MB} MB: ${run.maxRssMb <= TARGET_MEMORY_MB ? 'within' : 'above'})`);
  } finally {
    dropRun(demo.dir, run.runId);
  }
  const single = await singleFirm(demo.dir, demo.enterprises);
  const [u50, u95, p50, p95] = [percentile(single.update, 50), percentile(single.update, 95), percentile(single.preview, 50), percentile(single.preview, 95)];
  console.log(`measured  one record changed (records:update) p50 ${ms(u50)} p95 ${ms(u95)}; its firm re-evaluated (evaluation:preview) p50 ${ms(p50)} p95 ${ms(p95)} (${single.preview.length} firms)`);
  console.log(ratioLine('single-firm re-evaluation p95 ms (target is absolute)', p95, TARGET_SINGLE_MS, false));
}
