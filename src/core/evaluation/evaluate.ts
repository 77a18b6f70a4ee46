import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { type BindEnv, compileCondition, type ConditionFn } from './conditions';
import { createContext, type EvalContext, loadContext, recordIdsOf } from './context';
import { addMonthsToDay, formatDay, parseDay } from './dates';
import { type EvaluationModel, parseEvaluationModel } from './model';
import type { GradeRule } from './model-schema';
import { formatPoints, mulDivRound, toHundredths } from './points';
import { compileRule, type RuleFn } from './rules';
import type {
  DimensionResult, EnterpriseEvaluation, EvaluationInput, GradeRuleHit, IndicatorResult, ListEntryInput,
} from './types';

/** A model bound to an as-of date: evaluates one enterprise after another, reusing its buffers. */
export type Evaluator = (input: EvaluationInput) => Result<EnterpriseEvaluation>;

/** A validated model, ready to bind to as-of dates. Compile once per run, not per enterprise. */
export type CompiledModel = { model: EvaluationModel; bind(asOf: string): Result<Evaluator> };

type BoundIndicator = { path: string; label: string; max: number; maxText: string; overMaxNote: string; rules: RuleFn[] };
type BoundDimension = { id: string; label: string; weight: number; sumMax: number; indicators: BoundIndicator[] };
/** `rank`: the best grade left when the rule hits; `applies`: for gates, the gate's own grade rank. */
type BoundGradeRule = { rule: GradeRule; cond: ConditionFn; rank: number; applies: number };

const inputError = (enterpriseId: number, what: string) =>
  err({ code: 'E_EVALUATION_INPUT', message: messageFor('E_EVALUATION_INPUT'), details: { enterpriseId, what } });

function entryKey(e: ListEntryInput): string {
  return `${e.listType}\u0000${e.from}\u0000${e.to ?? ''}\u0000${e.state}\u0000${e.source}`;
}

function collectHit(ctx: EvalContext, rule: GradeRule, grade: string): GradeRuleHit {
  const entries = ctx.entrySink.map((i) => ctx.input.listEntries[i] as ListEntryInput)
    .sort((a, b) => (entryKey(a) < entryKey(b) ? -1 : entryKey(a) > entryKey(b) ? 1 : 0));
  return { ruleId: rule.id, label: rule.label, grade, recordIds: recordIdsOf(ctx, ctx.recSink), listEntries: entries };
}


/** Runs an indicator's rules in the context's scratch accumulator; only the result is allocated. */
function runIndicator(ctx: EvalContext, ind: BoundIndicator): IndicatorResult {
  const acc = ctx.acc;
  acc.points = 0;
  acc.items.length = 0;
  acc.recIdx.length = 0;
  acc.notes.length = 0;
  for (const rule of ind.rules) rule(ctx, acc);
  let points = acc.points;
  if (points < 0) { acc.notes.push('扣至 0 分为止'); points = 0; }
  if (points > ind.max) { acc.notes.push(ind.overMaxNote); points = ind.max; }
  acc.points = points;
  return {
    path: ind.path, label: ind.label, points: formatPoints(points), maxPoints: ind.maxText,
    recordIds: recordIdsOf(ctx, acc.recIdx), items: acc.items.slice(), notes: acc.notes.slice(),
  };
}

function checkDates(input: EvaluationInput): string | null {
  for (const e of input.listEntries) {
    if (Number.isNaN(parseDay(e.from)) || (e.to !== null && Number.isNaN(parseDay(e.to, 'end')))) return `list entry ${e.listType} ${e.from}`;
  }
  for (const g of input.previousGrades) {
    if (Number.isNaN(parseDay(g.validFrom)) || Number.isNaN(parseDay(g.validTo, 'end'))) return `previous grade ${g.grade} ${g.validFrom}`;
  }
  return null;
}

function bind(model: EvaluationModel, asOf: string): Result<Evaluator> {
  const asOfDay = asOf.length === 10 ? parseDay(asOf) : Number.NaN;
  if (Number.isNaN(asOfDay)) return err({ code: 'E_EVALUATION_INPUT', message: messageFor('E_EVALUATION_INPUT'), details: { asOf } });
  const grades = model.grades.map((g) => g.grade);
  const gradeRank = new Map(grades.map((g, i) => [g, i]));
  const env: BindEnv = { asOfDay, gradeRank };
  const bands = model.grades.map((g) => toHundredths(g.minScore));
  const lowest = grades.length - 1;
  const dims: BoundDimension[] = model.dimensions.map((d) => ({
    id: d.id, label: d.label, weight: toHundredths(d.weight),
    sumMax: d.indicators.reduce((s, i) => s + toHundredths(i.maxPoints), 0),
    indicators: d.indicators.map((i) => ({
      path: `${d.id}/${i.id}`, label: i.label, max: toHundredths(i.maxPoints), maxText: formatPoints(toHundredths(i.maxPoints)),
      overMaxNote: `超出本指标满分，按 ${formatPoints(toHundredths(i.maxPoints))} 分计`, rules: i.rules.map((r) => compileRule(r, env)),
    })),
  }));
  const gradeRules: BoundGradeRule[] = model.gradeRules.map((rule) => {
    if (rule.kind === 'gate') {
      const own = gradeRank.get(rule.grade) ?? 0;
      return { rule, cond: compileCondition(rule.requires, env), rank: Math.min(own + 1, lowest), applies: own };
    }
    if (rule.kind === 'cap') return { rule, cond: compileCondition(rule.when, env), rank: gradeRank.get(rule.maxGrade) ?? lowest, applies: lowest };
    return { rule, cond: compileCondition(rule.when, env), rank: rule.grade === undefined ? lowest : gradeRank.get(rule.grade) ?? lowest, applies: lowest };
  });
  const validTo = formatDay(addMonthsToDay(asOfDay, model.validityMonths) - 1);
  let ctx: EvalContext | null = null;

  return ok((input) => {
    ctx ??= createContext(asOfDay, input);
    const badRecord = loadContext(ctx, input);
    if (badRecord !== null) return inputError(input.enterprise.id, `record ${badRecord}`);
    const badOther = checkDates(input);
    if (badOther !== null) return inputError(input.enterprise.id, badOther);

    const indicators: IndicatorResult[] = [];
    const dimensions: DimensionResult[] = [];
    let score = 0;
    for (const d of dims) {
      let sum = 0;
      for (const ind of d.indicators) {
        indicators.push(runIndicator(ctx, ind));
        sum += ctx.acc.points;
      }
      // A dimension whose weight equals its indicators' maximum (the default model) passes its
      // points through unchanged; otherwise they are scaled to the weight, rounded half up.
      const points = d.weight === d.sumMax ? sum : d.sumMax === 0 ? 0 : mulDivRound(sum, d.weight, d.sumMax);
      score += points;
      dimensions.push({ id: d.id, label: d.label, points: formatPoints(points), weight: formatPoints(d.weight) });
    }
    let rawRank = lowest;
    for (let i = 0; i < bands.length; i++) if (score >= (bands[i] as number)) { rawRank = i; break; }

    let rank = rawRank;
    let gatesFailed: GradeRuleHit[] | null = null, caps: GradeRuleHit[] | null = null, vetoes: GradeRuleHit[] | null = null;
    for (const g of gradeRules) {
      // A gate guards its grade and those above: a score below that grade never meets it.
      if (rawRank > g.applies) continue;
      ctx.recSink.length = 0;
      ctx.entrySink.length = 0;
      const holds = g.cond(ctx, true);
      const hit = g.rule.kind === 'gate' ? !holds : holds;
      if (!hit) continue;
      // Every grade rule can only lower the grade, so their order does not matter.
      rank = Math.max(rank, g.rank);
      const hitRecord = collectHit(ctx, g.rule, grades[g.rank] as string);
      if (g.rule.kind === 'gate') (gatesFailed ??= []).push(hitRecord);
      else if (g.rule.kind === 'cap') (caps ??= []).push(hitRecord);
      else (vetoes ??= []).push(hitRecord);
    }
    const e = input.enterprise;
    return ok({
      enterpriseId: e.id, uscc: e.uscc, regionCode: e.regionCode, industryCode: e.industryCode,
      modelId: model.id, modelVersion: model.version, asOf, validTo,
      score: formatPoints(score), rawGrade: grades[rawRank] as string, grade: grades[rank] as string,
      dimensions, indicators, gatesFailed: gatesFailed ?? [], caps: caps ?? [], vetoes: vetoes ?? [],
    });
  });
}

const compiledCache = new WeakMap<object, CompiledModel>();

/**
 * Validate and compile a model. The result binds to an as-of date once per run; each bound
 * evaluator is a set of closures over precomputed masks, windows and points.
 *
 * @example compileModel(json).value.bind('2026-06-30').value(input) // { ok: true, value: evaluation }
 */
export function compileModel(model: unknown): Result<CompiledModel> {
  if (typeof model === 'object' && model !== null) {
    const cached = compiledCache.get(model);
    if (cached) return ok(cached);
  }
  const parsed = parseEvaluationModel(model);
  if (!parsed.ok) return parsed;
  let last: { asOf: string; evaluator: Result<Evaluator> } | null = null;
  const compiled: CompiledModel = {
    model: parsed.value,
    bind(asOf) {
      if (last?.asOf !== asOf) last = { asOf, evaluator: bind(parsed.value, asOf) };
      return last.evaluator;
    },
  };
  if (typeof model === 'object' && model !== null) compiledCache.set(model, compiled);
  return ok(compiled);
}

function isCompiled(m: unknown): m is CompiledModel {
  return typeof m === 'object' && m !== null && typeof (m as CompiledModel).bind === 'function';
}

/**
 * Evaluate one enterprise as of a date: points per indicator with the records behind them, the
 * score's grade, then gates, caps and vetoes. The same input gives the same output whatever the
 * order of its records or list entries.
 *
 * @example
 * const r = evaluateEnterprise(model, { enterprise, records, listEntries: [], previousGrades: [] }, '2026-06-30');
 * if (r.ok) console.warn(r.value.score, r.value.grade); // '87.50' 'A'
 */
export function evaluateEnterprise(
  model: EvaluationModel | CompiledModel, input: EvaluationInput, asOf: string,
): Result<EnterpriseEvaluation> {
  const compiled = isCompiled(model) ? ok(model) : compileModel(model);
  if (!compiled.ok) return compiled;
  const evaluator = compiled.value.bind(asOf);
  return evaluator.ok ? evaluator.value(input) : evaluator;
}
