import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationRun, Explanation, RunReport } from '../../src/contract/evaluation';
import { testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
let officer: string;
let reviewer: string;
beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-11-28T02:00:00Z') });
  const admin = await b.login('admin');
  await b.value('demo:generate', { enterprises: 300, seed: 'eval' }, admin);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
});
afterAll(() => b.cleanup());

const run = async (asOf = '2026-11-01') => (await b.value('evaluation:run', { asOf }, officer)) as EvaluationRun;
const results = (id: number) => b.ws.db.prepare('SELECT enterprise_id, score, raw_grade, grade, explanation FROM evaluation_results WHERE run_id = ? ORDER BY enterprise_id').all(id);

describe('evaluation runs', () => {
  it('grades every enterprise, deterministically, with the model and an input digest recorded', async () => {
    const first = await run();
    expect(first).toMatchObject({ status: 'proposed', enterprises: 300, modelId: 'gbt31863-default', proposedBy: 'officer' });
    expect(first.counts.reduce((n, c) => n + c.count, 0)).toBe(300);
    expect(first.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    const second = await run();
    expect(second.inputDigest).toBe(first.inputDigest);
    expect(results(second.id)).toEqual(results(first.id));
  });

  it('is approved by a reviewer, never by its proposer', async () => {
    const r = await run('2026-10-01');
    expect(await b.call('evaluation:decide', { runId: r.id, approve: true }, await b.login('admin'))).toMatchObject({ ok: true });
    const mine = (await b.value('evaluation:run', { asOf: '2026-10-15' }, await b.login('admin'))) as EvaluationRun;
    expect(await b.call('evaluation:decide', { runId: mine.id, approve: true }, await b.login('admin'))).toMatchObject({ ok: false, error: { code: 'E_SELF_APPROVAL' } });
    expect(await b.call('evaluation:decide', { runId: r.id, approve: false }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_ALREADY_DECIDED' } });
  });

  it('explains a grade down to the records, and a live preview agrees with a stored result on the same data', async () => {
    const r = await run();
    // A firm whose points rest on records: a spot check in the window counts towards its pass rate.
    const row = b.ws.db.prepare(`SELECT enterprise_id FROM credit_records WHERE kind = 'spot-checks' AND outcome IN ('pass', 'fail') AND occurred_on > '2024-01-01' AND deleted_at IS NULL
      ORDER BY id LIMIT 1`).pluck().get() as number;
    const x = (await b.value('evaluation:explain', { runId: r.id, enterpriseId: row }, officer)) as Explanation;
    expect(x.indicators.some((i) => i.recordIds.length > 0)).toBe(true);
    expect(x.indicators.length).toBeGreaterThan(3);
    const recordIds = [...new Set(x.indicators.flatMap((i) => i.recordIds))];
    const owned = b.ws.db.prepare(`SELECT count(*) FROM credit_records WHERE enterprise_id = ? AND id IN (${recordIds.map(() => '?').join(',') || 'NULL'})`).pluck().get(row, ...recordIds);
    expect(owned).toBe(recordIds.length);
    const live = (await b.value('evaluation:preview', { enterpriseId: row, asOf: '2026-11-01' }, officer)) as Explanation;
    expect({ score: live.score, grade: live.grade, indicators: live.indicators }).toEqual({ score: x.score, grade: x.grade, indicators: x.indicators });
  });

  it('shows what changed since the approved run before, and adjusts a grade only with a reviewer', async () => {
    const base = await run('2026-11-02');
    await b.value('evaluation:decide', { runId: base.id, approve: true }, reviewer);
    // A major quality accident vetoes any grade: the best-scored firm must move down.
    const top = b.ws.db.prepare(`SELECT enterprise_id FROM evaluation_results WHERE run_id = ? ORDER BY CAST(score AS REAL) DESC LIMIT 1`).pluck().get(base.id) as number;
    await b.value('records:create', { enterpriseId: top, kind: 'accidents', draft: {
      authority: '湖南省市场监督管理局', occurredOn: '2026-10-20', severity: 'serious', details: { type: 'accident', description: '电热水壶起火致人受伤' },
    } }, officer);
    const next = await run('2026-11-02');
    const report = (await b.value('evaluation:report', { runId: next.id }, officer)) as RunReport;
    expect(report.previousRunId).toBe(base.id);
    expect(report.downgrades.map((d) => d.enterpriseId)).toContain(top);
    expect(report.newVetoes.map((v) => v.enterpriseId)).toContain(top);
    expect(report.histogram.reduce((n, h) => n + h.count, 0)).toBe(300);
    expect(report.byRegion.length).toBeGreaterThan(0);
    const adj = (await b.value('evaluation:adjust', { runId: next.id, enterpriseId: top, toGrade: 'AAA', reason: '处罚已被复议撤销，待更新' }, officer)) as { id: number };
    expect(await b.call('evaluation:adjust-decide', { id: adj.id, approve: true }, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    await b.value('evaluation:adjust-decide', { id: adj.id, approve: true }, reviewer);
    const x = (await b.value('evaluation:explain', { runId: next.id, enterpriseId: top }, officer)) as Explanation;
    expect(x.adjustments[0]).toMatchObject({ toGrade: 'AAA', status: 'approved', decidedBy: 'reviewer' });
    expect(x.grade).not.toBe('AAA');
  });

  it('tries a what-if change without saving anything', async () => {
    const r = await run();
    const before = b.ws.db.prepare('SELECT count(*) FROM evaluation_results').pluck().get();
    const w = (await b.value('evaluation:what-if', { runId: r.id, overrides: [{ target: 'grade-min', grade: 'AA', value: 85 }] }, officer)) as { before: { grade: string; count: number }[]; after: { grade: string; count: number }[]; moved: number };
    expect(w.before).toEqual(r.counts);
    expect(w.after.find((g) => g.grade === 'AA')?.count ?? 0).toBeLessThanOrEqual(w.before.find((g) => g.grade === 'AA')?.count ?? 0);
    expect(b.ws.db.prepare('SELECT count(*) FROM evaluation_results').pluck().get()).toBe(before);
  });
});
