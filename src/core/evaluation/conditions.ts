import type { CreditRecord } from '../records/record';
import { addMonthsToDay, parseDay } from './dates';
import { compileFilter, matches } from './filter';
import type { EvalContext } from './context';
import type { Condition } from './model-schema';
import type { ListEntryInput } from './types';

/**
 * A bound condition. With `collect`, it pushes its evidence (matching record indices, active
 * list-entry indices) into the context's sinks, whether it ends up true or false: a failed gate
 * needs its evidence as much as a veto that holds.
 */
export type ConditionFn = (ctx: EvalContext, collect: boolean) => boolean;

export type BindEnv = { asOfDay: number; gradeRank: ReadonlyMap<string, number> };

/** The first day after the window's start: records on or before `start` are outside. */
export function windowStart(asOfDay: number, months: number | undefined): number {
  return months === undefined ? Number.MIN_SAFE_INTEGER : addMonthsToDay(asOfDay, -months);
}

function recordsCondition(c: Extract<Condition, { type: 'records' }>, env: BindEnv): ConditionFn {
  const f = compileFilter(c.filter);
  const start = windowStart(env.asOfDay, c.windowMonths);
  const asOf = env.asOfDay;
  const active = c.activeOnAsOf === true;
  const min = c.min ?? 1;
  const max = c.max ?? Number.MAX_SAFE_INTEGER;
  return (ctx, collect) => {
    let count = 0;
    for (let i = 0; i < ctx.n; i++) {
      const d = ctx.day[i] as number;
      if (d <= start || d > asOf) continue;
      if (active && (ctx.endDay[i] as number) < asOf) continue;
      if (!matches(f, ctx.bits[i] as number, ctx.records[i] as CreditRecord)) continue;
      count++;
      if (collect) ctx.recSink.push(i);
    }
    return count >= min && count <= max;
  };
}

function listCondition(c: Extract<Condition, { type: 'list-entry' }>, env: BindEnv): ConditionFn {
  const types = new Set(c.listTypes);
  const states = new Set(c.states ?? ['active']);
  const asOf = env.asOfDay;
  return (ctx, collect) => {
    let hit = false;
    const entries = ctx.input.listEntries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as ListEntryInput;
      if (!types.has(e.listType) || !states.has(e.state)) continue;
      if (c.source !== undefined && e.source !== c.source) continue;
      if (parseDay(e.from) > asOf) continue;
      if (e.to !== null && parseDay(e.to, 'end') < asOf) continue;
      hit = true;
      if (collect) ctx.entrySink.push(i);
    }
    return hit;
  };
}

/**
 * Held `grade` or better without interruption over the `years` before the as-of date; gaps of
 * up to `maxGapDays` (default 31) between consecutive grade periods, and between the last one
 * and the as-of date, are tolerated because a re-evaluation seldom lands on the expiry day.
 */
function yearsAtGrade(c: Extract<Condition, { type: 'years-at-grade' }>, env: BindEnv): ConditionFn {
  const need = env.gradeRank.get(c.grade) ?? -1;
  const start = addMonthsToDay(env.asOfDay, -12 * c.years);
  const asOf = env.asOfDay;
  const gap = c.maxGapDays ?? 31;
  return (ctx) => {
    const spans: [number, number][] = [];
    for (const g of ctx.input.previousGrades) {
      const rank = env.gradeRank.get(g.grade);
      if (rank === undefined || rank > need) continue;
      const from = parseDay(g.validFrom);
      const to = Math.min(parseDay(g.validTo, 'end'), asOf - 1);
      if (from <= to) spans.push([from, to]);
    }
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let covered = start - 1;
    for (const [from, to] of spans) {
      if (to <= covered) continue;
      if (from > covered + 1 + gap) return false;
      covered = to;
    }
    return covered + 1 + gap >= asOf && spans.length > 0;
  };
}

/** @example compileCondition({ type: 'not', condition: c }, env)(ctx, false) // !c */
export function compileCondition(c: Condition, env: BindEnv): ConditionFn {
  switch (c.type) {
    case 'records': return recordsCondition(c, env);
    case 'list-entry': return listCondition(c, env);
    case 'years-at-grade': return yearsAtGrade(c, env);
    case 'not': {
      const inner = compileCondition(c.condition, env);
      return (ctx, collect) => !inner(ctx, collect);
    }
    case 'all': {
      const parts = c.conditions.map((x) => compileCondition(x, env));
      // Every part runs (no short-circuit) when collecting, so the evidence is complete.
      return (ctx, collect) => {
        let all = true;
        for (const p of parts) if (!p(ctx, collect)) { all = false; if (!collect) return false; }
        return all;
      };
    }
    case 'any': {
      const parts = c.conditions.map((x) => compileCondition(x, env));
      return (ctx, collect) => {
        let any = false;
        for (const p of parts) if (p(ctx, collect)) { any = true; if (!collect) return true; }
        return any;
      };
    }
  }
}
