import { z } from 'zod';
import { choice, isBefore, isoDate, optDate, optText, text, textList, year } from '../fields';
import { defineKind } from './spec';

/** Complaints, accidents, interviews, commitments and awards: small kinds, one file. */

export const COMPLAINT_CHANNELS = ['12315', '12365', 'other'] as const;
export const COMPLAINT_CHANNEL_LABELS: Record<(typeof COMPLAINT_CHANNELS)[number], string> = {
  12315: '12315 平台', 12365: '12365 质量投诉', other: '其他渠道',
};

export const ComplaintDetailsSchema = z.strictObject({
  channel: choice(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS),
  receivedOn: isoDate(),
  product: optText(200),
  content: text(4000),
  /** 处理结果 as text; the outcome column says whether it was verified. */
  resolution: optText(2000),
  /** Optional on input, derived from the outcome; kept for exports that carry 是否属实. */
  verified: z.boolean({ message: '应为是或否' }).optional(),
});

export const complaintKind = defineKind({
  schema: ComplaintDetailsSchema,
  labels: { channel: '投诉渠道', receivedOn: '受理日期', product: '涉及产品', content: '投诉内容', resolution: '处理结果', verified: '是否属实' },
  project: (d) => ({ occurredOn: d.receivedOn, datePrecision: 'day' }),
  check: (d, common) => (d.verified !== undefined && d.verified !== (common.outcome === 'verified')
    ? [{ field: 'details.verified', message: '是否属实：与结论不一致' }]
    : []),
});

export const ACCIDENT_TYPES = ['accident', 'recall'] as const;
export const ACCIDENT_TYPE_LABELS: Record<(typeof ACCIDENT_TYPES)[number], string> = { accident: '质量事故', recall: '产品召回' };

export const AccidentDetailsSchema = z.strictObject({
  type: choice(ACCIDENT_TYPES, ACCIDENT_TYPE_LABELS),
  description: text(4000),
  casualties: optText(500),
  losses: optText(500),
});

export const accidentKind = defineKind({
  schema: AccidentDetailsSchema,
  labels: { type: '类型', description: '情况描述', casualties: '人员伤亡', losses: '经济损失' },
  project: () => ({}),
  check: () => [],
});

export const InterviewDetailsSchema = z.strictObject({
  reason: text(1000),
  participants: textList(100).default([]),
  measures: optText(2000),
  /** The spot check or penalty that led to the 约谈, when there is one. */
  relatedRecordId: z.number({ message: '应为记录编号' }).int({ message: '应为记录编号' }).positive({ message: '应为记录编号' }).optional(),
});

export const interviewKind = defineKind({
  schema: InterviewDetailsSchema,
  labels: { reason: '约谈事由', participants: '参加人员', measures: '整改措施', relatedRecordId: '关联记录' },
  project: () => ({}),
  check: () => [],
});

export const COMMITMENT_TYPES = ['commitment', 'annual-report'] as const;
export const COMMITMENT_TYPE_LABELS: Record<(typeof COMMITMENT_TYPES)[number], string> = { commitment: '质量承诺', 'annual-report': '年度质量报告' };

export const CommitmentDetailsSchema = z.strictObject({
  type: choice(COMMITMENT_TYPES, COMMITMENT_TYPE_LABELS),
  year: year(),
  title: text(200),
  submittedOn: optDate(),
});

export const commitmentKind = defineKind({
  schema: CommitmentDetailsSchema,
  labels: { type: '类型', year: '年度', title: '标题', submittedOn: '提交日期' },
  // Without a submission date the record sits in its year, at year precision.
  project: (d) => (d.submittedOn !== undefined
    ? { occurredOn: d.submittedOn, datePrecision: 'day' }
    : { occurredOn: String(d.year), datePrecision: 'year' }),
  // A commitment for next year may be signed in December; a report on a year cannot precede it.
  check: (d) => (d.type === 'annual-report' && d.submittedOn !== undefined && isBefore(d.submittedOn, String(d.year))
    ? [{ field: 'details.submittedOn', message: '提交日期：年度质量报告不能早于所报告的年度' }]
    : []),
});

export const AWARD_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export const AWARD_LEVEL_LABELS: Record<(typeof AWARD_LEVELS)[number], string> = {
  national: '国家级', provincial: '省级', municipal: '市级', county: '县级',
};
export const AWARD_CATEGORIES = ['quality-award', 'brand', 'red-list', 'standard', 'other'] as const;
export const AWARD_CATEGORY_LABELS: Record<(typeof AWARD_CATEGORIES)[number], string> = {
  'quality-award': '质量奖', brand: '品牌', 'red-list': '红榜', standard: '标准制定', other: '其他荣誉',
};

export const AwardDetailsSchema = z.strictObject({
  awardName: text(200),
  category: choice(AWARD_CATEGORIES, AWARD_CATEGORY_LABELS).default('quality-award'),
  level: choice(AWARD_LEVELS, AWARD_LEVEL_LABELS),
  year: year(),
  grantor: text(200),
  awardedOn: optDate(),
});

export const awardKind = defineKind({
  schema: AwardDetailsSchema,
  labels: { awardName: '荣誉名称', category: '荣誉类别', level: '级别', year: '年度', grantor: '授予单位', awardedOn: '授予日期' },
  project: (d) => ({
    authority: d.grantor,
    ...(d.awardedOn !== undefined
      ? { occurredOn: d.awardedOn, datePrecision: 'day' as const }
      : { occurredOn: String(d.year), datePrecision: 'year' as const }),
  }),
  check: () => [],
});
