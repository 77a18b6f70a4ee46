import type { RunReport } from '../../../contract/evaluation';
import type { Handler } from '../../router/context';
import { adjustedGradeSql } from './approved';
import { modelOf, modelRow } from './models';
import { runRow, toRun } from './run';

const MOVES_SHOWN = 200;

type Move = { enterpriseId: number; uscc: string; name: string; from: string; to: string; scoreFrom: string; scoreTo: string };

/** A rank expression for grades, best first, from the model's bands (never alphabetical: AAA > AA > A). */
function rankSql(grades: readonly string[], column: string): string {
  return `CASE ${column} ${grades.map((g, i) => `WHEN '${g.replace(/'/g, "''")}' THEN ${i}`).join(' ')} ELSE ${grades.length} END`;
}

/**
 * A run's picture: what moved since the approved run before it (up, down, new vetoes), the grades
 * by region and by industry, and a score histogram — all in SQL, so a million results stay on disk.
 */
export const evaluationReport: Handler<'evaluation:report'> = (input, ctx) => {
  const run = runRow(ctx, input.runId);
  const grades = modelOf(modelRow(ctx, run.modelRowId)).grades.map((g) => g.grade);
  const db = ctx.ws.db;
  const previous = db.prepare(`SELECT id FROM evaluation_runs WHERE status = 'approved' AND id <> ? AND (as_of < ? OR (as_of = ? AND id < ?))
    ORDER BY as_of DESC, id DESC LIMIT 1`).pluck().get(run.id, run.asOf, run.asOf, run.id) as number | undefined;
  const moves = (direction: '<' | '>'): { list: Move[]; count: number } => {
    if (previous === undefined) return { list: [], count: 0 };
    const where = `FROM evaluation_results b JOIN evaluation_results a ON a.run_id = @prev AND a.enterprise_id = b.enterprise_id
      JOIN enterprises e ON e.id = b.enterprise_id WHERE b.run_id = @run AND ${rankSql(grades, 'b.grade')} ${direction} ${rankSql(grades, 'a.grade')}`;
    const count = db.prepare(`SELECT count(*) ${where}`).pluck().get({ prev: previous, run: run.id }) as number;
    const list = db.prepare(`SELECT b.enterprise_id AS enterpriseId, e.uscc, e.name, a.grade AS "from", b.grade AS "to", a.score AS scoreFrom, b.score AS scoreTo
      ${where} ORDER BY b.enterprise_id LIMIT ${MOVES_SHOWN}`).all({ prev: previous, run: run.id }) as Move[];
    return { list, count };
  };
  const up = moves('<');
  const down = moves('>');
  const vetoed = (prev: boolean) => (prev ? `AND NOT EXISTS (SELECT 1 FROM evaluation_results a WHERE a.run_id = @prev AND a.enterprise_id = b.enterprise_id
    AND json_array_length(a.explanation, '$.vetoes') > 0)` : '');
  const newVetoes = (db.prepare(`SELECT b.enterprise_id AS enterpriseId, e.uscc, e.name, b.explanation FROM evaluation_results b JOIN enterprises e ON e.id = b.enterprise_id
    WHERE b.run_id = @run AND json_array_length(b.explanation, '$.vetoes') > 0 ${vetoed(previous !== undefined)} ORDER BY b.enterprise_id LIMIT ${MOVES_SHOWN}`)
    .all({ run: run.id, prev: previous ?? 0 }) as { enterpriseId: number; uscc: string; name: string; explanation: string }[])
    .map((v) => ({ enterpriseId: v.enterpriseId, uscc: v.uscc, name: v.name, rules: (JSON.parse(v.explanation) as { vetoes: { label: string }[] }).vetoes.map((x) => x.label) }));
  const grouped = (keyExpr: string) => {
    const rows = db.prepare(`SELECT ${keyExpr} AS key, r.grade, count(*) AS n FROM evaluation_results r JOIN enterprises e ON e.id = r.enterprise_id
      WHERE r.run_id = ? GROUP BY key, r.grade ORDER BY key`).all(run.id) as { key: string; grade: string; n: number }[];
    const byKey = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const m = byKey.get(r.key) ?? new Map<string, number>();
      m.set(r.grade, r.n);
      byKey.set(r.key, m);
    }
    return [...byKey].map(([key, m]) => ({ key, counts: grades.map((grade) => ({ grade, count: m.get(grade) ?? 0 })) }));
  };
  const byRegion = grouped("substr(e.region_code, 1, 4) || '00'").map((g) => ({ ...g, label: ctx.codes.regionFullName(g.key) }));
  const byIndustry = grouped('substr(e.industry_code, 1, 1)').map((g) => ({ ...g, label: ctx.codes.industryName(g.key) }));
  const bins = db.prepare(`SELECT min(CAST(CAST(score AS REAL) / 10 AS INTEGER), 9) AS bin, count(*) AS n FROM evaluation_results WHERE run_id = ? GROUP BY bin`)
    .all(run.id) as { bin: number; n: number }[];
  const histogram = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: bins.find((b) => b.bin === i)?.n ?? 0 }));
  const report: RunReport = {
    run: toRun(ctx, run), previousRunId: previous ?? null, upgrades: up.list, downgrades: down.list, upgradeCount: up.count, downgradeCount: down.count,
    newVetoes, byRegion, byIndustry, histogram,
  };
  return report;
};

export const evaluationResults: Handler<'evaluation:results'> = (input, ctx) => {
  const run = runRow(ctx, input.runId);
  const where = ['r.run_id = @run'];
  if (input.grade) where.push('r.grade = @grade');
  if (input.query) where.push('(instr(e.name, @query) > 0 OR e.uscc GLOB @prefix)');
  const params = { run: run.id, grade: input.grade ?? '', query: input.query ?? '', prefix: `${(input.query ?? '').toUpperCase().replace(/[^0-9A-Z]/g, '')}*` };
  const from = `FROM evaluation_results r JOIN enterprises e ON e.id = r.enterprise_id WHERE ${where.join(' AND ')}`;
  const total = ctx.ws.db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
  const rows = ctx.ws.db.prepare(`SELECT r.enterprise_id AS enterpriseId, e.uscc, e.name, r.score, r.raw_grade AS rawGrade, r.grade,
    ${adjustedGradeSql('r.run_id', 'r.enterprise_id')} AS adjustedGrade,
    json_array_length(r.explanation, '$.vetoes') > 0 AS vetoed
    ${from} ORDER BY r.enterprise_id LIMIT @limit OFFSET @offset`).all({ ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as
    { enterpriseId: number; uscc: string; name: string; score: string; rawGrade: string; grade: string; adjustedGrade: string | null; vetoed: number }[];
  return { items: rows.map((r) => ({ ...r, vetoed: r.vetoed === 1 })), total, page: input.page, pageSize: input.pageSize };
};
