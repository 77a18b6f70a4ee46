import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { modelCanonicalString, parseEvaluationModel, type EvaluationModel } from '../../../core/evaluation/model';
import { toBeijingIso } from '../../../core/shared/time';
import { evaluationModels, evaluationRuns, type EvaluationModelRow } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';

const digestOf = (m: EvaluationModel): string => createHash('sha256').update(modelCanonicalString(m)).digest('hex');

function parsed(json: unknown): EvaluationModel {
  const r = parseEvaluationModel(json);
  if (!r.ok) fail('E_MODEL_INVALID', r.error.message, r.error.details);
  return r.value;
}

function info(ctx: CallContext, row: EvaluationModelRow) {
  const used = ctx.ws.orm.select({ id: evaluationRuns.id }).from(evaluationRuns).where(eq(evaluationRuns.modelRowId, row.id)).limit(1).get() !== undefined;
  return { id: row.id, modelId: row.modelId, version: row.version, name: row.name, digest: row.digest, createdAt: row.createdAt, createdBy: row.createdBy, used };
}

/**
 * Stores a model as a new row. A row is never updated: saving a model whose id already exists
 * makes the next version, so a run's model (by row id and digest) can never change under it.
 */
export function storeModel(ctx: CallContext, model: EvaluationModel, by: string): EvaluationModelRow {
  const latest = ctx.ws.orm.select().from(evaluationModels).where(eq(evaluationModels.modelId, model.id)).orderBy(desc(evaluationModels.version)).get();
  const version = Math.max(model.version, (latest?.version ?? 0) + 1);
  const stored = { ...model, version };
  const row = ctx.ws.orm.insert(evaluationModels).values({
    modelId: stored.id, version, name: stored.name, json: JSON.stringify(stored), digest: digestOf(stored), createdAt: toBeijingIso(ctx.now()), createdBy: by,
  }).returning().get();
  ctx.audit({ action: 'evaluation:model-save', entity: 'evaluation_model', entityId: String(row.id), before: null, after: { modelId: row.modelId, version, digest: row.digest } });
  return row;
}

/** The model a run uses when none is named: the newest stored one, or the shipped default loaded on first use. */
export function currentModelRow(ctx: CallContext): EvaluationModelRow {
  const newest = ctx.ws.orm.select().from(evaluationModels).orderBy(desc(evaluationModels.id)).get();
  if (newest) return newest;
  const shipped = parsed(JSON.parse(readFileSync(join(ctx.resourcesDir, 'models', 'default-model.json'), 'utf8')));
  return storeModel(ctx, shipped, requireUser(ctx).username);
}

export function modelRow(ctx: CallContext, id: number): EvaluationModelRow {
  return ctx.ws.orm.select().from(evaluationModels).where(eq(evaluationModels.id, id)).get() ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的评价模型`);
}

export function modelOf(row: EvaluationModelRow): EvaluationModel {
  return parsed(JSON.parse(row.json));
}

export const evaluationModelsList: Handler<'evaluation:models'> = (_input, ctx) =>
  ctx.ws.orm.select().from(evaluationModels).orderBy(desc(evaluationModels.id)).all().map((r) => info(ctx, r));

export const evaluationModelGet: Handler<'evaluation:model-get'> = (input, ctx) => {
  const row = modelRow(ctx, input.id);
  return { ...info(ctx, row), model: JSON.parse(row.json) as unknown };
};

export const evaluationModelSave: Handler<'evaluation:model-save'> = (input, ctx) => {
  const model = parsed(input.model);
  const same = ctx.ws.orm.select().from(evaluationModels).where(and(eq(evaluationModels.modelId, model.id), eq(evaluationModels.digest, digestOf(model)))).get();
  // Saving an unchanged model changes nothing, but the call still leaves its trace.
  if (same) {
    ctx.audit({ action: 'evaluation:model-save', entity: 'evaluation_model', entityId: String(same.id), before: null, after: { unchanged: true } });
    return info(ctx, same);
  }
  return info(ctx, storeModel(ctx, model, requireUser(ctx).username));
};
