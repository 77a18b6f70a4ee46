import type { z } from 'zod';
import type { AnnouncementDefaultsSchema, AnnouncementKind } from '../../../contract/announcements';
import { PLAN_TYPE_LABELS, type PLAN_TYPES } from '../../../core/records/details/spot-checks';

export type PlanType = (typeof PLAN_TYPES)[number];
export type Defaults = z.infer<typeof AnnouncementDefaultsSchema>;

export type Resolved = {
  authority: string;
  announcedOn: string;
  planType: PlanType;
  severity: 'minor' | 'general' | 'serious';
  /** Each default the file did not state, said in words for the person confirming. */
  assumptions: string[];
};

/** Department names as announcements head their tables ("湖南省质量技术监督局关于…"). */
const AUTHORITY = /([\u4e00-\u9fff]{2,24}?(?:市场监督管理总局|市场监督管理局|市场监管局|质量技术监督局|质量监督检验检疫总局|出入境检验检疫局|工商行政管理局|质监局|工商局))/u;
const UNSTATED = '公告未载明';

/**
 * The level of a check, from the department that organised it: 总局 national, a 省 department
 * provincial, then 市 and 县/区. Only a guess when the person does not say it; 'other' otherwise.
 *
 * @example planTypeOf('湖南省质量技术监督局') // 'provincial'
 */
export function planTypeOf(authority: string): PlanType {
  if (/总局|国家/u.test(authority)) return 'national';
  if (/^[\u4e00-\u9fff]{2,3}(省|自治区)|^(北京|天津|上海|重庆)市(市场|质量)/u.test(authority)) return 'provincial';
  if (/市/u.test(authority)) return 'municipal';
  if (/[县区]/u.test(authority)) return 'county';
  return 'other';
}

/**
 * Fills what a published table does not carry: the organising department (from the title rows
 * when they name one), the announcement date (today unless given) and the level of the check,
 * and says so, so that nothing is assumed silently.
 */
export function resolveDefaults(kind: AnnouncementKind, given: Defaults, title: string, today: string): Resolved {
  const assumptions: string[] = [];
  const fromTitle = title.normalize('NFKC').match(AUTHORITY)?.[1];
  let authority = given.authority;
  if (authority === undefined) {
    authority = fromTitle ?? UNSTATED;
    assumptions.push(fromTitle
      ? `组织（决定）机关取自表格标题：${fromTitle}（表中列出的机关优先）`
      : `表格未载明组织（决定）机关，记为“${UNSTATED}”（表中列出的机关优先）`);
  }
  const announcedOn = given.announcedOn ?? today;
  if (given.announcedOn === undefined) {
    assumptions.push(kind === 'spot-checks'
      ? `公告日期未填写，按今天（${today}）记：未载明抽样日期的行以此为抽样日期，后处理步骤以此为日期`
      : `公告日期未填写，按今天（${today}）记`);
  }
  const planType = given.planType ?? planTypeOf(authority);
  if (kind === 'spot-checks' && given.planType === undefined) assumptions.push(`抽查计划类型按机关推定为“${PLAN_TYPE_LABELS[planType]}”`);
  const severity = given.severity ?? 'general';
  if (kind === 'penalties' && given.severity === undefined) assumptions.push('处罚严重程度未载明的，按“一般”记');
  return { authority, announcedOn, planType, severity, assumptions };
}
