import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { diffRuns, type GradeMove } from './diff';
import { type EvaluationModel, parseEvaluationModel } from './model';
import { evaluateRun, type RunResult, type RunSummary } from './run';
import type { EvaluationInput } from './types';

/** One change an officer tries in the what-if panel. Values are points (two decimals at most). */
export type ModelOverride =
  | { target: 'dimension-weight'; dimensionId: string; value: number }
  | { target: 'indicator-max'; path: string; value: number }
  | { target: 'grade-min'; grade: string; value: number }
  /** A number inside a rule, by dotted path: 'perRecord.points.serious', 'windowMonths', 'bands.0.points'. */
  | { target: 'rule-number'; ruleId: string; field: string; value: number }
  /** Drop a rule (e.g. try the grades without the ISO 9001 gate). */
  | { target: 'rule-off'; ruleId: string };

export type WhatIfResult = {
  /** The changed copy (same id and version: saving it must make a new version). */
  model: EvaluationModel;
  before: RunSummary;
  after: RunSummary;
  /** Enterprises whose grade moves, by id. */
  upgrades: GradeMove[];
  downgrades: GradeMove[];
};

const badOverride = (o: ModelOverride) => err({ code: 'E_MODEL_OVERRIDE', message: messageFor('E_MODEL_OVERRIDE'), details: { override: o } });

type Json = Record<string, unknown>;

function setNumber(obj: Json, field: string, value: number): boolean {
  const keys = field.split('.');
  let cur: unknown = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof cur !== 'object' || cur === null) return false;
    cur = (cur as Json)[k];
  }
  const last = keys[keys.length - 1] as string;
  if (typeof cur !== 'object' || cur === null) return false;
  const old = (cur as Json)[last];
  if (old !== undefined && typeof old !== 'number') return false;
  (cur as Json)[last] = value;
  return true;
}

function applyOne(m: EvaluationModel, o: ModelOverride): boolean {
  switch (o.target) {
    case 'dimension-weight': {
      const d = m.dimensions.find((x) => x.id === o.dimensionId);
      if (d) d.weight = o.value;
      return d !== undefined;
    }
    case 'indicator-max': {
      const [dim, ind] = o.path.split('/');
      const i = m.dimensions.find((x) => x.id === dim)?.indicators.find((x) => x.id === ind);
      if (i) i.maxPoints = o.value;
      return i !== undefined;
    }
    case 'grade-min': {
      const g = m.grades.find((x) => x.grade === o.grade);
      if (g) g.minScore = o.value;
      return g !== undefined;
    }
    case 'rule-number': {
      const rule = m.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.rules)).find((r) => r.id === o.ruleId)
        ?? m.gradeRules.find((r) => r.id === o.ruleId);
      return rule !== undefined && setNumber(rule as Json, o.field, o.value);
    }
    case 'rule-off': {
      const before = m.gradeRules.length;
      m.gradeRules = m.gradeRules.filter((r) => r.id !== o.ruleId);
      let found = m.gradeRules.length !== before;
      for (const d of m.dimensions) for (const i of d.indicators) {
        const n = i.rules.length;
        i.rules = i.rules.filter((r) => r.id !== o.ruleId);
        found ||= i.rules.length !== n;
      }
      return found;
    }
  }
}

/**
 * A copy of the model with the changes applied and validated again (a change that breaks the
 * model, e.g. bands out of order, is E_MODEL_INVALID). The original is never touched.
 *
 * @example applyOverrides(model, [{ target: 'grade-min', grade: 'AAA', value: 92 }])
 */
export function applyOverrides(model: EvaluationModel, overrides: readonly ModelOverride[]): Result<EvaluationModel> {
  // The model is plain JSON data, so a JSON round trip is a faithful deep copy.
  const copy = JSON.parse(JSON.stringify(model)) as EvaluationModel;
  for (const o of overrides) if (!applyOne(copy, o)) return badOverride(o);
  return parseEvaluationModel(copy);
}

/**
 * Apply weight or threshold changes to a copy of the model and re-evaluate the same inputs:
 * the grade distribution before and after, and who moves. Nothing is saved.
 *
 * @example whatIf({ model, overrides: [{ target: 'dimension-weight', dimensionId: 'record', value: 70 }], inputs, asOf: '2026-06-30' })
 */
export function whatIf(args: {
  model: EvaluationModel;
  overrides: readonly ModelOverride[];
  inputs: readonly EvaluationInput[];
  asOf: string;
  /** The current run on the same inputs, if already at hand (saves evaluating it again). */
  baseline?: RunResult;
}): Result<WhatIfResult> {
  const changed = applyOverrides(args.model, args.overrides);
  if (!changed.ok) return changed;
  const base = args.baseline ? ok(args.baseline) : evaluateRun(args.model, args.inputs, args.asOf);
  if (!base.ok) return base;
  const next = evaluateRun(changed.value, args.inputs, args.asOf);
  if (!next.ok) return next;
  const d = diffRuns(base.value.results, next.value.results, changed.value.grades.map((g) => g.grade));
  return ok({ model: changed.value, before: base.value.summary, after: next.value.summary, upgrades: d.upgrades, downgrades: d.downgrades });
}
