import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Explanation } from '../../../contract/evaluation';
import { compileModel } from '../../../core/evaluation/evaluate';
import { explanationOf } from '../../../core/evaluation/stored';
import type { EnterpriseEvaluation } from '../../../core/evaluation/types';
import { toBeijingIso } from '../../../core/shared/time';
import { gradeAdjustments } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { findEnterpriseRow } from '../enterprises';
import { inputReader } from './inputs';
import { currentModelRow, modelOf, modelRow } from './models';
import { previousGradesReader, runRow } from './run';

const hits = (list: EnterpriseEvaluation['vetoes']) => list.map((h) => ({ ruleId: h.ruleId, label: h.label, grade: h.grade, recordIds: [...h.recordIds] }));
/** The engine's results are read-only; the contract's are plain copies. */
const indicators = (list: EnterpriseEvaluation['indicators']) => list.map((i) => ({
  path: i.path, label: i.label, points: i.points, maxPoints: i.maxPoints, recordIds: [...i.recordIds], items: i.items.map((x) => ({ ...x })), notes: [...i.notes],
}));
const dimensions = (list: EnterpriseEvaluation['dimensions']) => list.map((d) => ({ ...d }));

function adjustmentsOf(ctx: CallContext, runId: number, enterpriseId: number): Explanation['adjustments'] {
  return ctx.ws.orm.select().from(gradeAdjustments).where(and(eq(gradeAdjustments.runId, runId), eq(gradeAdjustments.enterpriseId, enterpriseId)))
    .orderBy(desc(gradeAdjustments.id)).all()
    .map((a) => ({ id: a.id, fromGrade: a.fromGrade, toGrade: a.toGrade, reason: a.reason, status: a.status, proposedBy: a.proposedBy, proposedAt: a.proposedAt, decidedBy: a.decidedBy, decidedAt: a.decidedAt }));
}

/** Every point of a stored result, the records behind it, and any hand adjustment. */
export const evaluationExplain: Handler<'evaluation:explain'> = (input, ctx) => {
  const run = runRow(ctx, input.runId);
  const e = findEnterpriseRow(ctx, input.enterpriseId);
  const row = ctx.ws.db.prepare('SELECT score, raw_grade AS rawGrade, grade, explanation FROM evaluation_results WHERE run_id = ? AND enterprise_id = ?')
    .get(run.id, e.id) as { score: string; rawGrade: string; grade: string; explanation: string } | undefined;
  if (!row) fail('E_NOT_FOUND', `评价批次 ${run.id} 中没有企业“${e.name}”`);
  const model = modelRow(ctx, run.modelRowId);
  const x = explanationOf(modelOf(model), row.explanation);
  return {
    runId: run.id, enterpriseId: e.id, uscc: e.uscc, name: e.name, asOf: run.asOf, modelId: model.modelId, modelVersion: model.version,
    score: row.score, rawGrade: row.rawGrade, grade: row.grade, validTo: x.validTo, dimensions: dimensions(x.dimensions), indicators: indicators(x.indicators),
    gatesFailed: hits(x.gatesFailed), caps: hits(x.caps), vetoes: hits(x.vetoes), adjustments: adjustmentsOf(ctx, run.id, e.id),
  };
};

/** One enterprise evaluated now, from its current records, without storing anything (the dossier's live grade). */
export const evaluationPreview: Handler<'evaluation:preview'> = (input, ctx) => {
  const e = findEnterpriseRow(ctx, input.enterpriseId);
  const row = input.modelRowId ? modelRow(ctx, input.modelRowId) : currentModelRow(ctx);
  const compiled = compileModel(modelOf(row));
  if (!compiled.ok) fail(compiled.error.code, compiled.error.message, compiled.error.details);
  const db = ctx.ws.db;
  const reader = inputReader(db, {}, previousGradesReader(db, input.asOf), createHash('sha256'), 1, e.id - 1);
  const one = reader.next()?.[0];
  if (!one || one.enterprise.id !== e.id) fail('E_NOT_FOUND');
  const r = compiled.value.bind(input.asOf);
  const result = r.ok ? r.value(one) : r;
  if (!result.ok) fail(result.error.code, result.error.message, result.error.details);
  const v = result.value;
  return {
    runId: null, enterpriseId: e.id, uscc: e.uscc, name: e.name, asOf: input.asOf, modelId: row.modelId, modelVersion: row.version,
    score: v.score, rawGrade: v.rawGrade, grade: v.grade, validTo: v.validTo, dimensions: dimensions(v.dimensions), indicators: indicators(v.indicators),
    gatesFailed: hits(v.gatesFailed), caps: hits(v.caps), vetoes: hits(v.vetoes), adjustments: [],
  };
};

export const evaluationAdjust: Handler<'evaluation:adjust'> = (input, ctx) => {
  const run = runRow(ctx, input.runId);
  const grades = modelOf(modelRow(ctx, run.modelRowId)).grades.map((g) => g.grade);
  if (!grades.includes(input.toGrade)) fail('E_VALIDATION', `等级应为：${grades.join('、')}`, { field: 'toGrade' });
  const current = ctx.ws.db.prepare('SELECT grade FROM evaluation_results WHERE run_id = ? AND enterprise_id = ?').pluck().get(run.id, input.enterpriseId) as string | undefined;
  if (current === undefined) fail('E_NOT_FOUND', `评价批次 ${run.id} 中没有编号为 ${input.enterpriseId} 的企业`);
  if (current === input.toGrade) fail('E_VALIDATION', '调整后的等级与评价等级相同', { field: 'toGrade' });
  const row = ctx.ws.orm.insert(gradeAdjustments).values({
    runId: run.id, enterpriseId: input.enterpriseId, fromGrade: current, toGrade: input.toGrade, reason: input.reason, status: 'proposed',
    proposedBy: requireUser(ctx).username, proposedAt: toBeijingIso(ctx.now()),
  }).returning().get();
  ctx.audit({ action: 'evaluation:adjust', entity: 'grade_adjustment', entityId: String(row.id), before: null, after: { runId: run.id, enterpriseId: input.enterpriseId, fromGrade: current, toGrade: input.toGrade, reason: input.reason } });
  return { id: row.id, status: 'proposed' as const };
};

export const evaluationAdjustDecide: Handler<'evaluation:adjust-decide'> = (input, ctx) => {
  const user = requireUser(ctx);
  const a = ctx.ws.orm.select().from(gradeAdjustments).where(eq(gradeAdjustments.id, input.id)).get();
  if (!a) fail('E_NOT_FOUND', `未找到编号为 ${input.id} 的等级调整申请`);
  if (a.status !== 'proposed') fail('E_ALREADY_DECIDED');
  if (a.proposedBy === user.username) fail('E_SELF_APPROVAL');
  const status = input.approve ? 'approved' as const : 'rejected' as const;
  ctx.ws.orm.update(gradeAdjustments).set({ status, decidedBy: user.username, decidedAt: toBeijingIso(ctx.now()) }).where(eq(gradeAdjustments.id, a.id)).run();
  ctx.audit({ action: 'evaluation:adjust-decide', entity: 'grade_adjustment', entityId: String(a.id), before: { status: a.status }, after: { status, fromGrade: a.fromGrade, toGrade: a.toGrade } });
  return { id: a.id, status };
};
