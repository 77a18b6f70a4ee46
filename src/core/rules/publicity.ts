import type { HolidayCalendar } from '../calendar/working-days';
import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { compareDecimal, type PenaltyFacts } from './penalty-facts';
import { describePeriod, laterOf, periodEnd } from './period';
import type { PublicityRuleSet, RuleSet } from './schema';
import { describeRuleSet, ruleSetFor, type RuleSetRef } from './select';

export type PublicationPeriod = {
  ruleSet: RuleSetRef;
  classId: string;
  classLabel: string;
  /** False: the penalty is normally not published at all. */
  published: boolean;
  /** The date the periods count from. */
  countsFrom: string;
  /** The rule counts from publication but no publication date was given: the decision date stands in. */
  countsFromEstimated: boolean;
  /** Publication stops on this date (a longer legal restriction included). */
  ends: string;
  endsByRestriction: boolean;
  /** Earliest date an early stop (信用修复) may be applied for; null: not repairable. */
  repairableFrom: string | null;
  /** Why, in words for the officer. */
  reasons: string[];
};

export type PublicityOptions = { calendar: HolidayCalendar; ruleSets?: readonly RuleSet[] };

const inputError = (why: string) => err({ code: 'E_RULE_INPUT', message: `${messageFor('E_RULE_INPUT')}：${why}`, details: { why } });
const LOW_TYPES = new Set(['警告', '通报批评', '罚款']);
const AMOUNT = /^\d{1,12}(\.\d{1,6})?$/;

/** Order 45's classes (domain §2.5, §3), tried in this order: the first that fits is taken. */
function classifyOrder45(p: PenaltyFacts, set: PublicityRuleSet): Result<{ id: string; why: string }> {
  if (p.procedure === 'simple') return ok({ id: 'unpublished', why: '简易程序作出的处罚不公示' });
  if (p.types.length > 0 && p.types.every((t) => t === '警告')) return ok({ id: 'unpublished', why: '仅予警告的处罚不公示' });
  const barred = p.types.filter((t) => set.nonRepairableTypes.includes(t));
  if (barred.length > 0) return ok({ id: 'non-repairable', why: `处罚类别含${barred.join('、')}，不得提前停止公示` });
  if (p.repairable === false) return ok({ id: 'non-repairable', why: '该处罚记录标为不可修复' });
  if (p.types.length > 0 && p.types.every((t) => LOW_TYPES.has(t))) {
    if (!p.types.includes('罚款')) return ok({ id: 'low', why: '通报批评：公示 3 个月' });
    const fine = p.fineWanYuan;
    if (fine === undefined || !AMOUNT.test(fine)) return inputError('处罚类别含罚款，但罚款金额缺失或格式不对');
    const limit = p.party === 'person' ? set.lowFineWan?.person : set.lowFineWan?.organisation;
    if (limit !== undefined && compareDecimal(fine, limit) < 0) return ok({ id: 'low', why: `罚款 ${fine} 万元低于较低数额标准 ${limit} 万元` });
  }
  if (p.sector !== undefined && set.longSectors.includes(p.sector)) return ok({ id: 'sector', why: `${p.sector} 领域：最短公示期更长` });
  return ok({ id: 'standard', why: '一般行政处罚' });
}

function classify(p: PenaltyFacts, set: PublicityRuleSet): Result<{ id: string; why: string }> {
  if (set.classify === 'samr-order-45') return classifyOrder45(p, set);
  if (p.severity === null || p.severity === undefined) return inputError('该规则按失信严重程度（轻微/一般/严重）分类，处罚记录未填写严重程度');
  return ok({ id: p.severity, why: `失信行为严重程度：${p.severity}` });
}

/**
 * How long a penalty is published and when its repair (early stop) may be applied for, under the
 * rule set in force on `decidedOn` (Order 45 before 2026-04-01, NDRC Order 36 from then; domain
 * §2.5, §3, §8.2). A non-repairable type or a record flagged not repairable has no repair date;
 * a legal restriction longer than the term extends the end.
 *
 * @example
 * publicationPeriod({ types: ['罚款'], fineWanYuan: '20', procedure: 'ordinary' }, '2025-03-10', { calendar })
 * // ok: { classId: 'standard', countsFrom: '2025-03-10', repairableFrom: '2025-09-10', ends: '2028-03-10', … }
 */
export function publicationPeriod(penalty: PenaltyFacts, decidedOn: string, options: PublicityOptions): Result<PublicationPeriod> {
  const chosen = ruleSetFor('penalty-publicity', decidedOn, options.ruleSets);
  if (!chosen.ok) return chosen;
  const set = chosen.value;
  const cls = classify(penalty, set);
  if (!cls.ok) return cls;
  const rule = set.classes[cls.value.id];
  if (rule === undefined) return inputError(`规则 ${set.id} 未定义类别 ${cls.value.id}`);
  const published = penalty.publishedOn ?? null;
  const fromPublication = set.termFrom === 'publication';
  const countsFrom = fromPublication && published !== null ? published : decidedOn;
  const termEnd = periodEnd(countsFrom, rule.max, options.calendar);
  if (!termEnd.ok) return termEnd;
  const ends = laterOf(termEnd.value.date, penalty.restrictionEndsOn);
  let repairableFrom: string | null = null;
  const reasons = [cls.value.why, `${set.label.zh}：最长公示 ${describePeriod(rule.max)}`];
  if (rule.minBeforeRepair !== null && penalty.repairable !== false) {
    const min = periodEnd(countsFrom, rule.minBeforeRepair, options.calendar);
    if (!min.ok) return min;
    repairableFrom = min.value.date;
    reasons.push(`公示满 ${describePeriod(rule.minBeforeRepair)} 后可申请信用修复`);
  } else {
    reasons.push('不可提前停止公示');
  }
  if (ends !== termEnd.value.date) reasons.push(`法定限制期限更长，公示至 ${ends}`);
  return ok({
    ruleSet: describeRuleSet(set),
    classId: cls.value.id,
    classLabel: rule.label.zh,
    published: !rule.unpublished,
    countsFrom,
    countsFromEstimated: fromPublication && published === null,
    ends,
    endsByRestriction: ends !== termEnd.value.date,
    repairableFrom,
    reasons,
  });
}

/**
 * The earliest date a repair of this penalty's publicity may be applied for; null when the rules
 * never allow an early stop. The other conditions (obligations performed, harm removed, no
 * repeat, not on a list; Order 36's public commitment) are facts checked at application time.
 *
 * @example earliestRepair({ types: ['罚款'], severity: 'general' }, '2026-04-01', { calendar }) // ok: { date: '2026-07-01', … }
 */
export function earliestRepair(penalty: PenaltyFacts, decidedOn: string, options: PublicityOptions): Result<{ date: string | null; ruleSet: RuleSetRef; reasons: string[] }> {
  const p = publicationPeriod(penalty, decidedOn, options);
  if (!p.ok) return p;
  return ok({ date: p.value.repairableFrom, ruleSet: p.value.ruleSet, reasons: p.value.reasons });
}
