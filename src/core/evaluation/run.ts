import { messageFor } from '../shared/errors';
import type { AppError, Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { type CompiledModel, compileModel } from './evaluate';
import type { EvaluationModel } from './model';
import type { EnterpriseEvaluation, EvaluationInput } from './types';

export type RunSummary = {
  total: number;
  /** Every grade of the model, best first, with its count (zero included, for charts). */
  byGrade: { grade: string; count: number }[];
  vetoed: number;
  capped: number;
  gateFailed: number;
  failed: number;
};

export type RunResult = {
  modelId: string;
  modelVersion: number;
  asOf: string;
  /** Sorted by enterprise id, so two runs on the same data are equal as values. */
  results: EnterpriseEvaluation[];
  /** Enterprises whose data could not be evaluated (malformed dates); the run goes on without them. */
  failures: { enterpriseId: number; error: AppError }[];
  summary: RunSummary;
};

/** Counts per grade (effective: an adjusted grade where there is one), vetoes, caps and gates. */
export function summarise(grades: readonly string[], results: readonly EnterpriseEvaluation[], failed = 0): RunSummary {
  const counts = new Map(grades.map((g) => [g, 0]));
  let vetoed = 0, capped = 0, gateFailed = 0;
  for (const r of results) {
    const g = r.adjustedGrade?.grade ?? r.grade;
    counts.set(g, (counts.get(g) ?? 0) + 1);
    if (r.vetoes.length > 0) vetoed++;
    if (r.caps.length > 0) capped++;
    if (r.gatesFailed.length > 0) gateFailed++;
  }
  return {
    total: results.length, byGrade: [...counts].map(([grade, count]) => ({ grade, count })), vetoed, capped, gateFailed, failed,
  };
}

/**
 * Evaluate many enterprises as of one date with one compiled model (the model is validated and
 * compiled once, the evaluator's buffers reused): linear in the number of records.
 *
 * @example evaluateRun(model, inputs, '2026-06-30') // { ok: true, value: { results, summary: { byGrade: [{ grade: 'AAA', count: 3 }, …] } } }
 */
export function evaluateRun(
  model: EvaluationModel | CompiledModel, inputs: readonly EvaluationInput[], asOf: string,
): Result<RunResult> {
  const compiled = 'bind' in model && typeof model.bind === 'function' ? ok(model as CompiledModel) : compileModel(model);
  if (!compiled.ok) return compiled;
  const evaluator = compiled.value.bind(asOf);
  if (!evaluator.ok) return evaluator;
  const ids = new Set<number>();
  for (const input of inputs) {
    if (ids.has(input.enterprise.id)) {
      return err({ code: 'E_EVALUATION_INPUT', message: messageFor('E_EVALUATION_INPUT'), details: { what: `enterprise ${input.enterprise.id} twice in one run` } });
    }
    ids.add(input.enterprise.id);
  }
  const results: EnterpriseEvaluation[] = [];
  const failures: RunResult['failures'] = [];
  for (const input of inputs) {
    const r = evaluator.value(input);
    if (r.ok) results.push(r.value);
    else failures.push({ enterpriseId: input.enterprise.id, error: r.error });
  }
  results.sort((a, b) => a.enterpriseId - b.enterpriseId);
  failures.sort((a, b) => a.enterpriseId - b.enterpriseId);
  const m = compiled.value.model;
  const grades = m.grades.map((g) => g.grade);
  return ok({ modelId: m.id, modelVersion: m.version, asOf, results, failures, summary: summarise(grades, results, failures.length) });
}
