import {
  RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES, type CreditRecord,
} from '../records/record';
import type { RecordFilter } from './model-schema';

/**
 * A record's kind, effect, outcome and severity packed into one int (one bit set per field), so
 * that a filter is four mask tests instead of string compares and set lookups per record:
 * bits 0–7 kind, 8–10 effect, 11–19 outcome (last = null), 20–23 severity (last = null).
 */
const KIND_SHIFT = 0, EFFECT_SHIFT = 8, OUTCOME_SHIFT = 11, SEVERITY_SHIFT = 20;
const KIND_ALL = ((1 << RECORD_KINDS.length) - 1) << KIND_SHIFT;
const EFFECT_ALL = ((1 << RECORD_EFFECTS.length) - 1) << EFFECT_SHIFT;
const OUTCOME_ALL = ((1 << (RECORD_OUTCOMES.length + 1)) - 1) << OUTCOME_SHIFT;
const SEVERITY_ALL = ((1 << (SEVERITIES.length + 1)) - 1) << SEVERITY_SHIFT;

function bitMap(values: readonly string[], shift: number): Map<string | null, number> {
  const m = new Map<string | null, number>();
  values.forEach((v, i) => m.set(v, 1 << (shift + i)));
  m.set(null, 1 << (shift + values.length));
  return m;
}

const KIND_BITS = bitMap(RECORD_KINDS, KIND_SHIFT);
const EFFECT_BITS = bitMap(RECORD_EFFECTS, EFFECT_SHIFT);
const OUTCOME_BITS = bitMap(RECORD_OUTCOMES, OUTCOME_SHIFT);
const SEVERITY_BITS = bitMap(SEVERITIES, SEVERITY_SHIFT);

/** The packed bits of a record; 0 when a column holds a value outside the vocabulary (matches nothing). */
export function recordBits(r: CreditRecord): number {
  const k = KIND_BITS.get(r.kind) ?? 0;
  const e = EFFECT_BITS.get(r.effect) ?? 0;
  const o = OUTCOME_BITS.get(r.outcome ?? null) ?? 0;
  const s = SEVERITY_BITS.get(r.severity ?? null) ?? 0;
  return k && e && o && s ? k | e | o | s : 0;
}

function mask(values: readonly (string | null)[] | undefined, bits: Map<string | null, number>, all: number): number {
  if (!values) return all;
  let m = 0;
  for (const v of values) m |= bits.get(v) ?? 0;
  return m;
}

/** The outcome bits of a list of outcomes (for ratio and consecutive-pass rules). */
export function outcomeMask(outcomes: readonly string[]): number {
  return mask(outcomes, OUTCOME_BITS, OUTCOME_ALL);
}

export type CompiledFilter = {
  kind: number;
  effect: number;
  outcome: number;
  severity: number;
  /** Present only when the filter reads `details`, so that most filters never touch it. */
  details: ((r: CreditRecord) => boolean) | null;
};

function detailsPredicate(f: RecordFilter): ((r: CreditRecord) => boolean) | null {
  const { seriousFail, certification, accidentType, awardLevel } = f;
  if (seriousFail === undefined && certification === undefined && accidentType === undefined && awardLevel === undefined) return null;
  const levels = awardLevel ? new Set(awardLevel) : null;
  return (r) => {
    const d = r.details;
    if (seriousFail !== undefined && (d['seriousFail'] === true) !== seriousFail) return false;
    if (certification !== undefined && d['certification'] !== certification) return false;
    if (accidentType !== undefined && d['type'] !== accidentType) return false;
    if (levels && !levels.has(d['level'] as string)) return false;
    return true;
  };
}

/** @example compileFilter({ kind: ['penalties'] }).kind // the penalties bit */
export function compileFilter(f: RecordFilter): CompiledFilter {
  return {
    kind: mask(f.kind, KIND_BITS, KIND_ALL),
    effect: mask(f.effect, EFFECT_BITS, EFFECT_ALL),
    outcome: mask(f.outcome, OUTCOME_BITS, OUTCOME_ALL),
    severity: mask(f.severity, SEVERITY_BITS, SEVERITY_ALL),
    details: detailsPredicate(f),
  };
}

/** Whether packed bits (and, if the filter needs them, the record's details) match. */
export function matches(f: CompiledFilter, bits: number, r: CreditRecord): boolean {
  return (bits & f.kind) !== 0 && (bits & f.effect) !== 0 && (bits & f.outcome) !== 0 && (bits & f.severity) !== 0
    && (f.details === null || f.details(r));
}
