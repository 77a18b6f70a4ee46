import { describe, expect, it } from 'vitest';
import { DEFAULT_RED_LIST_RULES, redListCandidate, suspensionProposals, type LatestGrade } from '../../../src/core/lists';
import { record } from './fixtures';

const aaa: LatestGrade = { grade: 'AAA', validFrom: '2025-01-01', validTo: '2027-12-31' };
const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('red-list candidates', () => {
  it('proposes a valid AAA with no negative record for 3 years, and says why', () => {
    const v = redListCandidate({ grade: aaa, records: [record({ effect: 'positive', outcome: 'pass' })] }, '2026-03-01');
    expect(v.candidate).toBe(true);
    expect(codes(v.reasons)).toEqual(['clean', 'grade']);
  });
  it('counts a negative record on the first day of the window, not the day before', () => {
    const inside = record({ occurredOn: '2023-03-01' });
    const v = redListCandidate({ grade: aaa, records: [inside] }, '2026-03-01');
    expect(v.candidate).toBe(false);
    expect(v.blockers.find((b) => b.code === 'negative-records')?.recordIds).toEqual([inside.id]);
    expect(redListCandidate({ grade: aaa, records: [record({ occurredOn: '2023-02-28' })] }, '2026-03-01').candidate).toBe(true);
  });
  it('counts a record dated only by year against the window when the year overlaps it', () => {
    expect(redListCandidate({ grade: aaa, records: [record({ occurredOn: '2023', datePrecision: 'year' })] }, '2026-03-01').candidate).toBe(false);
  });
  it('does not propose an AA, or an AAA whose grade has expired', () => {
    expect(redListCandidate({ grade: { ...aaa, grade: 'AA' }, records: [] }, '2026-03-01').candidate).toBe(false);
    expect(redListCandidate({ grade: aaa, records: [] }, '2028-01-01').candidate).toBe(false);
  });
  it('proposes on a provincial award within 3 years, not a municipal one', () => {
    const award = (level: string, on: string) => record({ kind: 'awards', effect: 'positive', occurredOn: on, details: { level, awardName: '省长质量奖' } });
    const prov = award('provincial', '2024-05-01');
    const v = redListCandidate({ grade: null, records: [prov] }, '2026-03-01');
    expect(v.candidate).toBe(true);
    expect(v.reasons.find((r) => r.code === 'award')?.recordIds).toEqual([prov.id]);
    expect(redListCandidate({ grade: null, records: [award('municipal', '2024-05-01')] }, '2026-03-01').candidate).toBe(false);
    expect(redListCandidate({ grade: null, records: [award('national', '2022-05-01')] }, '2026-03-01').candidate).toBe(false);
  });
  it('is barred while the enterprise is on a black, abnormal or watch list', () => {
    const v = redListCandidate({ grade: aaa, records: [], activeLists: ['business-abnormal'] }, '2026-03-01');
    expect(v.candidate).toBe(false);
    expect(codes(v.blockers)).toContain('listed');
  });
  it('takes its thresholds from configuration', () => {
    const rules = { ...DEFAULT_RED_LIST_RULES, grades: ['AAA', 'AA'], cleanYears: 1 };
    expect(redListCandidate({ grade: { ...aaa, grade: 'AA' }, records: [record({ occurredOn: '2024-06-01' })] }, '2026-03-01', rules).candidate).toBe(true);
  });
});

describe('a negative record for a red-listed enterprise', () => {
  const entries = [
    { entryId: 1, enterpriseId: 9, listType: 'red', state: 'active' },
    { entryId: 2, enterpriseId: 9, listType: 'red', state: 'removed' },
    { entryId: 3, enterpriseId: 8, listType: 'red', state: 'active' },
    { entryId: 4, enterpriseId: 9, listType: 'watch', state: 'active' },
  ];
  it('proposes suspending each of its active red entries at once', () => {
    const fail = record({ occurredOn: '2026-03-05', summary: '电动自行车抽检不合格' });
    expect(suspensionProposals(entries, fail)).toEqual([
      { entryId: 1, enterpriseId: 9, recordId: fail.id, on: '2026-03-05', reason: '红名单企业新增负面记录：电动自行车抽检不合格' },
    ]);
  });
  it('proposes nothing for a positive record, or below the configured severity', () => {
    expect(suspensionProposals(entries, record({ effect: 'positive' }))).toEqual([]);
    const minor = record({ kind: 'penalties', severity: 'minor' });
    expect(suspensionProposals(entries, minor, { kinds: null, minSeverity: 'general' })).toEqual([]);
    expect(suspensionProposals(entries, minor, { kinds: ['penalties'], minSeverity: 'minor' })).toHaveLength(1);
    expect(suspensionProposals(entries, minor, { kinds: ['spot-checks'], minSeverity: null })).toEqual([]);
  });
});
