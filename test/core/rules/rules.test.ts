import { describe, expect, it } from 'vitest';
import {
  blacklistExpiry, compareDecimal, DEFAULT_RULE_SETS, earliestEarlyRemoval, earliestRepair, penaltyFactsOf, periodEnd, publicationPeriod,
  reinstatedTermStart, ruleSetFor, RuleSetSchema, SAIC_83, SAMR_44, workingDays, years, type BlacklistRuleSet, type PenaltyFacts,
} from '../../../src/core/rules';
import { calendar, record } from '../lists/fixtures';

const idOn = (kind: 'blacklist' | 'quality-blacklist' | 'penalty-publicity', date: string): string => {
  const r = ruleSetFor(kind, date);
  return r.ok ? r.value.id : r.error.code;
};

describe('ruleSetFor: on both sides of each effective date', () => {
  it('black list: Order 83 until 2021-08-31, Order 44 from 2021-09-01', () => {
    expect(idOn('blacklist', '2016-03-31')).toBe('E_RULESET_NONE');
    expect(idOn('blacklist', '2016-04-01')).toBe('saic-83-2015');
    expect(idOn('blacklist', '2021-08-31')).toBe('saic-83-2015');
    expect(idOn('blacklist', '2021-09-01')).toBe('samr-44-2021');
  });
  it('legacy quality blacklist: no new listing once Order 44 is in force', () => {
    expect(idOn('quality-blacklist', '2015-06-25')).toBe('E_RULESET_NONE');
    expect(idOn('quality-blacklist', '2015-06-26')).toBe('aqsiq-289-2015');
    expect(idOn('quality-blacklist', '2021-08-31')).toBe('aqsiq-289-2015');
    expect(idOn('quality-blacklist', '2021-09-01')).toBe('E_RULESET_NONE');
  });
  it('penalty publicity: Order 45 until 2026-03-31, NDRC Order 36 from 2026-04-01', () => {
    expect(idOn('penalty-publicity', '2026-03-31')).toBe('samr-45-2021');
    expect(idOn('penalty-publicity', '2026-04-01')).toBe('ndrc-36-2025');
  });
  it('lets a later rule pack take over from its start date, and refuses a malformed date', () => {
    const draft2025: BlacklistRuleSet = { ...SAMR_44, id: 'samr-44-rev', effectiveFrom: '2027-01-01', upperLevelConsent: [] };
    const before = ruleSetFor('blacklist', '2026-12-31', [...DEFAULT_RULE_SETS, draft2025]);
    expect(before.ok && before.value.id).toBe('samr-44-2021');
    const r = ruleSetFor('blacklist', '2027-01-01', [...DEFAULT_RULE_SETS, draft2025]);
    expect(r.ok && r.value.id).toBe('samr-44-rev');
    expect(idOn('blacklist', '2021-02-30')).toBe('E_VALIDATION');
  });
  it('ships rule sets that pass their own schema, each naming its sources', () => {
    for (const set of DEFAULT_RULE_SETS) expect(RuleSetSchema.safeParse(set).success).toBe(true);
    expect(SAMR_44.sources.some((s) => !s.confirmed)).toBe(true);
  });
});

describe('periods from the holiday calendar', () => {
  it('counts working days across National Day 2025 and Spring Festival 2026', () => {
    expect(periodEnd('2025-09-26', workingDays(5), calendar)).toEqual({ ok: true, value: { date: '2025-10-10', provisional: false } });
    const sf = periodEnd('2026-02-10', workingDays(5), calendar);
    expect(sf.ok && sf.value.date).toBe('2026-02-24');
  });
  it('counts years as months, needing no calendar (a leap day ends on 02-28)', () => {
    const r = periodEnd('2024-02-29', years(3), calendar);
    expect(r.ok && r.value.date).toBe('2027-02-28');
  });
  it('refuses a working-day period outside the calendar', () => {
    const r = periodEnd('2028-12-20', workingDays(20), calendar);
    expect(r.ok ? '' : r.error.code).toBe('E_CALENDAR_UNCOVERED');
  });
});

describe('blacklist terms', () => {
  it('runs 3 years under Order 44 and 5 under Order 83, or the longer restriction', () => {
    const a = blacklistExpiry(SAMR_44, { decidedOn: '2022-03-15' }, calendar);
    expect(a.ok && a.value).toEqual({ from: '2022-03-15', termEnds: '2025-03-15', expiresOn: '2025-03-15', byRestriction: false });
    const b = blacklistExpiry(SAIC_83, { decidedOn: '2020-05-10' }, calendar);
    expect(b.ok && b.value.expiresOn).toBe('2025-05-10');
    const c = blacklistExpiry(SAMR_44, { decidedOn: '2022-03-15', restrictionEndsOn: '2027-03-15' }, calendar);
    expect(c.ok && c.value).toMatchObject({ expiresOn: '2027-03-15', byRestriction: true });
    const d = blacklistExpiry(SAMR_44, { decidedOn: '2022-03-15', restrictionEndsOn: '2025-03-14' }, calendar);
    expect(d.ok && d.value.byRestriction).toBe(false);
  });
  it('counts from publication when the rule set says so', () => {
    const r = blacklistExpiry({ ...SAMR_44, termFrom: 'publication' }, { decidedOn: '2022-03-15', publishedOn: '2022-04-01' }, calendar);
    expect(r.ok && r.value.expiresOn).toBe('2025-04-01');
  });
  it('allows early removal after one year (Order 44), never under Order 83, not while a restriction runs', () => {
    expect(earliestEarlyRemoval(SAMR_44, { decidedOn: '2025-02-05' }, calendar)).toEqual({ ok: true, value: '2026-02-05' });
    expect(earliestEarlyRemoval(SAIC_83, { decidedOn: '2020-02-05' }, calendar)).toEqual({ ok: true, value: null });
    expect(earliestEarlyRemoval(SAMR_44, { decidedOn: '2025-02-05', restrictionEndsOn: '2027-01-01' }, calendar)).toEqual({ ok: true, value: '2027-01-01' });
  });
  it('recalculates the start on reinstatement by the configured rule', () => {
    const t = { from: '2023-01-10', removedOn: '2024-02-01', reinstatedOn: '2024-03-02' };
    expect(reinstatedTermStart('restart', t)).toBe('2024-03-02');
    expect(reinstatedTermStart('resume', t)).toBe('2023-02-09');
    expect(reinstatedTermStart('original', t)).toBe('2023-01-10');
  });
});

const pp = (p: PenaltyFacts, decidedOn: string) => {
  const r = publicationPeriod(p, decidedOn, { calendar });
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
};
const fine = (wan: string, over: Partial<PenaltyFacts> = {}): PenaltyFacts => ({ types: ['罚款'], fineWanYuan: wan, procedure: 'ordinary', party: 'organisation', ...over });

describe('penalty publicity under Order 45 (before 2026-04-01)', () => {
  it('publishes an ordinary fine 3 years, repairable after 6 months of publication', () => {
    expect(pp(fine('20', { publishedOn: '2025-03-20' }), '2025-03-10')).toMatchObject({
      classId: 'standard', countsFrom: '2025-03-20', countsFromEstimated: false, repairableFrom: '2025-09-20', ends: '2028-03-20', published: true,
    });
    expect(pp(fine('20'), '2025-03-10')).toMatchObject({ countsFrom: '2025-03-10', countsFromEstimated: true });
  });
  it('needs 1 year in food, drugs and special equipment', () => {
    expect(pp(fine('20', { sector: 'special-equipment', publishedOn: '2025-03-20' }), '2025-03-10').repairableFrom).toBe('2026-03-20');
  });
  it('stops a low fine after 3 months: strictly below the threshold, per party', () => {
    expect(pp(fine('9.999999'), '2025-03-10')).toMatchObject({ classId: 'low', ends: '2025-06-10', repairableFrom: null });
    expect(pp(fine('10'), '2025-03-10').classId).toBe('standard');
    expect(pp(fine('0.5', { party: 'person' }), '2025-03-10').classId).toBe('low');
    expect(pp(fine('1', { party: 'person' }), '2025-03-10').classId).toBe('standard');
    expect(pp({ types: ['通报批评'], procedure: 'ordinary' }, '2025-03-10').classId).toBe('low');
    expect(pp(fine('5', { types: ['罚款', '没收违法所得'] }), '2025-03-10').classId).toBe('standard');
  });
  it('does not publish a warning alone or a simple-procedure penalty', () => {
    expect(pp({ types: ['警告'], procedure: 'ordinary' }, '2025-03-10').published).toBe(false);
    expect(pp(fine('0.02', { procedure: 'simple' }), '2025-03-10').published).toBe(false);
  });
  it('never stops early for barred types or records flagged not repairable; a longer restriction extends it', () => {
    expect(pp(fine('50', { types: ['罚款', '吊销许可证件'] }), '2025-03-10')).toMatchObject({ classId: 'non-repairable', repairableFrom: null, ends: '2028-03-10' });
    expect(pp(fine('50', { repairable: false }), '2025-03-10').repairableFrom).toBeNull();
    expect(pp(fine('50', { types: ['限制从业'], restrictionEndsOn: '2030-03-10' }), '2025-03-10')).toMatchObject({ ends: '2030-03-10', endsByRestriction: true });
  });
  it('refuses a fine without its amount', () => {
    const r = publicationPeriod({ types: ['罚款'], procedure: 'ordinary' }, '2025-03-10', { calendar });
    expect(r.ok ? '' : r.error.code).toBe('E_RULE_INPUT');
  });
});

describe('penalty publicity under NDRC Order 36 (from 2026-04-01), by severity', () => {
  it('minor: normally unpublished, ≤ 3 months, repairable at once', () => {
    expect(pp(fine('1', { severity: 'minor' }), '2026-04-01')).toMatchObject({ published: false, repairableFrom: '2026-04-01', ends: '2026-07-01' });
  });
  it('general: 3 months to 1 year; serious: 1 to 3 years', () => {
    expect(pp(fine('20', { severity: 'general' }), '2026-04-01')).toMatchObject({ repairableFrom: '2026-07-01', ends: '2027-04-01' });
    expect(pp(fine('200', { severity: 'serious' }), '2026-04-01')).toMatchObject({ repairableFrom: '2027-04-01', ends: '2029-04-01' });
  });
  it('a day earlier the same penalty falls under Order 45', () => {
    expect(pp(fine('20', { severity: 'general' }), '2026-03-31')).toMatchObject({ classId: 'standard', repairableFrom: '2026-09-30' });
  });
  it('needs the severity', () => {
    const r = earliestRepair(fine('20'), '2026-04-02', { calendar });
    expect(r.ok ? '' : r.error.code).toBe('E_RULE_INPUT');
    const e = earliestRepair(fine('20', { severity: 'general' }), '2026-04-02', { calendar });
    expect(e.ok && e.value.date).toBe('2026-07-02');
  });
});

describe('penalty facts from a record', () => {
  it('reads types, amount, party, procedure and the repairable flag', () => {
    const r = record({ kind: 'penalties', severity: 'general', details: { CF_CFLB: ['罚款'], CF_NR_FK: '2.5', CF_XDR_LB: '自然人', procedure: 'ordinary', repairable: false } });
    expect(penaltyFactsOf(r, { sector: 'food' })).toEqual({
      types: ['罚款'], fineWanYuan: '2.5', party: 'person', procedure: 'ordinary', severity: 'general', repairable: false, sector: 'food',
    });
  });
  it('compares amounts exactly', () => {
    expect(compareDecimal('9.999999', '10')).toBe(-1);
    expect(compareDecimal('10.000000', '10')).toBe(0);
    expect(compareDecimal('0.1', '0.09')).toBe(1);
  });
});
