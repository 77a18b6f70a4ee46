import { z } from 'zod';
import { canonicalJson } from '../shared/canonical-json';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { type Condition, EvaluationModelShape, type PointRule } from './model-schema';

type Shape = z.infer<typeof EvaluationModelShape>;

function conditionGrades(c: Condition, out: string[]): void {
  if (c.type === 'years-at-grade') out.push(c.grade);
  else if (c.type === 'not') conditionGrades(c.condition, out);
  else if (c.type === 'all' || c.type === 'any') for (const x of c.conditions) conditionGrades(x, out);
}

function checkRule(rule: PointRule, issue: (msg: string) => void): void {
  if ((rule.kind === 'deduction' || rule.kind === 'bonus') && rule.decay?.type === 'linear' && rule.windowMonths === undefined) {
    issue(`rule ${rule.id}: linear decay needs windowMonths`);
  }
}

/** The checks a JSON Schema cannot state: unique ids, ordered bands, grades that exist. */
function checkModel(m: Shape, ctx: z.RefinementCtx): void {
  const issue = (message: string): void => ctx.addIssue({ code: 'custom', message });
  const grades = m.grades.map((g) => g.grade);
  if (new Set(grades).size !== grades.length) issue('grades must be distinct');
  for (let i = 1; i < m.grades.length; i++) {
    if ((m.grades[i]?.minScore ?? 0) >= (m.grades[i - 1]?.minScore ?? 0)) issue('grade bands must be best first with falling minScore');
  }
  if (m.grades[m.grades.length - 1]?.minScore !== 0) issue('the lowest grade band must start at 0');
  const ids = new Set<string>();
  const unique = (id: string): void => {
    if (ids.has(id)) issue(`duplicate id ${id}`);
    ids.add(id);
  };
  const usedGrades: string[] = [];
  for (const d of m.dimensions) {
    unique(d.id);
    for (const ind of d.indicators) {
      unique(`${d.id}/${ind.id}`);
      for (const r of ind.rules) {
        unique(r.id);
        checkRule(r, issue);
        if (r.kind === 'base' && r.when) conditionGrades(r.when, usedGrades);
      }
    }
  }
  for (const r of m.gradeRules) {
    unique(r.id);
    if (r.kind === 'gate') usedGrades.push(r.grade);
    if (r.kind === 'cap') usedGrades.push(r.maxGrade);
    if (r.kind === 'veto' && r.grade !== undefined) usedGrades.push(r.grade);
    conditionGrades(r.kind === 'gate' ? r.requires : r.when, usedGrades);
  }
  for (const g of usedGrades) if (!grades.includes(g)) issue(`grade ${g} is not one of the model's bands`);
}

/** The whole model contract: shape plus cross-field checks. */
export const EvaluationModelSchema = EvaluationModelShape.superRefine(checkModel);
export type EvaluationModel = z.infer<typeof EvaluationModelSchema>;

/**
 * Validate a model read from a file or the database.
 *
 * @example parseEvaluationModel(JSON.parse(text)) // { ok: true, value: model } or E_MODEL_INVALID
 */
export function parseEvaluationModel(json: unknown): Result<EvaluationModel> {
  const parsed = EvaluationModelSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  return err({
    code: 'E_MODEL_INVALID',
    message: messageFor('E_MODEL_INVALID'),
    details: { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
  });
}

/**
 * The JSON Schema of a model file, for people who write models by hand (editors validate and
 * complete against it). Cross-field checks (unique ids, band order) are only in the zod schema.
 *
 * @example JSON.stringify(modelJsonSchema()) // '{"$schema":"https://json-schema.org/draft/2020-12/schema",…}'
 */
export function modelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EvaluationModelShape, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}

/**
 * The canonical text of a model: hash it (SHA-256/SM3, in the backend) to get the model's digest.
 * A model that has been used for a run is immutable: a stored model whose digest changes under
 * the same id and version is an edit the backend must refuse (an edit makes a new version).
 * `$schema` and `description` do not change what the model computes, but are kept: the digest
 * identifies the file people read, not only its arithmetic.
 *
 * @example modelCanonicalString(model) === modelCanonicalString(JSON.parse(JSON.stringify(model))) // true
 */
export function modelCanonicalString(model: EvaluationModel): string {
  return canonicalJson(model);
}

/** Grade names best first. */
export function gradeOrder(model: EvaluationModel): string[] {
  return model.grades.map((g) => g.grade);
}
