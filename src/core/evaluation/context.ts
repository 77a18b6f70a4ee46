import type { CreditRecord } from '../records/record';
import { parseDay } from './dates';
import { recordBits } from './filter';
import type { EvaluationInput, IndicatorItem } from './types';

/** A validity end that never comes (licence without an end date). */
export const NEVER = 2_147_483_647;

/**
 * The per-enterprise working state, reused from one enterprise to the next: the typed arrays
 * grow to the largest record count seen and are never reallocated per enterprise, so a run over
 * millions of records creates no per-record objects.
 */
export type EvalContext = {
  n: number;
  records: readonly CreditRecord[];
  bits: Int32Array;
  day: Int32Array;
  endDay: Int32Array;
  asOfDay: number;
  input: EvaluationInput;
  /** Evidence collected by conditions: record indices and list-entry indices. */
  recSink: number[];
  entrySink: number[];
  /** Scratch for the indicator being computed, emptied before each indicator. */
  acc: IndicatorAcc;
};

/** What the rules of one indicator add up for one enterprise (points in hundredths). */
export type IndicatorAcc = { points: number; items: IndicatorItem[]; recIdx: number[]; notes: string[] };


export function createContext(asOfDay: number, input: EvaluationInput): EvalContext {
  return {
    n: 0, records: [], bits: new Int32Array(16), day: new Int32Array(16), endDay: new Int32Array(16),
    asOfDay, input, recSink: [], entrySink: [], acc: { points: 0, items: [], recIdx: [], notes: [] },
  };
}

/**
 * Point the context at one enterprise. Returns the id of the first record with a malformed date,
 * or null when all dates parse.
 */
export function loadContext(ctx: EvalContext, input: EvaluationInput): number | null {
  const records = input.records;
  const n = records.length;
  if (ctx.bits.length < n) {
    const size = Math.max(n, ctx.bits.length * 2);
    ctx.bits = new Int32Array(size);
    ctx.day = new Int32Array(size);
    ctx.endDay = new Int32Array(size);
  }
  ctx.input = input;
  ctx.records = records;
  ctx.n = n;
  for (let i = 0; i < n; i++) {
    const r = records[i] as CreditRecord;
    const d = parseDay(r.occurredOn);
    const e = r.endsOn === null ? NEVER : parseDay(r.endsOn, 'end');
    if (Number.isNaN(d) || Number.isNaN(e)) return r.id;
    ctx.bits[i] = recordBits(r);
    ctx.day[i] = d;
    ctx.endDay[i] = e;
  }
  return null;
}

/** The ids of the records at these indices, ascending, without repeats. */
export function recordIdsOf(ctx: EvalContext, idx: readonly number[]): number[] {
  if (idx.length === 0) return [];
  const ids = new Array<number>(idx.length);
  for (let k = 0; k < idx.length; k++) ids[k] = (ctx.records[idx[k] as number] as CreditRecord).id;
  return sortedUnique(ids);
}

/** Ascending, without repeats. */
export function sortedUnique(ids: number[]): number[] {
  ids.sort((a, b) => a - b);
  let w = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[w++] = ids[i] as number;
  ids.length = w;
  return ids;
}
