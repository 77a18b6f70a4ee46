import { readFileSync } from 'node:fs';
import type { CreditRecord } from '../../../src/core/records/record';
import { type EvaluationModel, parseEvaluationModel } from '../../../src/core/evaluation/model';
import type { EvaluationInput, ListEntryInput, PreviousGrade } from '../../../src/core/evaluation/types';

export const AS_OF = '2026-06-30';

export function loadDefaultModel(): EvaluationModel {
  const r = parseEvaluationModel(JSON.parse(readFileSync('resources/models/default-model.json', 'utf8')));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

let nextId = 1;

/** A record with neutral defaults; tests state only what matters to the rule under test. */
export function rec(p: Partial<CreditRecord> & Pick<CreditRecord, 'kind' | 'occurredOn'>): CreditRecord {
  return {
    id: nextId++, enterpriseId: 1, personId: null, productId: null, effect: 'neutral', authority: '某市市场监督管理局',
    authorityCode: null, docNo: null, datePrecision: 'day', endsOn: null, outcome: null, severity: null, state: null,
    summary: '', details: {}, ...p,
  };
}

export function input(id: number, records: CreditRecord[], more: { listEntries?: ListEntryInput[]; previousGrades?: PreviousGrade[] } = {}): EvaluationInput {
  return {
    enterprise: { id, uscc: `91430100MA4L${String(id).padStart(6, '0')}`, regionCode: '430102', industryCode: 'C13', establishedOn: null },
    records: records.map((r) => ({ ...r, enterpriseId: id })),
    listEntries: more.listEntries ?? [],
    previousGrades: more.previousGrades ?? [],
  };
}

/** E1: a model firm — every indicator at or near full marks, two years of AA/AAA behind it. */
export function modelCitizen(): CreditRecord[] {
  return [
    rec({ kind: 'commitments', effect: 'positive', occurredOn: '2026-03-01' }),
    rec({ kind: 'licences', outcome: 'valid', occurredOn: '2022-01-01', endsOn: '2027-12-31' }),
    rec({ kind: 'licences', outcome: 'valid', occurredOn: '2024-01-01', endsOn: '2027-01-01', details: { certification: 'ISO 9001' } }),
    rec({ kind: 'awards', effect: 'positive', occurredOn: '2025-05-01', details: { level: 'provincial' } }),
    rec({ kind: 'awards', effect: 'positive', occurredOn: '2024-01-01', details: { level: 'county' } }),
    rec({ kind: 'spot-checks', effect: 'positive', outcome: 'pass', occurredOn: '2023-09-01' }),
    rec({ kind: 'spot-checks', effect: 'positive', outcome: 'pass', occurredOn: '2024-09-01' }),
    rec({ kind: 'spot-checks', effect: 'positive', outcome: 'pass', occurredOn: '2025-09-01' }),
  ];
}

export const CITIZEN_GRADES: PreviousGrade[] = [
  { grade: 'AA', validFrom: '2024-07-01', validTo: '2025-06-30' },
  { grade: 'AAA', validFrom: '2025-07-01', validTo: '2026-06-30' },
];

/** Points of every indicator, by path, as the result states them. */
export function pointsByPath(r: { indicators: { path: string; points: string }[] }): Record<string, string> {
  return Object.fromEntries(r.indicators.map((i) => [i.path, i.points]));
}

/** A deterministic shuffle (the test must not depend on Math.random either). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
