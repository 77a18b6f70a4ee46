import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../src/core/evaluation/diff';
import { evaluateRun } from '../../../src/core/evaluation/run';
import type { EvaluationInput } from '../../../src/core/evaluation/types';
import { whatIf } from '../../../src/core/evaluation/what-if';
import { AS_OF, CITIZEN_GRADES, input, loadDefaultModel, modelCitizen, rec } from './fixtures';

const model = loadDefaultModel();

/** E1 (99, AAA), E2 (87.75, AA capped to A by its gate), E3 (no records: 54, C), E4 (vetoed, D). */
function inputs(): EvaluationInput[] {
  return [
    input(1, modelCitizen(), { previousGrades: CITIZEN_GRADES }),
    input(2, [
      rec({ kind: 'commitments', occurredOn: '2026-01-05' }),
      rec({ kind: 'licences', outcome: 'valid', occurredOn: '2025-01-01', endsOn: '2030-01-01' }),
      rec({ kind: 'licences', outcome: 'valid', occurredOn: '2025-02-01', endsOn: '2028-01-31', details: { certification: 'ISO 9001' } }),
      rec({ kind: 'spot-checks', outcome: 'pass', occurredOn: '2025-10-01' }),
    ]),
    input(3, []),
    input(4, [rec({ kind: 'spot-checks', outcome: 'refused', occurredOn: '2026-01-01' })]),
  ];
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('evaluation runs', () => {
  it('summarises grades and is the same for inputs in any order', () => {
    const xs = inputs();
    const a = ok(evaluateRun(model, xs, AS_OF));
    // E2: 10 + 5; 10 + 10 + 0; 20 + 0 + 15 + 5 + 15 → 90.00 raw AAA; no grade history, so the
    // AAA gate (held AA 1 year) caps at AA and the AA gate (held A 2 years) at A.
    expect(a.results.map((r) => [r.enterpriseId, r.score, r.grade])).toEqual([
      [1, '99.00', 'AAA'], [2, '90.00', 'A'], [3, '54.00', 'C'], [4, '54.00', 'D'],
    ]);
    expect(a.summary.byGrade).toEqual([
      { grade: 'AAA', count: 1 }, { grade: 'AA', count: 0 }, { grade: 'A', count: 1 },
      { grade: 'B', count: 0 }, { grade: 'C', count: 1 }, { grade: 'D', count: 1 },
    ]);
    expect(a.summary.vetoed).toBe(1);
    expect(a.results[1]?.gatesFailed.map((g) => [g.ruleId, g.grade])).toEqual([['gate-aa-held-a', 'A'], ['gate-aaa-held-aa', 'AA']]);
    const b = ok(evaluateRun(model, [...xs].reverse(), AS_OF));
    expect(b).toEqual(a);
  });

  it('keeps going past an enterprise with bad data, and refuses a duplicated enterprise', () => {
    const xs = [...inputs(), input(5, [rec({ kind: 'penalties', occurredOn: 'yesterday' })])];
    const r = ok(evaluateRun(model, xs, AS_OF));
    expect(r.results).toHaveLength(4);
    expect(r.failures.map((f) => [f.enterpriseId, f.error.code])).toEqual([[5, 'E_EVALUATION_INPUT']]);
    const dup = evaluateRun(model, [...inputs(), input(1, [])], AS_OF);
    expect(dup.ok).toBe(false);
  });

  it('diffs two runs: upgrades, downgrades, new vetoes, enterprises that came and went', () => {
    const prev = ok(evaluateRun(model, inputs(), AS_OF)).results;
    const [e1, e2] = inputs() as [EvaluationInput, EvaluationInput];
    const next = ok(evaluateRun(model, [
      { ...e1, listEntries: [{ listType: 'serious-dishonesty', state: 'active', from: '2026-05-01', to: null, source: 'local' }] },
      { ...e2, previousGrades: [{ grade: 'A', validFrom: '2024-06-30', validTo: '2026-06-30' }] },
      input(3, [rec({ kind: 'commitments', occurredOn: '2026-06-01' })]),
      input(6, []),
    ], AS_OF)).results;
    const d = diffRuns(prev, next);
    expect(d.upgrades.map((m) => [m.enterpriseId, m.from, m.to])).toEqual([[2, 'A', 'AA'], [3, 'C', 'B']]);
    expect(d.downgrades.map((m) => [m.enterpriseId, m.from, m.to, m.scoreFrom, m.scoreTo])).toEqual([[1, 'AAA', 'D', '99.00', '99.00']]);
    expect(d.newVetoes).toEqual([{ enterpriseId: 1, uscc: e1.enterprise.uscc, ruleIds: ['veto-serious-list'] }]);
    expect(d.added.map((x) => [x.enterpriseId, x.grade])).toEqual([[6, 'C']]);
    expect(d.removed.map((x) => [x.enterpriseId, x.grade])).toEqual([[4, 'D']]);
    // An adjusted grade is the one that counts.
    const adjusted = next.map((r) => (r.enterpriseId === 1 ? { ...r, adjustedGrade: { grade: 'AAA', reason: '名单已撤销，待同步' } } : r));
    expect(diffRuns(prev, adjusted).downgrades).toEqual([]);
  });

  it('what-if: lower the B band and drop a gate, see who moves; the model itself is untouched', () => {
    const before = JSON.stringify(model);
    const r = ok(whatIf({
      model, inputs: inputs(), asOf: AS_OF,
      overrides: [{ target: 'grade-min', grade: 'B', value: 50 }, { target: 'rule-off', ruleId: 'gate-aa-held-a' }],
    }));
    // E2 (90.00): without the AA gate only the AAA gate (held AA 1 year) bites → AA. E3: 54 ≥ 50 → B.
    // E4 stays vetoed at D.
    expect(r.upgrades.map((m) => [m.enterpriseId, m.from, m.to])).toEqual([[2, 'A', 'AA'], [3, 'C', 'B']]);
    expect(r.downgrades).toEqual([]);
    expect(r.before.byGrade.map((g) => g.count)).toEqual([1, 0, 1, 0, 1, 1]);
    expect(r.after.byGrade.map((g) => g.count)).toEqual([1, 1, 0, 1, 0, 1]);
    expect(JSON.stringify(model)).toBe(before);
  });

  it('what-if: weights rescale a dimension; bad changes are errors, not silent no-ops', () => {
    // record dimension weight 60 → 30: E3's 49 record points become 49 × 30/60 = 24.5; 5 + 0 + 24.5 = 29.50 → D.
    const r = ok(whatIf({ model, inputs: inputs(), asOf: AS_OF, overrides: [{ target: 'dimension-weight', dimensionId: 'record', value: 30 }] }));
    expect(r.downgrades.find((m) => m.enterpriseId === 3)).toMatchObject({ from: 'C', to: 'D', scoreTo: '29.50' });
    const rule = ok(whatIf({ model, inputs: inputs(), asOf: AS_OF, overrides: [{ target: 'rule-number', ruleId: 'spot-check-rate', field: 'noData', value: 20 }] }));
    expect(rule.upgrades.map((m) => [m.enterpriseId, m.scoreTo])).toEqual([[3, '60.00']]);
    const missing = whatIf({ model, inputs: inputs(), asOf: AS_OF, overrides: [{ target: 'grade-min', grade: 'BBB', value: 1 }] });
    expect(missing.ok ? null : missing.error.code).toBe('E_MODEL_OVERRIDE');
    const disorder = whatIf({ model, inputs: inputs(), asOf: AS_OF, overrides: [{ target: 'grade-min', grade: 'AAA', value: 10 }] });
    expect(disorder.ok ? null : disorder.error.code).toBe('E_MODEL_INVALID');
  });
});
