import { addMonths } from '../calendar/working-days';
import type { CreditRecord, RecordKind, Severity } from '../records/record';

/**
 * Who is proposed for the red list (domain §2.6: Guiyang's 红榜 = clean spot checks over 4 years
 * plus brand or award status; Guangdong's 守信激励). No national rule exists, so every number is
 * configuration. A candidate qualifies by either path; the clean-record requirement applies to
 * both unless switched off for awards.
 */
export type RedListRules = {
  /** Grades that qualify when currently valid, e.g. ['AAA']. Empty: the grade path is off. */
  grades: readonly string[];
  /** Years without a negative record before the as-of date. */
  cleanYears: number;
  /** Lowest award level that qualifies; null: the award path is off. */
  minAwardLevel: AwardLevel | null;
  /** The award must be from the last N years. */
  awardYears: number;
  awardNeedsCleanRecord: boolean;
  /** Being active on any of these lists bars a proposal. */
  barringLists: readonly string[];
};

export const AWARD_RANK = ['county', 'municipal', 'provincial', 'national'] as const;
export type AwardLevel = (typeof AWARD_RANK)[number];

export const DEFAULT_RED_LIST_RULES: Readonly<RedListRules> = {
  grades: ['AAA'], cleanYears: 3, minAwardLevel: 'provincial', awardYears: 3, awardNeedsCleanRecord: true,
  barringLists: ['serious-dishonesty', 'quality-blacklist', 'business-abnormal', 'watch'],
};

export type LatestGrade = { grade: string; validFrom: string; validTo: string };
export type RedListReason = { code: string; zh: string; recordIds: number[] };
export type RedListVerdict = { candidate: boolean; reasons: RedListReason[]; blockers: RedListReason[] };

/** The last day a date cut to its precision may stand for ('2024' → '2024-12-31'). */
const lastDayOf = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * Whether an enterprise is a red-list candidate on `asOf`, with the reasons either way.
 *
 * @example
 * redListCandidate({ grade: { grade: 'AAA', validFrom: '2025-01-01', validTo: '2027-12-31' }, records: [] }, '2026-03-01')
 * // { candidate: true, reasons: [{ code: 'grade', … }, { code: 'clean', … }], blockers: [] }
 */
export function redListCandidate(
  input: { grade: LatestGrade | null; records: readonly CreditRecord[]; activeLists?: readonly string[] },
  asOf: string,
  rules: RedListRules = DEFAULT_RED_LIST_RULES,
): RedListVerdict {
  const reasons: RedListReason[] = [];
  const blockers: RedListReason[] = [];
  const cleanFrom = addMonths(asOf, -12 * rules.cleanYears);
  const inWindow = (r: CreditRecord, from: string) => lastDayOf(r.occurredOn) >= from && r.occurredOn <= asOf;
  const negatives = input.records.filter((r) => r.effect === 'negative' && inWindow(r, cleanFrom)).map((r) => r.id);
  const clean = negatives.length === 0;
  if (clean) reasons.push({ code: 'clean', zh: `近 ${rules.cleanYears} 年无负面记录`, recordIds: [] });
  else blockers.push({ code: 'negative-records', zh: `近 ${rules.cleanYears} 年有 ${negatives.length} 条负面记录`, recordIds: negatives });

  const barred = (input.activeLists ?? []).filter((l) => rules.barringLists.includes(l));
  if (barred.length > 0) blockers.push({ code: 'listed', zh: `正被列入：${barred.join('、')}`, recordIds: [] });

  const g = input.grade;
  const gradeOk = g !== null && rules.grades.includes(g.grade) && g.validFrom <= asOf && asOf <= g.validTo;
  if (gradeOk) reasons.push({ code: 'grade', zh: `质量信用等级 ${g.grade}（有效期至 ${g.validTo}）`, recordIds: [] });

  const minRank = rules.minAwardLevel === null ? Infinity : AWARD_RANK.indexOf(rules.minAwardLevel);
  const awardFrom = addMonths(asOf, -12 * rules.awardYears);
  const awards = input.records.filter((r) => {
    const level = r.details['level'];
    return r.kind === 'awards' && inWindow(r, awardFrom) && typeof level === 'string' && AWARD_RANK.indexOf(level as AwardLevel) >= minRank;
  });
  if (awards.length > 0) reasons.push({ code: 'award', zh: `近 ${rules.awardYears} 年获得 ${awards.length} 项符合级别的质量荣誉`, recordIds: awards.map((r) => r.id) });

  const byGrade = gradeOk && clean;
  const byAward = awards.length > 0 && (clean || !rules.awardNeedsCleanRecord);
  if (!gradeOk && awards.length === 0) blockers.push({ code: 'no-ground', zh: '等级或荣誉均不符合红名单条件', recordIds: [] });
  return { candidate: (byGrade || byAward) && barred.length === 0, reasons, blockers };
}

/** Which negative records put a red-list entry on hold. */
export type SuspensionRules = { kinds: readonly RecordKind[] | null; minSeverity: Severity | null };
export const DEFAULT_SUSPENSION_RULES: Readonly<SuspensionRules> = { kinds: null, minSeverity: null };

export type RedEntryRef = { entryId: number; enterpriseId: number; listType: string; state: string };
export type SuspensionProposal = { entryId: number; enterpriseId: number; recordId: number; on: string; reason: string };

const SEVERITY_RANK: readonly Severity[] = ['minor', 'general', 'serious'];

/**
 * When a negative record arrives for an enterprise on the red list, a proposal to suspend each
 * of its active red entries (a person decides; nothing is suspended here).
 *
 * @example suspensionProposals([{ entryId: 4, enterpriseId: 9, listType: 'red', state: 'active' }], failedCheck) // [{ entryId: 4, recordId: …, … }]
 */
export function suspensionProposals(
  entries: readonly RedEntryRef[],
  record: CreditRecord,
  rules: SuspensionRules = DEFAULT_SUSPENSION_RULES,
  redListTypes: readonly string[] = ['red'],
): SuspensionProposal[] {
  if (record.effect !== 'negative' || record.enterpriseId === null) return [];
  if (rules.kinds !== null && !rules.kinds.includes(record.kind)) return [];
  if (rules.minSeverity !== null && record.severity !== null && SEVERITY_RANK.indexOf(record.severity) < SEVERITY_RANK.indexOf(rules.minSeverity)) return [];
  return entries
    .filter((e) => e.enterpriseId === record.enterpriseId && e.state === 'active' && redListTypes.includes(e.listType))
    .map((e) => ({ entryId: e.entryId, enterpriseId: e.enterpriseId, recordId: record.id, on: record.occurredOn, reason: `红名单企业新增负面记录：${record.summary}` }));
}
