import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/demo/random';
import { compileModel } from '../../../src/core/evaluation/evaluate';
import { evaluateStream } from '../../../src/core/evaluation/run';
import type { EvaluationInput } from '../../../src/core/evaluation/types';
import type { CreditRecord, RecordKind, RecordOutcome, Severity } from '../../../src/core/records/record';
import { AS_OF, loadDefaultModel } from './fixtures';

const KINDS: RecordKind[] = ['spot-checks', 'penalties', 'licences', 'complaints', 'accidents', 'interviews', 'commitments', 'awards'];
const OUTCOMES: Partial<Record<RecordKind, (RecordOutcome | null)[]>> = {
  'spot-checks': ['pass', 'pass', 'pass', 'fail', 'refused'], licences: ['valid', 'invalid'], complaints: ['verified', 'unverified'],
};
const SEVERITIES: (Severity | null)[] = ['minor', 'general', 'serious', null];

/** Synthetic enterprises with 10 records each, dates spread over 5 years before the as-of date. */
function synthetic(n: number): EvaluationInput[] {
  const r = createRandom('perf');
  let id = 1;
  const out: EvaluationInput[] = [];
  for (let e = 1; e <= n; e++) {
    const records: CreditRecord[] = [];
    for (let k = 0; k < 10; k++) {
      const kind = r.pick(KINDS);
      const y = 2021 + r.int(6), m = 1 + r.int(12), d = 1 + r.int(28);
      records.push({
        id: id++, kind, enterpriseId: e, personId: null, productId: null, effect: 'neutral', authority: '', authorityCode: null, docNo: null,
        occurredOn: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, datePrecision: 'day',
        endsOn: kind === 'licences' ? `${y + 3}-12-31` : null, outcome: OUTCOMES[kind] ? r.pick(OUTCOMES[kind]) : null,
        severity: r.pick(SEVERITIES), state: null, summary: '',
        details: kind === 'accidents' ? { type: r.pick(['accident', 'recall']) } : kind === 'awards' ? { level: r.pick(['national', 'provincial', 'municipal', 'county']) }
          : kind === 'licences' && r.int(2) === 0 ? { certification: 'ISO 9001' } : {},
      });
    }
    out.push({
      enterprise: { id: e, uscc: String(e), regionCode: '430102', industryCode: 'C13' }, records,
      listEntries: r.int(50) === 0 ? [{ listType: 'serious-dishonesty', state: 'active', from: '2025-01-01', to: null, source: 'local' }] : [],
      previousGrades: [],
    });
  }
  return out;
}

describe('evaluation performance', () => {
  it('evaluates 100,000 enterprises × 10 records well under 10 s', () => {
    const inputs = synthetic(100_000);
    const compiled = compileModel(loadDefaultModel());
    if (!compiled.ok) throw new Error(compiled.error.code);
    let explained = 0;
    const t0 = performance.now();
    // As the backend does: stream, look at each result (it would write it), keep none.
    const run = evaluateStream(compiled.value, inputs, AS_OF, (res) => { explained += res.indicators.length; });
    const ms = performance.now() - t0;
    if (!run.ok) throw new Error(run.error.code);
    console.warn(`100,000 enterprises / 1,000,000 records evaluated in ${Math.round(ms)} ms`);
    expect(explained).toBe(1_000_000);
    expect(run.value.summary.total).toBe(100_000);
    expect(run.value.summary.byGrade.reduce((s, g) => s + g.count, 0)).toBe(100_000);
    expect(run.value.summary.vetoed).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10_000);
  });
});
