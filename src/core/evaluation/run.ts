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

export type RunFailure = { enterpriseId: number; error: AppError };

export type RunResult = {
  modelId: string;
  modelVersion: number;
  asOf: string;
  /** Sorted by enterprise id, so two runs on the same data are equal as values. */
  results: EnterpriseEvaluation[];
  /** Enterprises whose data could not be evaluated (malformed dates); the run goes on without them. */
  failures: RunFailure[];
  summary: RunSummary;
};

/** Counts per grade (effective: an adjusted grade where there is one), vetoes, caps and gates. */
export function summarise(grades: readonly string[], results: Iterable<EnterpriseEvaluation>, failed = 0): RunSummary {
  const counter = createCounter(grades);
  for (const r of results) counter.add(r);
  return counter.summary(failed);
}

function createCounter(grades: readonly string[]) {
  const counts = new Map(grades.map((g) => [g, 0]));
  let total = 0, vetoed = 0, capped = 0, gateFailed = 0;
  return {
    add(r: EnterpriseEvaluation): void {
      const g = r.adjustedGrade?.grade ?? r.grade;
      counts.set(g, (counts.get(g) ?? 0) + 1);
      total++;
      if (r.vetoes.length > 0) vetoed++;
      if (r.caps.length > 0) capped++;
      if (r.gatesFailed.length > 0) gateFailed++;
    },
    summary(failed: number): RunSummary {
      return { total, byGrade: [...counts].map(([grade, count]) => ({ grade, count })), vetoed, capped, gateFailed, failed };
    },
  };
}

function compiledOf(model: EvaluationModel | CompiledModel): Result<CompiledModel> {
  return 'bind' in model && typeof model.bind === 'function' ? ok(model as CompiledModel) : compileModel(model);
}

/**
 * Evaluate enterprises one at a time and hand each result to `onResult` without keeping it: the
 * backend streams inputs from the database (records ordered by enterprise) and writes results in
 * batches, so memory stays flat however many enterprises a run has. Linear in the records.
 *
 * @example evaluateStream(model, readInputs(db), '2026-06-30', (r) => batch.push(r)) // { ok: true, value: { summary, failures } }
 */
export function evaluateStream(
  model: EvaluationModel | CompiledModel, inputs: Iterable<EvaluationInput>, asOf: string,
  onResult: (r: EnterpriseEvaluation) => void,
): Result<{ summary: RunSummary; failures: RunFailure[] }> {
  const compiled = compiledOf(model);
  if (!compiled.ok) return compiled;
  const evaluator = compiled.value.bind(asOf);
  if (!evaluator.ok) return evaluator;
  const counter = createCounter(compiled.value.model.grades.map((g) => g.grade));
  const failures: RunFailure[] = [];
  const seen = new Set<number>();
  for (const input of inputs) {
    if (seen.has(input.enterprise.id)) {
      return err({ code: 'E_EVALUATION_INPUT', message: messageFor('E_EVALUATION_INPUT'), details: { what: `enterprise ${input.enterprise.id} twice in one run` } });
    }
    seen.add(input.enterprise.id);
    const r = evaluator.value(input);
    if (r.ok) {
      counter.add(r.value);
      onResult(r.value);
    } else failures.push({ enterpriseId: input.enterprise.id, error: r.error });
  }
  failures.sort((a, b) => a.enterpriseId - b.enterpriseId);
  return ok({ summary: counter.summary(failures.length), failures });
}

/**
 * Evaluate many enterprises as of one date and keep every result (for tests, what-if and small
 * selections; a full run over a province uses `evaluateStream`). The model is compiled once.
 *
 * @example evaluateRun(model, inputs, '2026-06-30') // { ok: true, value: { results, summary: { byGrade: [{ grade: 'AAA', count: 3 }, …] } } }
 */
export function evaluateRun(
  model: EvaluationModel | CompiledModel, inputs: readonly EvaluationInput[], asOf: string,
): Result<RunResult> {
  const compiled = compiledOf(model);
  if (!compiled.ok) return compiled;
  const results: EnterpriseEvaluation[] = [];
  const streamed = evaluateStream(compiled.value, inputs, asOf, (r) => results.push(r));
  if (!streamed.ok) return streamed;
  results.sort((a, b) => a.enterpriseId - b.enterpriseId);
  const m = compiled.value.model;
  return ok({ modelId: m.id, modelVersion: m.version, asOf, results, failures: streamed.value.failures, summary: streamed.value.summary });
}
