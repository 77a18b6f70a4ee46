import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawInspectionList, type DrawCandidate } from '../../../src/core/supervision/draw';
import { resolvePlan, supervisionMode } from '../../../src/core/supervision/matrix';
import { type InspectionPlan, SupervisionConfigSchema, type SupervisionMode } from '../../../src/core/supervision/schema';

const config = SupervisionConfigSchema.parse(JSON.parse(readFileSync('resources/models/supervision-default.json', 'utf8')));
const plan = config.plans[0] as InspectionPlan;

/** 100 credit, 50 responsibility, 30 normal, 5 strict enterprises, ids 1..185. */
function candidates(): DrawCandidate[] {
  const modes: [SupervisionMode, number][] = [['credit', 100], ['responsibility', 50], ['normal', 30], ['strict', 5]];
  let id = 1;
  return modes.flatMap(([mode, n]) => Array.from({ length: n }, () => ({ enterpriseId: id++, mode, lastLab: 'lab-a' })));
}

describe('supervision matrix', () => {
  it('maps grade × product risk to a mode, with an ungraded row', () => {
    expect(supervisionMode(config.matrix, 'AAA', 'III')).toEqual({ ok: true, value: 'credit' });
    expect(supervisionMode(config.matrix, 'AAA', 'I')).toEqual({ ok: true, value: 'responsibility' });
    expect(supervisionMode(config.matrix, 'D', 'III')).toEqual({ ok: true, value: 'strict' });
    expect(supervisionMode(config.matrix, null, 'I')).toEqual({ ok: true, value: 'normal' });
    const missing = supervisionMode(config.matrix, 'BBB', 'I');
    expect(missing.ok ? null : missing.error.code).toBe('E_SUPERVISION_CONFIG');
  });

  it('resolves the most specific plan: county, city, province, then the default; a year before any year', () => {
    const changsha2026: InspectionPlan = { ...plan, jurisdiction: '430100', year: 2026 };
    const hunan: InspectionPlan = { ...plan, jurisdiction: '430000', year: null };
    const plans = [plan, hunan, changsha2026];
    expect(resolvePlan(plans, '430102', 2026)).toEqual({ ok: true, value: changsha2026 });
    expect(resolvePlan(plans, '430102', 2027)).toEqual({ ok: true, value: hunan });
    expect(resolvePlan(plans, '110101', 2026)).toEqual({ ok: true, value: plan });
    const none = resolvePlan([changsha2026], '110101', 2026);
    expect(none.ok ? null : none.error.code).toBe('E_INSPECTION_PLAN_MISSING');
  });
});

describe('random inspection list (双随机)', () => {
  const base = { jurisdiction: '430102', year: 2026, plan, enterprises: candidates() };

  it('draws ⌈eligible × ratio⌉ per mode and records the seed', () => {
    const l = drawInspectionList({ ...base, seed: 'seed-1', checkedByHigherLevel: [1, 2, 151] });
    // credit: 98 eligible × 5% = 4.9 → 5; responsibility: 50 × 20% = 10; normal: 29 × 60% = 17.4 → 18; strict: 5 × 100% = 5
    expect(l.perMode.map((m) => [m.mode, m.population, m.eligible, m.quota])).toEqual([
      ['credit', 100, 98, 5], ['responsibility', 50, 50, 10], ['normal', 30, 29, 18], ['strict', 5, 5, 5],
    ]);
    expect(l.seed).toBe('seed-1');
    expect(l.list).toHaveLength(38);
    expect(l.excluded.map((x) => x.enterpriseId)).toEqual([1, 2, 151]);
    expect(l.list.some((x) => [1, 2, 151].includes(x.enterpriseId))).toBe(false);
    expect(l.list.filter((x) => x.mode === 'strict').every((x) => x.visits === 2)).toBe(true);
  });

  it('is reproducible by seed, whatever the candidate order, and differs for another seed', () => {
    const a = drawInspectionList({ ...base, seed: 'seed-1' });
    const b = drawInspectionList({ ...base, enterprises: [...base.enterprises].reverse(), seed: 'seed-1' });
    const c = drawInspectionList({ ...base, seed: 'seed-2' });
    expect(b).toEqual(a);
    expect(c.list.map((x) => x.enterpriseId)).not.toEqual(a.list.map((x) => x.enterpriseId));
  });

  it('assigns labs at random, never the enterprise\'s last lab when asked', () => {
    const labs = ['lab-a', 'lab-b', 'lab-c'];
    const l = drawInspectionList({ ...base, seed: 's', labs, avoidSameLab: true });
    expect(l.list.every((x) => x.lab === 'lab-b' || x.lab === 'lab-c')).toBe(true);
    expect(new Set(l.list.map((x) => x.lab)).size).toBe(2);
    const onlyA = drawInspectionList({ ...base, seed: 's', labs: ['lab-a'], avoidSameLab: true });
    expect(onlyA.list.every((x) => x.lab === null)).toBe(true);
    const free = drawInspectionList({ ...base, seed: 's', labs: ['lab-a'] });
    expect(free.list.every((x) => x.lab === 'lab-a')).toBe(true);
  });
});
