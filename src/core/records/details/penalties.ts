import { z } from 'zod';
import { choice, isBefore, isoDate, optDate, optText, optUsccShape, PROSE_SEPARATORS, text, textList, WanYuan } from '../fields';
import type { FieldIssue } from '../issues';
import { defineKind } from './spec';

/** 处罚类别 as 行政处罚法 (2021) Art 9 names them; suggestions for the form, not a closed list. */
export const PENALTY_TYPES = [
  '警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件',
  '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留', '其他',
] as const;

/** 行政相对人类别: the 双公示 exchange carries these words, so they are the stored values. */
export const PARTY_TYPES = ['法人及非法人组织', '自然人', '个体工商户'] as const;

export const PENALTY_PROCEDURES = ['simple', 'ordinary'] as const;
export const PENALTY_PROCEDURE_LABELS: Record<(typeof PENALTY_PROCEDURES)[number], string> = { simple: '简易程序', ordinary: '普通程序' };

/**
 * The 双公示 penalty items (domain §4.1) under their CF_* codes, so that an export is a straight
 * copy. CF_WSH is also the record's docNo, CF_JDRQ its occurredOn, CF_GSJZQ its endsOn and
 * CF_CFJG/CF_CFJGDM its authority (see `project`).
 */
export const PenaltyDetailsSchema = z.strictObject({
  CF_WSH: text(200),
  CF_WFXW: textList(200).default([]),
  CF_SY: textList(2000, PROSE_SEPARATORS).default([]),
  CF_YJ: textList(500, PROSE_SEPARATORS).default([]),
  CF_CFLB: textList(100).pipe(z.array(z.string()).min(1)),
  CF_NR: optText(2000),
  CF_NR_FK: WanYuan.optional(),
  CF_NR_WFFF: WanYuan.optional(),
  CF_NR_ZKDX: optText(500),
  CF_JDRQ: isoDate(),
  CF_YXQ: optDate(),
  CF_GSJZQ: optDate(),
  CF_CFJG: text(200),
  CF_CFJGDM: optUsccShape(),
  CF_SJLY: optText(200),
  CF_SJLYDM: optUsccShape(),
  CF_XDR_LB: z.enum(PARTY_TYPES).optional(),
  CF_FRDB: optText(100),
  procedure: choice(PENALTY_PROCEDURES, PENALTY_PROCEDURE_LABELS).optional(),
  /** Whether publication may be stopped early by credit repair; some types run the full term. */
  repairable: z.boolean({ message: '应为是或否' }).default(true),
  BZ: optText(2000),
});
export type PenaltyDetails = z.output<typeof PenaltyDetailsSchema>;

const LABELS = {
  CF_WSH: '行政处罚决定书文号', CF_WFXW: '违法行为类型', CF_SY: '违法事实', CF_YJ: '处罚依据', CF_CFLB: '处罚类别',
  CF_NR: '处罚内容', CF_NR_FK: '罚款金额（万元）', CF_NR_WFFF: '没收违法所得、非法财物金额（万元）',
  CF_NR_ZKDX: '暂扣或吊销证照名称及编号', CF_JDRQ: '处罚决定日期', CF_YXQ: '处罚有效期', CF_GSJZQ: '公示截止期',
  CF_CFJG: '处罚机关', CF_CFJGDM: '处罚机关统一社会信用代码', CF_SJLY: '数据来源单位', CF_SJLYDM: '数据来源单位统一社会信用代码',
  CF_XDR_LB: '行政相对人类别', CF_FRDB: '法定代表人', procedure: '程序类型', repairable: '是否可修复', BZ: '备注',
};

const isPositive = (amount: string | undefined): boolean => amount !== undefined && /[1-9]/.test(amount);

function check(d: PenaltyDetails): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: keyof typeof LABELS, why: string) => issues.push({ field: `details.${field}`, message: `${LABELS[field]}：${why}` });
  if (d.CF_YXQ !== undefined && isBefore(d.CF_YXQ, d.CF_JDRQ)) add('CF_YXQ', '不能早于处罚决定日期');
  if (d.CF_GSJZQ !== undefined && isBefore(d.CF_GSJZQ, d.CF_JDRQ)) add('CF_GSJZQ', '不能早于处罚决定日期');
  const fined = d.CF_CFLB.includes('罚款');
  if (fined && !isPositive(d.CF_NR_FK)) add('CF_NR_FK', '处罚类别含“罚款”时必填且大于 0');
  if (!fined && isPositive(d.CF_NR_FK)) add('CF_CFLB', '填写了罚款金额，处罚类别应含“罚款”');
  return issues;
}

export const penaltyKind = defineKind({
  schema: PenaltyDetailsSchema,
  labels: LABELS,
  project: (d) => ({
    occurredOn: d.CF_JDRQ,
    datePrecision: 'day',
    docNo: d.CF_WSH,
    authority: d.CF_CFJG,
    ...(d.CF_CFJGDM !== undefined ? { authorityCode: d.CF_CFJGDM } : {}),
    ...(d.CF_GSJZQ !== undefined ? { endsOn: d.CF_GSJZQ } : {}),
  }),
  check,
});
