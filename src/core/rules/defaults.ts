import { months, workingDays, years } from './period';
import type { BlacklistRuleSet, PublicityRuleSet, RuleSet, RuleSource } from './schema';

type Src = RuleSource;
const ORDER_44: Src = { title: '市场监督管理严重违法失信名单管理办法（市场监管总局令第44号）', ref: 'domain.md §2.1', confirmed: true };
const ORDER_83: Src = { title: '严重违法失信企业名单管理暂行办法（工商总局令第83号）', ref: 'domain.md §2.2', confirmed: true };
const AQSIQ_289: Src = { title: '国质检质〔2015〕289号（质量失信“黑名单”）', ref: 'domain.md §2.3', confirmed: true };
const ORDER_45: Src = { title: '市场监督管理行政处罚信息公示规定（市场监管总局令第45号）', ref: 'domain.md §2.5', confirmed: true };
const REPAIR_2021: Src = { title: '市场监督管理信用修复管理办法（国市监信规〔2021〕3号）', ref: 'domain.md §3', confirmed: true };
const ORDER_36: Src = { title: '信用修复管理办法（国家发展改革委令第36号）', ref: 'domain.md §3', confirmed: true };
const unconfirmed = (note: string): Src => ({ title: '未经官方文本核实的默认值（可配置）', ref: 'domain.md §8.5', confirmed: false, note });

/**
 * SAMR Order 44, in force 2021-09-01 (✔). Confirmed: early removal after 1 year listed; county-
 * and city-level decisions need the next level's consent (the Oct 2025 draft drops it: set
 * `upperLevelConsent: []` when enacted). Configurable defaults, ✖ in domain.md: the 3-year term
 * (widely reported), counted from the decision; publication within 20 working days; a 5-working-
 * day 陈述申辩/听证 window (as the SAMR penalty procedure); a 15-working-day decision on early
 * removal (sources say 15 or 20); a full new term on reinstatement after a fraudulent removal.
 */
export const SAMR_44: BlacklistRuleSet = {
  kind: 'blacklist', id: 'samr-44-2021',
  label: { zh: '市场监管总局令第44号（2021）', en: 'SAMR Order 44 (2021)' },
  sources: [ORDER_44, REPAIR_2021, unconfirmed('3 年期限、20 个工作日公示、5 个工作日陈述申辩、15 个工作日移出决定、重新计算期限')],
  effectiveFrom: '2021-09-01', effectiveTo: null,
  term: years(3), termFrom: 'decision', earlyRemovalAfter: years(1),
  noticeWindow: workingDays(5), publicationDeadline: workingDays(20), removalDecisionDeadline: workingDays(15),
  upperLevelConsent: ['county', 'city'], reinstatement: 'restart',
};

/**
 * SAIC Order 83, for listings decided before Order 44 took effect. Confirmed: 5 years. Its start
 * date (2016-04-01), the absence of early removal and of an upper-level consent step, and the
 * procedural periods (copied from Order 44) are ✖ defaults.
 */
export const SAIC_83: BlacklistRuleSet = {
  kind: 'blacklist', id: 'saic-83-2015',
  label: { zh: '工商总局令第83号（2015）', en: 'SAIC Order 83 (2015)' },
  sources: [ORDER_83, unconfirmed('施行日期 2016-04-01、无提前移出、无上级同意、程序期间')],
  effectiveFrom: '2016-04-01', effectiveTo: '2021-08-31',
  term: years(5), termFrom: 'decision', earlyRemovalAfter: null,
  noticeWindow: workingDays(5), publicationDeadline: workingDays(20), removalDecisionDeadline: workingDays(15),
  upperLevelConsent: [], reinstatement: 'restart',
};

/**
 * The legacy AQSIQ quality blacklist. Its period and removal rules were not retrieved (✖): the
 * Order 44 values stand in. No new listing after Order 44 replaced it (domain §0).
 */
export const AQSIQ_QUALITY: BlacklistRuleSet = {
  kind: 'quality-blacklist', id: 'aqsiq-289-2015',
  label: { zh: '国质检质〔2015〕289号', en: 'AQSIQ circular 289 (2015)' },
  sources: [AQSIQ_289, unconfirmed('期限、移出规则未检索到，暂按第44号令')],
  effectiveFrom: '2015-06-26', effectiveTo: '2021-08-31',
  term: years(3), termFrom: 'decision', earlyRemovalAfter: years(1),
  noticeWindow: workingDays(5), publicationDeadline: workingDays(20), removalDecisionDeadline: workingDays(15),
  upperLevelConsent: [], reinstatement: 'restart',
};

/**
 * Order 45 with the SAMR 2021 repair measures (✔ periods). Its start date 2021-09-01 is ✖ (issued
 * with Order 44 on 2021-07-30). It ends where Order 36 starts, as domain §8.2 tabulates the two
 * regimes; Order 36 repeals NDRC Order 58, not Order 45, so an agency that keeps Order 45 for the
 * 公示系统 replaces this table (`ruleSetFor`'s third argument). Counting from publication (✖): the
 * repair measures speak of "公示满 6 个月". The low-fine thresholds are Hubei's (✔ for Hubei only).
 */
export const SAMR_45: PublicityRuleSet = {
  kind: 'penalty-publicity', id: 'samr-45-2021',
  label: { zh: '市场监管总局令第45号与2021年信用修复办法', en: 'SAMR Order 45 with the 2021 repair measures' },
  sources: [ORDER_45, REPAIR_2021, unconfirmed('施行日期 2021-09-01；较低数额罚款标准按湖北示例')],
  effectiveFrom: '2021-09-01', effectiveTo: '2026-03-31',
  classify: 'samr-order-45', termFrom: 'publication',
  classes: {
    unpublished: { label: { zh: '不予公示（仅警告或简易程序）', en: 'Not published (warning only, or simple procedure)' }, minBeforeRepair: null, max: months(0), unpublished: true },
    low: { label: { zh: '通报批评或较低数额罚款', en: 'Public criticism or a low fine' }, minBeforeRepair: null, max: months(3), unpublished: false },
    'non-repairable': { label: { zh: '不可提前停止公示的处罚', en: 'Penalty barred from early stop' }, minBeforeRepair: null, max: years(3), unpublished: false },
    sector: { label: { zh: '食品、药品、特种设备领域', en: 'Food, drugs, special equipment' }, minBeforeRepair: years(1), max: years(3), unpublished: false },
    standard: { label: { zh: '其他行政处罚', en: 'Other penalties' }, minBeforeRepair: months(6), max: years(3), unpublished: false },
  },
  lowFineWan: { person: '1', organisation: '10' },
  longSectors: ['food', 'drug', 'special-equipment'],
  nonRepairableTypes: ['责令停产停业', '限制开展生产经营活动', '限制从业', '降低资质等级', '吊销许可证件'],
};

/** NDRC Order 36, in force 2026-04-01 (✔ periods, counted from the document's date). */
export const NDRC_36: PublicityRuleSet = {
  kind: 'penalty-publicity', id: 'ndrc-36-2025',
  label: { zh: '国家发展改革委令第36号《信用修复管理办法》', en: 'NDRC Order 36 (credit repair)' },
  sources: [ORDER_36],
  effectiveFrom: '2026-04-01', effectiveTo: null,
  classify: 'severity', termFrom: 'decision',
  classes: {
    minor: { label: { zh: '轻微失信', en: 'Minor' }, minBeforeRepair: months(0), max: months(3), unpublished: true },
    general: { label: { zh: '一般失信', en: 'General' }, minBeforeRepair: months(3), max: years(1), unpublished: false },
    serious: { label: { zh: '严重失信', en: 'Serious' }, minBeforeRepair: years(1), max: years(3), unpublished: false },
  },
  longSectors: [],
  nonRepairableTypes: [],
};

export const DEFAULT_RULE_SETS: readonly RuleSet[] = [SAMR_44, SAIC_83, AQSIQ_QUALITY, SAMR_45, NDRC_36];
