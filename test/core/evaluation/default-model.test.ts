import { describe, expect, it } from 'vitest';
import { evaluateEnterprise } from '../../../src/core/evaluation/evaluate';
import type { EnterpriseEvaluation, EvaluationInput } from '../../../src/core/evaluation/types';
import { AS_OF, CITIZEN_GRADES, input, loadDefaultModel, modelCitizen, pointsByPath, rec } from './fixtures';

/*
 * Hand-worked cases for the default model, as of 2026-06-30. Windows end on the as-of date and
 * start (exclusive) N months before it: 12 → 2025-06-30, 24 → 2024-06-30, 36 → 2023-06-30.
 * Linear decay weight = (record day − window start) / (as-of − window start):
 *   24-month window: 730 days (2024-06-30 → 2026-06-30); 36-month window: 1096 days (2024 is a leap year).
 *   2025-06-30 is 365 days into the 24-month window and 731 days into the 36-month one.
 * Half-life 12 months = 365 days (2025-06-30 → 2026-06-30).
 * Rounding: to hundredths, half up: round(p × w) with p in hundredths.
 */
const model = loadDefaultModel();

function evaluate(i: EvaluationInput): EnterpriseEvaluation {
  const r = evaluateEnterprise(model, i, AS_OF);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('default model, hand-worked', () => {
  it('E1 model citizen: 99.00, AAA, every gate met', () => {
    const r = evaluate(input(1, modelCitizen(), { previousGrades: CITIZEN_GRADES }));
    expect(pointsByPath(r)).toEqual({
      'commitment/pledge': '10.00', // commitment 2026-03-01 within 12 months → 10
      'commitment/interviews': '5.00', // no interviews: 5 − 0
      'capability/licence': '10.00', // licence valid 2022-01-01..2027-12-31 → 10
      'capability/iso9001': '10.00', // ISO 9001 valid to 2027-01-01 → 10
      'capability/awards': '4.00', // 省 3 (2025-05-01) + 县 1 (2024-01-01) = 4 ≤ cap 5
      'record/spot-checks': '20.00', // 3 passed / 3 = 100% → 20
      'record/consecutive-passes': '5.00', // a pass in each of the last 3 years, no fail → 5
      'record/penalties': '15.00',
      'record/complaints': '5.00',
      'record/accidents': '15.00',
    });
    // 10 + 5 = 15; 10 + 10 + 4 = 24; 20 + 5 + 15 + 5 + 15 = 60; 15 + 24 + 60 = 99
    expect(r.dimensions.map((d) => d.points)).toEqual(['15.00', '24.00', '60.00']);
    expect(r.score).toBe('99.00');
    expect(r.rawGrade).toBe('AAA');
    // A or better since 2024-07-01 (2 years, 1-day gap tolerated), AA or better since 2025-07-01 (1 year).
    expect(r.gatesFailed).toEqual([]);
    expect(r.vetoes).toEqual([]);
    expect(r.grade).toBe('AAA');
    expect(r.validTo).toBe('2027-06-29');
  });

  it('E2 a young firm: 87.75 scores AA, but the "held A for 2 years" gate caps it at A', () => {
    const records = [
      rec({ kind: 'commitments', occurredOn: '2026-01-05' }),
      rec({ id: 201, kind: 'interviews', effect: 'negative', occurredOn: '2025-06-30' }),
      rec({ kind: 'licences', outcome: 'valid', occurredOn: '2025-01-01', endsOn: '2030-01-01' }),
      rec({ kind: 'licences', outcome: 'valid', occurredOn: '2025-02-01', endsOn: '2028-01-31', details: { certification: 'ISO 9001' } }),
      rec({ kind: 'awards', effect: 'positive', occurredOn: '2024-05-01', details: { level: 'national' } }),
      rec({ kind: 'awards', effect: 'positive', occurredOn: '2025-01-01', details: { level: 'municipal' } }),
      rec({ kind: 'spot-checks', outcome: 'pass', occurredOn: '2025-10-01' }),
      rec({ id: 202, kind: 'penalties', effect: 'negative', severity: 'general', occurredOn: '2024-12-30' }),
      rec({ kind: 'complaints', effect: 'negative', outcome: 'verified', occurredOn: '2025-01-10' }),
      rec({ kind: 'complaints', effect: 'negative', outcome: 'verified', occurredOn: '2026-01-10' }),
      rec({ kind: 'complaints', effect: 'negative', outcome: 'unverified', occurredOn: '2026-02-01' }),
      rec({ id: 203, kind: 'accidents', effect: 'negative', occurredOn: '2025-06-30', details: { type: 'recall' } }),
    ];
    const r = evaluate(input(2, records));
    expect(pointsByPath(r)).toEqual({
      'commitment/pledge': '10.00',
      'commitment/interviews': '3.75', // 5 − 2.50 × 365/730 = 5 − 1.25
      'capability/licence': '10.00',
      'capability/iso9001': '10.00',
      'capability/awards': '5.00', // 国家 5 + 市 2 = 7, rule cap 5
      'record/spot-checks': '20.00', // 1/1 = 100%
      'record/consecutive-passes': '0.00', // passes only in the last year
      'record/penalties': '12.50', // general 5 × 549/1096: 500 × 549 / 1096 = 250.46 → 250 → 15 − 2.50
      'record/complaints': '3.00', // 2 verified × 1 (unverified ignored): 5 − 2
      'record/accidents': '13.50', // recall 3 × 2^(−365/365) = 1.50: 15 − 1.50
    });
    // 10 + 3.75 = 13.75; 10 + 10 + 5 = 25; 20 + 0 + 12.5 + 3 + 13.5 = 49; total 87.75
    expect(r.score).toBe('87.75');
    expect(r.rawGrade).toBe('AA');
    // Gates guarding AA and A are checked (AAA's are moot for an AA score): no grade history → A.
    expect(r.gatesFailed.map((g) => [g.ruleId, g.grade])).toEqual([['gate-aa-held-a', 'A']]);
    expect(r.grade).toBe('A');
    const items = r.indicators.find((i) => i.path === 'record/penalties')?.items;
    expect(items).toEqual([
      { ruleId: 'penalties-start', recordId: null, points: '15.00' },
      { ruleId: 'penalties-deduct', recordId: 202, points: '-2.50' },
    ]);
    expect(r.indicators.find((i) => i.path === 'capability/awards')?.notes).toEqual(['近 36 个月获得质量奖励：合计 7.00 分，按上限 5.00 分计']);
  });

  it('E3 on the serious-dishonesty list: the veto overrides a 99-point score', () => {
    const r = evaluate(input(3, modelCitizen(), {
      previousGrades: CITIZEN_GRADES,
      listEntries: [
        { listType: 'serious-dishonesty', state: 'active', from: '2026-01-15', to: null, source: 'external' },
        { listType: 'serious-dishonesty', state: 'active', from: '2022-01-01', to: '2025-01-01', source: 'local' }, // expired
        { listType: 'serious-dishonesty', state: 'removed', from: '2025-01-01', to: null, source: 'local' }, // removed
      ],
    }));
    expect(r.score).toBe('99.00');
    expect(r.rawGrade).toBe('AAA');
    expect(r.grade).toBe('D');
    expect(r.vetoes).toEqual([{
      ruleId: 'veto-serious-list', label: '列入严重违法失信名单（质量失信黑名单）', grade: 'D', recordIds: [],
      listEntries: [{ listType: 'serious-dishonesty', state: 'active', from: '2026-01-15', to: null, source: 'external' }],
    }]);
  });

  it('E4 a bad record: 6.59 points, producing after the licence lapsed (veto), severe failure (cap)', () => {
    const records = [
      rec({ kind: 'interviews', occurredOn: '2026-06-30' }),
      rec({ kind: 'interviews', occurredOn: '2025-06-30' }),
      rec({ id: 401, kind: 'licences', outcome: 'valid', occurredOn: '2020-01-01', endsOn: '2025-12-31' }),
      rec({ id: 402, kind: 'spot-checks', outcome: 'fail', occurredOn: '2024-09-01', details: { seriousFail: true } }),
      rec({ kind: 'spot-checks', outcome: 'pass', occurredOn: '2025-03-01' }),
      rec({ id: 403, kind: 'spot-checks', outcome: 'fail', occurredOn: '2025-11-01', details: { seriousFail: false } }),
      rec({ id: 404, kind: 'spot-checks', outcome: 'pass', occurredOn: '2026-05-01' }),
      rec({ kind: 'penalties', severity: 'serious', occurredOn: '2026-06-30' }),
      rec({ kind: 'penalties', severity: 'minor', occurredOn: '2025-06-30' }),
      ...Array.from({ length: 6 }, (_, k) => rec({ kind: 'complaints', outcome: 'verified', occurredOn: `2026-0${k + 1}-15` })),
      rec({ kind: 'accidents', severity: 'general', occurredOn: '2026-06-30', details: { type: 'accident' } }),
      rec({ kind: 'accidents', severity: 'minor', occurredOn: '2025-06-30', details: { type: 'accident' } }),
    ];
    const r = evaluate(input(4, records));
    expect(pointsByPath(r)).toEqual({
      'commitment/pledge': '0.00', // no commitment
      'commitment/interviews': '1.25', // 2.50 × 730/730 + 2.50 × 365/730 = 3.75: 5 − 3.75
      'capability/licence': '0.00', // the only licence ended 2025-12-31
      'capability/iso9001': '0.00',
      'capability/awards': '0.00',
      'record/spot-checks': '0.00', // 2 passed / 4 = 50% < 60% → 0
      'record/consecutive-passes': '0.00',
      'record/penalties': '3.67', // serious 10 × 1 + minor 200 × 731/1096 = 133.39 → 1.33: 15 − 11.33
      'record/complaints': '0.00', // 6 verified = 6, rule cap 5: 5 − 5
      'record/accidents': '1.67', // general 10 × 1 + minor 500 × 731/1096 = 333.48 → 3.33: 15 − 13.33
    });
    // 0 + 1.25; 0; 0 + 0 + 3.67 + 0 + 1.67 = 5.34; total 6.59
    expect(r.score).toBe('6.59');
    expect(r.rawGrade).toBe('D');
    expect(r.caps.map((c) => [c.ruleId, c.grade, c.recordIds])).toEqual([['cap-serious-fail', 'C', [402]]]);
    // Evidence: the lapsed licence and the spot checks of the last 12 months.
    expect(r.vetoes.map((v) => [v.ruleId, v.recordIds])).toEqual([['veto-unlicensed', [401, 403, 404]]]);
    expect(r.grade).toBe('D');
  });

  it('E5 on the business-abnormality list with no grade history: 99 points end at B', () => {
    const r = evaluate(input(5, modelCitizen(), {
      listEntries: [{ listType: 'business-abnormal', state: 'active', from: '2026-04-01', to: null, source: 'local' }],
    }));
    expect(r.score).toBe('99.00');
    // AAA gate (held AA 1 year) fails → AA; AA gate (held A 2 years) fails → A; the list caps at B.
    expect(r.gatesFailed.map((g) => [g.ruleId, g.grade])).toEqual([['gate-aa-held-a', 'A'], ['gate-aaa-held-aa', 'AA']]);
    expect(r.caps.map((c) => [c.ruleId, c.grade])).toEqual([['cap-abnormal-list', 'B']]);
    expect(r.grade).toBe('B');
  });

  it('E6 refusing a spot check: veto D, and only the consecutive-passes indicator moves', () => {
    const records = modelCitizen();
    const base = evaluate(input(6, records, { previousGrades: CITIZEN_GRADES }));
    const refused = rec({ id: 601, kind: 'spot-checks', effect: 'negative', outcome: 'refused', occurredOn: '2026-02-01' });
    const r = evaluate(input(6, [...records, refused], { previousGrades: CITIZEN_GRADES }));
    // Refusal is outside the pass-rate population (pass|fail), but breaks the 3-year run: 99 − 5 = 94.
    expect(r.score).toBe('94.00');
    expect(r.rawGrade).toBe('AAA');
    expect(r.vetoes.map((v) => [v.ruleId, v.grade, v.recordIds])).toEqual([['veto-refused-check', 'D', [601]]]);
    expect(r.grade).toBe('D');
    const changed = r.indicators.filter((ind, k) => JSON.stringify(ind) !== JSON.stringify(base.indicators[k])).map((i) => i.path);
    expect(changed).toEqual(['record/consecutive-passes']);
  });

  it('a major accident vetoes whatever the score', () => {
    const major = rec({ kind: 'accidents', severity: 'serious', occurredOn: '2024-01-01', details: { type: 'accident' } });
    const r = evaluate(input(7, [...modelCitizen(), major], { previousGrades: CITIZEN_GRADES }));
    // A serious accident earns no deduction in the accidents indicator (it is a veto instead).
    expect(r.score).toBe('99.00');
    expect(r.vetoes.map((v) => v.ruleId)).toEqual(['veto-major-accident']);
    expect(r.grade).toBe('D');
  });
});
