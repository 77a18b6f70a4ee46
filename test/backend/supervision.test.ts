import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationRun } from '../../src/contract/evaluation';
import type { Draw, DrawSummary, SupervisionClass, SupervisionConfigView } from '../../src/contract/supervision';
import { supervisionMode } from '../../src/core/supervision/matrix';
import type { SupervisionConfig } from '../../src/core/supervision/schema';
import { testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
let officer: string;
let reviewer: string;
let admin: string;
let runId: number;
beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-11-28T02:00:00Z') });
  admin = await b.login('admin');
  await b.value('demo:generate', { enterprises: 200, seed: 'sup' }, admin);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
  runId = ((await b.value('evaluation:run', { asOf: '2026-11-01' }, officer)) as EvaluationRun).id;
  await b.value('evaluation:decide', { runId, approve: true }, reviewer);
  // The demo registers no products: give some firms risk-graded ones so all three columns are used.
  const ids = b.ws.db.prepare('SELECT id FROM enterprises ORDER BY id LIMIT 60').pluck().all() as number[];
  for (const [i, id] of ids.entries()) {
    await b.value('products:create', { enterpriseId: id, draft: { name: `产品${i}`, riskGrade: (['I', 'II', 'III'] as const)[i % 3] } }, officer);
  }
});
afterAll(() => b.cleanup());

const allClasses = async (region: string | null = null) =>
  (await b.value('supervision:classes', { region, pageSize: 200 }, officer)) as { items: SupervisionClass[]; total: number; counts: { mode: string; count: number }[]; runId: number | null };
const auditRows = (action: string) => b.ws.db.prepare('SELECT entity_id, after_json FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { entity_id: string; after_json: string }[];
const meta = () => b.ws.db.prepare("SELECT key, value FROM meta WHERE key GLOB 'supervision_*' ORDER BY key").all();

describe('supervision classes', () => {
  it('follow the matrix: the approved run\'s grade × the highest product risk', async () => {
    const { config } = (await b.value('supervision:config-get', {}, officer)) as SupervisionConfigView;
    const c = await allClasses();
    expect(c.runId).toBe(runId);
    // Revoked, cancelled and moved-out firms are not supervised here.
    const active = b.ws.db.prepare("SELECT count(*) FROM enterprises WHERE status = 'active' AND deleted_at IS NULL").pluck().get();
    expect(c.total).toBe(active);
    expect(c.counts.reduce((n, x) => n + x.count, 0)).toBe(active);
    const grades = new Map((b.ws.db.prepare('SELECT enterprise_id, grade FROM evaluation_results WHERE run_id = ?').all(runId) as { enterprise_id: number; grade: string }[])
      .map((r) => [r.enterprise_id, r.grade]));
    for (const e of c.items) {
      expect(e.grade).toBe(grades.get(e.enterpriseId));
      expect(supervisionMode(config.matrix, e.grade, e.riskGrade ?? 'III')).toEqual({ ok: true, value: e.mode });
    }
    expect(new Set(c.items.map((e) => e.riskGrade))).toEqual(new Set(['I', 'II', 'III', null]));
  });

  it('change when the matrix changes, and a region prefix filters', async () => {
    const view = (await b.value('supervision:config-get', {}, officer)) as SupervisionConfigView;
    const rows = Object.fromEntries(Object.keys(view.config.matrix.rows).map((g) => [g, { I: 'strict', II: 'strict', III: 'strict' } as const]));
    const strict: SupervisionConfig = { ...view.config, matrix: { ...view.config.matrix, version: 2, rows, ungraded: { I: 'strict', II: 'strict', III: 'strict' } } };
    await b.value('supervision:config-save', { config: strict }, reviewer);
    const after = await allClasses();
    expect(after.counts.find((x) => x.mode === 'strict')?.count).toBe(after.total);
    await b.value('supervision:config-save', { config: view.config }, admin);
    const region = (b.ws.db.prepare('SELECT region_code FROM enterprises ORDER BY id LIMIT 1').pluck().get() as string);
    const city = `${region.slice(0, 4)}00`;
    const inCity = await allClasses(city);
    expect(inCity.total).toBeGreaterThan(0);
    expect(inCity.items.every((e) => e.regionCode.startsWith(region.slice(0, 4)))).toBe(true);
  });
});

describe('the random inspection list (双随机)', () => {
  beforeAll(async () => {
    // A fifth of each class, so that which firms are drawn depends on the seed.
    const { config } = (await b.value('supervision:config-get', {}, officer)) as SupervisionConfigView;
    const fifth = { ratioPercent: 20, visitsPerYear: 1 };
    const plans = [{ jurisdiction: '*' as const, year: null, modes: { credit: fifth, responsibility: fifth, normal: fifth, strict: { ratioPercent: 20, visitsPerYear: 2 } } }];
    await b.value('supervision:config-save', { config: { ...config, plans } }, reviewer);
  });

  it('is the same for the same seed, different for another, stored with its seed and audited', async () => {
    const first = (await b.value('supervision:draw', { year: 2027, seed: '2027-湘-01' }, officer)) as Draw;
    expect(first.seed).toBe('2027-湘-01');
    expect(first.seedGenerated).toBe(false);
    expect(first.inputsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(first.list.length).toBeGreaterThan(0);
    expect(first.perMode.reduce((n, m) => n + m.quota, 0)).toBe(first.list.length);
    const again = (await b.value('supervision:draw', { year: 2027, seed: '2027-湘-01' }, reviewer)) as Draw;
    expect(again.id).not.toBe(first.id);
    expect(again.inputsDigest).toBe(first.inputsDigest);
    expect(again.list).toEqual(first.list);
    const other = (await b.value('supervision:draw', { year: 2027, seed: '2027-湘-02' }, officer)) as Draw;
    expect(other.list.map((i) => i.enterpriseId)).not.toEqual(first.list.map((i) => i.enterpriseId));

    const stored = (await b.value('supervision:draw-get', { id: first.id }, officer)) as Draw & { inputsUnchanged: boolean };
    expect(stored).toMatchObject({ seed: '2027-湘-01', drawnBy: 'officer', inputsUnchanged: true, list: first.list });
    const past = (await b.value('supervision:draws', {}, officer)) as DrawSummary[];
    expect(past.map((d) => [d.id, d.seed])).toEqual([[other.id, '2027-湘-02'], [again.id, '2027-湘-01'], [first.id, '2027-湘-01']]);
    const audits = auditRows('supervision:draw');
    expect(audits.map((a) => a.entity_id)).toEqual([first.id, again.id, other.id].map(String));
    expect(JSON.parse(audits[0]?.after_json ?? '{}')).toMatchObject({ seed: '2027-湘-01', inputsDigest: first.inputsDigest });
  });

  it('makes a seed when none is given, and it reproduces the list', async () => {
    const made = (await b.value('supervision:draw', { year: 2027 }, officer)) as Draw;
    expect(made.seedGenerated).toBe(true);
    expect(made.seed).toMatch(/^[0-9a-f]{16}$/);
    const redo = (await b.value('supervision:draw', { year: 2027, seed: made.seed }, officer)) as Draw;
    expect(redo.list).toEqual(made.list);
  });

  it('tells when the inputs have changed since a draw', async () => {
    const d = (await b.value('supervision:draw', { year: 2028, seed: 'x' }, officer)) as Draw;
    const id = (await allClasses()).items.find((e) => e.riskGrade === null)?.enterpriseId ?? 0;
    await b.value('products:create', { enterpriseId: id, draft: { name: '高风险产品', riskGrade: 'I' } }, officer);
    expect(await b.value('supervision:draw-get', { id: d.id }, officer)).toMatchObject({ inputsUnchanged: false });
  });
});

describe('an invalid configuration', () => {
  it('is refused with a stable code and nothing is written', async () => {
    const { config } = (await b.value('supervision:config-get', {}, officer)) as SupervisionConfigView;
    const before = meta();
    const auditsBefore = auditRows('supervision:config-save').length;
    const { AAA: _dropped, ...rows } = config.matrix.rows;
    expect(await b.call('supervision:config-save', { config: { ...config, matrix: { ...config.matrix, rows } } }, admin))
      .toMatchObject({ ok: false, error: { code: 'E_SUPERVISION_CONFIG' } });
    expect(await b.call('supervision:config-save', { config: { ...config, plans: [...config.plans, ...config.plans] } }, admin))
      .toMatchObject({ ok: false, error: { code: 'E_SUPERVISION_PLAN_DUPLICATE' } });
    const plan = config.plans[0];
    if (!plan) throw new Error('the shipped config has a plan');
    const badRatio = { ...config, plans: [{ ...plan, modes: { ...plan.modes, strict: { ratioPercent: 150, visitsPerYear: 1 } } }] };
    expect(await b.call('supervision:config-save', { config: badRatio }, admin)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await b.call('supervision:config-save', { config }, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(meta()).toEqual(before);
    expect(auditRows('supervision:config-save')).toHaveLength(auditsBefore);
  });

  it('a year with no plan for the region cannot be drawn, and nothing is stored', async () => {
    const { config } = (await b.value('supervision:config-get', {}, officer)) as SupervisionConfigView;
    const only2030 = { ...config, plans: config.plans.map((p) => ({ ...p, year: 2030 })) };
    await b.value('supervision:config-save', { config: only2030 }, admin);
    const before = meta().length;
    expect(await b.call('supervision:draw', { year: 2031, seed: 's' }, officer)).toMatchObject({ ok: false, error: { code: 'E_INSPECTION_PLAN_MISSING' } });
    expect(meta()).toHaveLength(before);
    await b.value('supervision:config-save', { config }, admin);
  });
});
