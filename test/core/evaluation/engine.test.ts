import { describe, expect, it } from 'vitest';
import { canonicalEvaluationInput } from '../../../src/core/evaluation/digest';
import { evaluateEnterprise } from '../../../src/core/evaluation/evaluate';
import { modelCanonicalString, modelJsonSchema, parseEvaluationModel } from '../../../src/core/evaluation/model';
import type { EvaluationInput } from '../../../src/core/evaluation/types';
import { AS_OF, CITIZEN_GRADES, input, loadDefaultModel, modelCitizen, rec, shuffled } from './fixtures';

const model = loadDefaultModel();

function mixed(): EvaluationInput {
  return input(9, [
    ...modelCitizen(),
    rec({ id: 901, kind: 'penalties', severity: 'general', occurredOn: '2025-02-10' }),
    rec({ kind: 'penalties', severity: 'minor', occurredOn: '2024-02-10' }),
    rec({ kind: 'complaints', outcome: 'verified', occurredOn: '2025-12-01' }),
    rec({ kind: 'accidents', occurredOn: '2025-01-01', details: { type: 'recall' } }),
    rec({ kind: 'accidents', occurredOn: '2024-04-01', details: { type: 'recall' } }),
    rec({ kind: 'interviews', occurredOn: '2025-03-03' }),
    rec({ kind: 'awards', occurredOn: '2025-08-08', details: { level: 'national' } }),
  ], {
    previousGrades: CITIZEN_GRADES,
    listEntries: [
      { listType: 'business-abnormal', state: 'active', from: '2026-01-01', to: null, source: 'local' },
      { listType: 'business-abnormal', state: 'active', from: '2025-01-01', to: null, source: 'external' },
    ],
  });
}

const run = (i: EvaluationInput) => {
  const r = evaluateEnterprise(model, i, AS_OF);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('evaluation engine', () => {
  it('gives the same result whatever the order of records, list entries and grades', () => {
    const i = mixed();
    const expected = run(i);
    for (const seed of [1, 2, 3, 4, 5]) {
      const again = run({
        ...i,
        records: shuffled(i.records, seed),
        listEntries: shuffled(i.listEntries, seed),
        previousGrades: shuffled(i.previousGrades, seed),
      });
      expect(again).toEqual(expected);
    }
    expect(canonicalEvaluationInput({ ...i, records: shuffled(i.records, 7) })).toBe(canonicalEvaluationInput(i));
  });

  it('changing one record changes exactly the indicators that depend on it', () => {
    const i = mixed();
    const before = run(i);
    const records = i.records.map((r) => (r.id === 901 ? { ...r, severity: 'serious' as const } : r));
    const after = run({ ...i, records });
    const changed = after.indicators.filter((x, k) => JSON.stringify(x) !== JSON.stringify(before.indicators[k])).map((x) => x.path);
    expect(changed).toEqual(['record/penalties']);
    // 2025-02-10 is 366 + 225 = 591 days into the 1096-day window: general 500 × 591/1096 = 269.6 → 2.70,
    // serious 1000 × 591/1096 = 539.2 → 5.39. The difference traces to record 901.
    const item = (e: typeof before) => e.indicators.find((x) => x.path === 'record/penalties')?.items.find((x) => x.recordId === 901)?.points;
    expect([item(before), item(after)]).toEqual(['-2.70', '-5.39']);
  });

  it('places a month-precision date on its first day', () => {
    // 2023-07 counts as 2023-07-01: inside the 36-month window that starts after 2023-06-30.
    const inside = run(input(10, [rec({ kind: 'penalties', severity: 'general', occurredOn: '2023-07', datePrecision: 'month' })]));
    // 5 × 1/1096 = 0.0046 → 0.00, but the record is in the window.
    expect(inside.indicators.find((x) => x.path === 'record/penalties')?.recordIds.length).toBe(1);
    const outside = run(input(11, [rec({ kind: 'penalties', severity: 'general', occurredOn: '2023', datePrecision: 'year' })]));
    expect(outside.indicators.find((x) => x.path === 'record/penalties')?.recordIds).toEqual([]);
  });

  it('refuses malformed dates as a value, naming the record', () => {
    const r = evaluateEnterprise(model, input(12, [rec({ id: 1201, kind: 'penalties', occurredOn: '2025-13-01' })]), AS_OF);
    expect(r.ok ? null : [r.error.code, r.error.details]).toEqual(['E_EVALUATION_INPUT', { enterpriseId: 12, what: 'record 1201' }]);
    const bad = evaluateEnterprise(model, input(13, []), '30/06/2026');
    expect(bad.ok ? null : bad.error.code).toBe('E_EVALUATION_INPUT');
  });

  it('scores an enterprise with no records at all from the no-data defaults', () => {
    // 0 + 5; 0 + 0 + 0; 14 (no spot checks) + 0 + 15 + 5 + 15 = 49; total 54 → C
    const r = run(input(14, []));
    expect(r.score).toBe('54.00');
    expect(r.grade).toBe('C');
  });
});

describe('model as data', () => {
  it('validates the default model and rejects broken ones with E_MODEL_INVALID', () => {
    const broken = JSON.parse(JSON.stringify(model)) as Record<string, unknown> & typeof model;
    broken.grades = [{ grade: 'A', minScore: 50 }, { grade: 'B', minScore: 60 }];
    const r = parseEvaluationModel(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('E_MODEL_INVALID');
    expect(parseEvaluationModel({ ...model, extra: 1 }).ok).toBe(false);
    const dup = JSON.parse(JSON.stringify(model)) as typeof model;
    dup.gradeRules.push(dup.gradeRules[0] as (typeof dup.gradeRules)[number]);
    expect(parseEvaluationModel(dup).ok).toBe(false);
    const thirds = JSON.parse(JSON.stringify(model)) as typeof model;
    (thirds.dimensions[0] as { weight: number }).weight = 1 / 3;
    expect(parseEvaluationModel(thirds).ok).toBe(false);
  });

  it('exports a JSON Schema for hand-written models', () => {
    const s = modelJsonSchema();
    expect(s['type']).toBe('object');
    expect(Object.keys(s['properties'] as object)).toEqual(expect.arrayContaining(['grades', 'dimensions', 'gradeRules', 'validityMonths']));
    expect(() => JSON.stringify(s)).not.toThrow();
  });

  it('has a canonical text independent of key order (the backend hashes it)', () => {
    const reordered = Object.fromEntries(Object.entries(model).reverse());
    const parsed = parseEvaluationModel(reordered);
    expect(parsed.ok && modelCanonicalString(parsed.value)).toBe(modelCanonicalString(model));
    const edited = { ...model, grades: model.grades.map((g) => (g.grade === 'AAA' ? { ...g, minScore: 91 } : g)) };
    expect(modelCanonicalString(edited)).not.toBe(modelCanonicalString(model));
  });
});
