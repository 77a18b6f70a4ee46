import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { desc, eq, sql } from 'drizzle-orm';
import type { EvaluationRun } from '../../../contract/evaluation';
import { addMonthsToDay, formatDay, parseDay } from '../../../core/evaluation/dates';
import { compileModel } from '../../../core/evaluation/evaluate';
import { storedExplanationText } from '../../../core/evaluation/stored';
import type { PreviousGrade } from '../../../core/evaluation/types';
import { toBeijingIso } from '../../../core/shared/time';
import { evaluationModels, evaluationRuns, type EvaluationRunRow } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { inputReader } from './inputs';
import { currentModelRow, modelOf, modelRow } from './models';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Firms between two progress events: the reader's chunks are small, and a bar needs no more. */
const PROGRESS_EVERY = 5000;

export function toRun(ctx: CallContext, r: EvaluationRunRow): EvaluationRun {
  const m = ctx.ws.orm.select({ modelId: evaluationModels.modelId, version: evaluationModels.version }).from(evaluationModels)
    .where(eq(evaluationModels.id, r.modelRowId)).get();
  return {
    id: r.id, modelRowId: r.modelRowId, modelId: m?.modelId ?? '', modelVersion: m?.version ?? 0, asOf: r.asOf,
    scope: JSON.parse(r.scope) as EvaluationRun['scope'], inputDigest: r.inputDigest, enterprises: r.enterprises,
    counts: JSON.parse(r.counts) as EvaluationRun['counts'], durationMs: r.durationMs, status: r.status, proposedBy: r.proposedBy,
    proposedAt: r.proposedAt, decidedBy: r.decidedBy, decidedAt: r.decidedAt, decisionNote: r.decisionNote,
  };
}

/** The grades approved runs gave before `asOf`, each valid for its model's validity period ("years at grade" gates). */
export function previousGradesReader(db: Database.Database, asOf: string): (ids: number[]) => Map<number, PreviousGrade[]> {
  const runs = db.prepare(`SELECT r.id, r.as_of AS asOf, m.json FROM evaluation_runs r JOIN evaluation_models m ON m.id = r.model_row_id
    WHERE r.status = 'approved' AND r.as_of < ?`).all(asOf) as { id: number; asOf: string; json: string }[];
  if (runs.length === 0) return () => new Map();
  const validTo = new Map(runs.map((r) => {
    const months = (JSON.parse(r.json) as { validityMonths?: number }).validityMonths ?? 12;
    return [r.id, formatDay(addMonthsToDay(parseDay(r.asOf), months))];
  }));
  const asOfOf = new Map(runs.map((r) => [r.id, r.asOf]));
  const ids = runs.map((r) => r.id);
  const stmt = db.prepare(`SELECT run_id AS runId, enterprise_id AS enterpriseId, grade FROM evaluation_results
    WHERE enterprise_id BETWEEN ? AND ? AND run_id IN (${ids.map(() => '?').join(',')})`);
  return (firms) => {
    const out = new Map<number, PreviousGrade[]>();
    if (firms.length === 0) return out;
    const wanted = new Set(firms);
    for (const row of stmt.all(firms[0], firms[firms.length - 1], ...ids) as { runId: number; enterpriseId: number; grade: string }[]) {
      if (!wanted.has(row.enterpriseId)) continue;
      const g = { grade: row.grade, validFrom: asOfOf.get(row.runId) ?? '', validTo: validTo.get(row.runId) ?? '' };
      const list = out.get(row.enterpriseId);
      if (list) list.push(g); else out.set(row.enterpriseId, [g]);
    }
    return out;
  };
}

/**
 * Evaluates every enterprise in scope as of a date, in the router's one transaction: a cancel or a
 * failure leaves no run behind. Deterministic: the inputs are read in id order and digested.
 */
export const evaluationRun: Handler<'evaluation:run'> = async (input, ctx) => {
  const user = requireUser(ctx);
  const started = performance.now();
  const row = input.modelRowId ? modelRow(ctx, input.modelRowId) : currentModelRow(ctx);
  const compiled = compileModel(modelOf(row));
  if (!compiled.ok) fail(compiled.error.code, compiled.error.message, compiled.error.details);
  const evaluator = compiled.value.bind(input.asOf);
  if (!evaluator.ok) fail(evaluator.error.code, evaluator.error.message, evaluator.error.details);
  const grades = compiled.value.model.grades.map((g) => g.grade);
  const db = ctx.ws.db;
  const at = toBeijingIso(ctx.now());
  const run = ctx.ws.orm.insert(evaluationRuns).values({
    modelRowId: row.id, asOf: input.asOf, scope: JSON.stringify(input.scope), inputDigest: '', enterprises: 0, counts: '[]', durationMs: 0,
    status: 'proposed', proposedBy: user.username, proposedAt: at,
  }).returning().get();
  const insert = db.prepare('INSERT INTO evaluation_results (run_id, enterprise_id, score, raw_grade, grade, explanation) VALUES (?, ?, ?, ?, ?, ?)');
  const digest = createHash('sha256');
  digest.update(`${row.digest}|${input.asOf}\n`);
  const reader = inputReader(db, input.scope, previousGradesReader(db, input.asOf), digest);
  const counts = new Map(grades.map((g) => [g, 0]));
  let done = 0, reported = 0;
  for (let chunk = reader.next(); chunk !== null; chunk = reader.next()) {
    for (const one of chunk) {
      const r = evaluator.value(one);
      if (!r.ok) fail(r.error.code, `${r.error.message}（企业 ${one.enterprise.uscc}）`, r.error.details);
      insert.run(run.id, r.value.enterpriseId, r.value.score, r.value.rawGrade, r.value.grade, storedExplanationText(r.value));
      counts.set(r.value.grade, (counts.get(r.value.grade) ?? 0) + 1);
    }
    done += chunk.length;
    if (done - reported >= PROGRESS_EVERY) {
      ctx.progress(done, reader.total(), '正在评价');
      reported = done;
    }
    await yieldToEventLoop();
    if (ctx.signal.aborted) fail('E_CANCELLED');
  }
  if (reported !== done) ctx.progress(done, reader.total(), '正在评价');
  const finished = ctx.ws.orm.update(evaluationRuns).set({
    inputDigest: digest.digest('hex'), enterprises: done, counts: JSON.stringify([...counts].map(([grade, count]) => ({ grade, count }))),
    durationMs: Math.round(performance.now() - started),
  }).where(eq(evaluationRuns.id, run.id)).returning().get();
  if (!finished) fail('E_NOT_FOUND');
  ctx.audit({ action: 'evaluation:run', entity: 'evaluation_run', entityId: String(run.id), before: null, after: { modelRowId: row.id, asOf: input.asOf, scope: input.scope, enterprises: done, inputDigest: finished.inputDigest } });
  return toRun(ctx, finished);
};

export const evaluationRuns_: Handler<'evaluation:runs'> = (input, ctx) => {
  const total = ctx.ws.orm.select({ n: sql<number>`count(*)` }).from(evaluationRuns).get()?.n ?? 0;
  const rows = ctx.ws.orm.select().from(evaluationRuns).orderBy(desc(evaluationRuns.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize).all();
  return { items: rows.map((r) => toRun(ctx, r)), total, page: input.page, pageSize: input.pageSize };
};

export function runRow(ctx: CallContext, id: number): EvaluationRunRow {
  return ctx.ws.orm.select().from(evaluationRuns).where(eq(evaluationRuns.id, id)).get() ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的评价批次`);
}

/** A reviewer approves or rejects a run; never the officer who proposed it. */
export const evaluationDecide: Handler<'evaluation:decide'> = (input, ctx) => {
  const user = requireUser(ctx);
  const run = runRow(ctx, input.runId);
  if (run.status !== 'proposed') fail('E_ALREADY_DECIDED', `该评价批次已于 ${run.decidedAt ?? ''} 由 ${run.decidedBy ?? ''} 审核`);
  if (run.proposedBy === user.username) fail('E_SELF_APPROVAL');
  const status = input.approve ? 'approved' : 'rejected';
  const decided = ctx.ws.orm.update(evaluationRuns).set({ status, decidedBy: user.username, decidedAt: toBeijingIso(ctx.now()), decisionNote: input.note ?? null })
    .where(eq(evaluationRuns.id, run.id)).returning().get();
  if (!decided) fail('E_NOT_FOUND');
  ctx.audit({ action: 'evaluation:decide', entity: 'evaluation_run', entityId: String(run.id), before: { status: run.status }, after: { status, note: input.note ?? null } });
  return toRun(ctx, decided);
};
