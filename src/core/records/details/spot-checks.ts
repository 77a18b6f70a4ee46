import { z } from 'zod';
import { choice, isBefore, isoDate, optDate, optText, partialDate, precisionOf, text, textList } from '../fields';
import type { FieldIssue } from '../issues';
import { DATE_PRECISIONS } from '../record';
import { defineKind } from './spec';

/** 计划类型, as the 质监 systems list it (domain §5). */
export const PLAN_TYPES = ['national', 'provincial', 'municipal', 'county', 'special', 'periodic', 'other'] as const;
export const PLAN_TYPE_LABELS: Record<(typeof PLAN_TYPES)[number], string> = {
  national: '国家监督抽查', provincial: '省级监督抽查', municipal: '市级监督抽查', county: '县级监督抽查',
  special: '专项监督抽查', periodic: '定期监督检验', other: '其他',
};

export const SAMPLING_DOMAINS = ['production', 'circulation', 'e-commerce'] as const;
export const SAMPLING_DOMAIN_LABELS: Record<(typeof SAMPLING_DOMAINS)[number], string> = {
  production: '生产', circulation: '流通', 'e-commerce': '电商',
};

export const FAILURE_DEGREES = ['general', 'serious'] as const;
export const FAILURE_DEGREE_LABELS: Record<(typeof FAILURE_DEGREES)[number], string> = { general: '一般不合格', serious: '严重不合格' };

export const SpotCheckDetailsSchema = z.strictObject({
  planType: choice(PLAN_TYPES, PLAN_TYPE_LABELS),
  planNo: optText(100),
  samplingDomain: choice(SAMPLING_DOMAINS, SAMPLING_DOMAIN_LABELS).optional(),
  productName: text(200),
  trademark: optText(100),
  model: optText(200),
  /** 生产日期或批号 as written on the sample: "20250318A" is a batch number, not a date. */
  batch: optText(100),
  productionDate: partialDate().optional(),
  productionDatePrecision: z.enum(DATE_PRECISIONS).optional(),
  productCategory: optText(100),
  standards: textList(200).default([]),
  institution: optText(200),
  reportNo: optText(100),
  failedItems: textList(200).default([]),
  failureDegree: choice(FAILURE_DEGREES, FAILURE_DEGREE_LABELS).optional(),
  seriousFail: z.boolean({ message: '应为是或否' }).default(false),
  refused: z.boolean({ message: '应为是或否' }).default(false),
  sampledOn: isoDate(),
  resultOn: optDate(),
  notes: optText(2000),
}).transform((d) => ({
  ...d,
  // Source systems fill either 是否严重不合格 or 不合格程度; stored, both say the same.
  seriousFail: d.seriousFail || d.failureDegree === 'serious',
  productionDatePrecision: d.productionDatePrecision ?? (d.productionDate === undefined ? undefined : (precisionOf(d.productionDate) ?? undefined)),
}));
export type SpotCheckDetails = z.output<typeof SpotCheckDetailsSchema>;

const LABELS = {
  planType: '计划类型', planNo: '计划编号', samplingDomain: '抽样领域', productName: '产品名称', trademark: '商标',
  model: '规格型号', batch: '生产日期或批号', productionDate: '生产日期', productionDatePrecision: '生产日期精度',
  productCategory: '产品类别', standards: '执行标准', institution: '承检机构', reportNo: '报告编号',
  failedItems: '不合格项目', failureDegree: '不合格程度', seriousFail: '是否严重不合格', refused: '是否拒检',
  sampledOn: '抽样日期', resultOn: '结果日期', notes: '备注',
};

function check(d: SpotCheckDetails, common: { outcome: string | null }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: keyof typeof LABELS, why: string) => issues.push({ field: `details.${field}`, message: `${LABELS[field]}：${why}` });
  if (d.productionDate !== undefined && d.productionDatePrecision !== undefined && precisionOf(d.productionDate) !== d.productionDatePrecision) {
    add('productionDatePrecision', `与生产日期“${d.productionDate}”的写法不符`);
  }
  if (d.productionDate !== undefined && isBefore(d.sampledOn, d.productionDate)) add('productionDate', '不能晚于抽样日期');
  if (d.resultOn !== undefined && isBefore(d.resultOn, d.sampledOn)) add('resultOn', '不能早于抽样日期');
  if (d.refused !== (common.outcome === 'refused')) add('refused', '与结论不一致（拒检的结论应为“拒检”）');
  if (common.outcome !== 'fail') {
    if (d.failedItems.length > 0) add('failedItems', '只有不合格结论才能填写');
    if (d.failureDegree !== undefined || d.seriousFail) add('failureDegree', '只有不合格结论才能填写');
  }
  if (d.seriousFail && d.failureDegree === 'general') add('seriousFail', '与不合格程度“一般”矛盾');
  if ((common.outcome === 'pass' || common.outcome === 'fail') && d.resultOn === undefined) add('resultOn', '已有检验结论时必填');
  return issues;
}

export const spotCheckKind = defineKind({
  schema: SpotCheckDetailsSchema,
  labels: LABELS,
  project: (d) => ({
    occurredOn: d.sampledOn,
    datePrecision: 'day',
    ...(d.reportNo !== undefined ? { docNo: d.reportNo } : {}),
  }),
  check,
});
