import type { CreditRecord } from '../records/record';
import { addMonthsToDay } from './dates';
import { compileFilter, matches, outcomeMask } from './filter';
import { type BindEnv, compileCondition, windowStart } from './conditions';
import type { EvalContext, IndicatorAcc } from './context';
import type { Decay, PerRecord, PointRule } from './model-schema';
import { formatPoints, mulDivRound, toHundredths } from './points';
import type { IndicatorItem } from './types';

export type RuleFn = (ctx: EvalContext, acc: IndicatorAcc) => void;

type PointsOf = (r: CreditRecord) => number;

function perRecordPoints(p: PerRecord): PointsOf {
  if (p.by === 'flat') {
    const h = toHundredths(p.points);
    return () => h;
  }
  if (p.by === 'severity') {
    const h = {
      minor: toHundredths(p.points.minor ?? 0), general: toHundredths(p.points.general ?? 0),
      serious: toHundredths(p.points.serious ?? 0), none: toHundredths(p.points.none ?? 0),
    };
    return (r) => h[r.severity ?? 'none'];
  }
  const levels = new Map(Object.entries(p.points).map(([k, v]) => [k, toHundredths(v)]));
  return (r) => levels.get(r.details['level'] as string) ?? 0;
}

/** The weight of a record `day` old under the decay, applied to `p` hundredths, rounded half up. */
function decayFn(decay: Decay | undefined, asOf: number, start: number): (p: number, day: number) => number {
  if (!decay || decay.type === 'none') return (p) => p;
  if (decay.type === 'linear') {
    const span = asOf - start;
    return (p, day) => mulDivRound(p, day - start, span);
  }
  // Half-life in days of calendar months back from the as-of date: a record exactly k half-lives
  // old gets exactly 2^-k, which keeps hand-worked cases exact.
  const hl = asOf - addMonthsToDay(asOf, -decay.halfLifeMonths);
  return (p, day) => Math.round(p * Math.pow(2, -(asOf - day) / hl));
}

function sortItemsFrom(items: IndicatorItem[], first: number): void {
  const tail = items.splice(first).sort((a, b) => (a.recordId ?? 0) - (b.recordId ?? 0));
  for (const x of tail) items.push(x);
}

function perRecordRule(rule: Extract<PointRule, { kind: 'deduction' | 'bonus' }>, env: BindEnv): RuleFn {
  const f = compileFilter(rule.filter);
  const asOf = env.asOfDay;
  const start = windowStart(asOf, rule.windowMonths);
  const pointsOf = perRecordPoints(rule.perRecord);
  const decay = decayFn(rule.decay, asOf, start);
  const cap = rule.maxPoints === undefined ? Number.MAX_SAFE_INTEGER : toHundredths(rule.maxPoints);
  const sign = rule.kind === 'deduction' ? -1 : 1;
  return (ctx, acc) => {
    let total = 0;
    const first = acc.items.length;
    for (let i = 0; i < ctx.n; i++) {
      const d = ctx.day[i] as number;
      if (d <= start || d > asOf) continue;
      const r = ctx.records[i] as CreditRecord;
      if (!matches(f, ctx.bits[i] as number, r)) continue;
      const base = pointsOf(r);
      if (base === 0) continue;
      const p = decay(base, d);
      total += p;
      acc.items.push({ ruleId: rule.id, recordId: r.id, points: formatPoints(sign * p) });
      acc.recIdx.push(i);
    }
    // Items in record-id order, whatever order the records came in.
    if (acc.items.length - first > 1) sortItemsFrom(acc.items, first);
    if (total > cap) {
      acc.notes.push(`${rule.label}：合计 ${formatPoints(total)} 分，按上限 ${formatPoints(cap)} 分计`);
      total = cap;
    }
    acc.points += sign * total;
  };
}

function ratioRule(rule: Extract<PointRule, { kind: 'ratio' }>, env: BindEnv): RuleFn {
  const f = compileFilter(rule.filter);
  const pass = outcomeMask(rule.passOutcomes);
  const asOf = env.asOfDay;
  const start = windowStart(asOf, rule.windowMonths);
  const bands = rule.bands.map((b) => ({ min: toHundredths(b.minPercent), points: toHundredths(b.points) }))
    .sort((a, b) => b.min - a.min);
  const noData = toHundredths(rule.noData);
  const item = (h: number): IndicatorItem => Object.freeze({ ruleId: rule.id, recordId: null, points: formatPoints(h) });
  const noDataItem = item(noData), zeroItem = item(0);
  const bandItems = bands.map((b) => item(b.points));
  const noDataNote = `${rule.label}：期内无记录，按 ${formatPoints(noData)} 分计`;
  return (ctx, acc) => {
    let total = 0, passed = 0;
    for (let i = 0; i < ctx.n; i++) {
      const d = ctx.day[i] as number;
      if (d <= start || d > asOf) continue;
      const bits = ctx.bits[i] as number;
      if (!matches(f, bits, ctx.records[i] as CreditRecord)) continue;
      total++;
      if ((bits & pass) !== 0) passed++;
      acc.recIdx.push(i);
    }
    if (total === 0) {
      acc.points += noData;
      acc.items.push(noDataItem);
      acc.notes.push(noDataNote);
      return;
    }
    // passed / total ≥ min% ⇔ passed × 10000 ≥ min(hundredths of a percent) × total: no division.
    let band = -1;
    for (let k = 0; k < bands.length; k++) if (passed * 10_000 >= (bands[k] as { min: number }).min * total) { band = k; break; }
    acc.points += band < 0 ? 0 : (bands[band] as { points: number }).points;
    acc.items.push(band < 0 ? zeroItem : (bandItems[band] as IndicatorItem));
    acc.notes.push(`${rule.label}：${passed}/${total} = ${formatPoints(Math.floor((passed * 10_000) / total))}%`);
  };
}

function consecutivePassesRule(rule: Extract<PointRule, { kind: 'consecutive-passes' }>, env: BindEnv): RuleFn {
  const f = compileFilter(rule.filter);
  const pass = outcomeMask(rule.passOutcomes);
  const fail = outcomeMask(rule.failOutcomes);
  const asOf = env.asOfDay;
  // bounds[k] ends year k (counted back from the as-of date); year k is (bounds[k+1], bounds[k]].
  const bounds = Array.from({ length: rule.years + 1 }, (_, k) => addMonthsToDay(asOf, -12 * k));
  const start = bounds[rule.years] as number;
  const full = rule.years >= 31 ? -1 : (1 << rule.years) - 1;
  const points = toHundredths(rule.points);
  const yes: IndicatorItem = Object.freeze({ ruleId: rule.id, recordId: null, points: formatPoints(points) });
  const no: IndicatorItem = Object.freeze({ ruleId: rule.id, recordId: null, points: formatPoints(0) });
  const notYears = `${rule.label}：并非连续 ${rule.years} 年均有合格记录`;
  const hadFail = `${rule.label}：期内有不合格或拒检`;
  return (ctx, acc) => {
    let seen = 0, failed = false;
    for (let i = 0; i < ctx.n; i++) {
      const d = ctx.day[i] as number;
      if (d <= start || d > asOf) continue;
      const bits = ctx.bits[i] as number;
      if (!matches(f, bits, ctx.records[i] as CreditRecord)) continue;
      if ((bits & fail) !== 0) failed = true;
      else if ((bits & pass) !== 0) {
        let k = 0;
        while (d <= (bounds[k + 1] as number)) k++;
        seen |= 1 << k;
      } else continue;
      acc.recIdx.push(i);
    }
    const earned = !failed && seen === full;
    if (earned) acc.points += points;
    else acc.notes.push(failed ? hadFail : notYears);
    acc.items.push(earned ? yes : no);
  };
}

function baseRule(rule: Extract<PointRule, { kind: 'base' }>, env: BindEnv): RuleFn {
  const points = toHundredths(rule.points);
  const when = rule.when ? compileCondition(rule.when, env) : null;
  // Items that do not name a record are the same for every enterprise: made once, shared.
  const yes: IndicatorItem = Object.freeze({ ruleId: rule.id, recordId: null, points: formatPoints(points) });
  const no: IndicatorItem = Object.freeze({ ruleId: rule.id, recordId: null, points: formatPoints(0) });
  return (ctx, acc) => {
    let holds = true;
    if (when) {
      ctx.recSink.length = 0;
      holds = when(ctx, true);
      for (const i of ctx.recSink) acc.recIdx.push(i);
    }
    acc.items.push(holds ? yes : no);
    if (holds) acc.points += points;
  };
}

/** @example compileRule(rule, { asOfDay, gradeRank })(ctx, acc) // adds the rule's points to acc */
export function compileRule(rule: PointRule, env: BindEnv): RuleFn {
  switch (rule.kind) {
    case 'deduction':
    case 'bonus': return perRecordRule(rule, env);
    case 'ratio': return ratioRule(rule, env);
    case 'consecutive-passes': return consecutivePassesRule(rule, env);
    case 'base': return baseRule(rule, env);
  }
}
