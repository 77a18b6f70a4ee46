import { z } from 'zod';
import { isBefore, isoDate, optDate, optText, optUsccShape, text } from '../fields';
import type { FieldIssue } from '../issues';
import { defineKind } from './spec';

/** XK_ZT as the 双公示 exchange writes it; the record outcome says the same in English. */
export const LICENCE_STATUSES = ['有效', '无效'] as const;

/**
 * The 双公示 licensing items (domain §4.1) under their XK_* codes, plus the certification type
 * for certificates that are not licences in the strict sense (ISO 9001, CCC). XK_WSH (or, when a
 * source has no document number, XK_XKBH) is the docNo; XK_JDRQ occurredOn; XK_YXQZI endsOn.
 */
export const LicenceDetailsSchema = z.strictObject({
  XK_XKWS: text(200),
  XK_WSH: optText(200),
  XK_XKLB: optText(100),
  XK_XKZS: optText(200),
  XK_XKBH: optText(200),
  XK_NR: optText(2000),
  XK_JDRQ: isoDate(),
  XK_YXQZ: optDate(),
  XK_YXQZI: optDate(),
  XK_XKJG: text(200),
  XK_XKJGDM: optUsccShape(),
  XK_LYDW: optText(200),
  XK_LYDM: optUsccShape(),
  XK_ZT: z.enum(LICENCE_STATUSES),
  certificationType: optText(100),
  BZ: optText(2000),
});
export type LicenceDetails = z.output<typeof LicenceDetailsSchema>;

const LABELS = {
  XK_XKWS: '许可决定文书名称', XK_WSH: '许可决定文书号', XK_XKLB: '许可类别', XK_XKZS: '许可证书名称', XK_XKBH: '许可编号',
  XK_NR: '许可内容', XK_JDRQ: '许可决定日期', XK_YXQZ: '有效期自', XK_YXQZI: '有效期至', XK_XKJG: '许可机关',
  XK_XKJGDM: '许可机关统一社会信用代码', XK_LYDW: '数据来源单位', XK_LYDM: '数据来源单位统一社会信用代码', XK_ZT: '当前状态',
  certificationType: '认证类型', BZ: '备注',
};

function check(d: LicenceDetails): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: keyof typeof LABELS, why: string) => issues.push({ field: `details.${field}`, message: `${LABELS[field]}：${why}` });
  if (d.XK_WSH === undefined && d.XK_XKBH === undefined) add('XK_WSH', '文书号与许可编号至少填写一项');
  if (d.XK_YXQZI !== undefined && isBefore(d.XK_YXQZI, d.XK_YXQZ ?? d.XK_JDRQ)) add('XK_YXQZI', '不能早于有效期自（或决定日期）');
  return issues;
}

export const licenceKind = defineKind({
  schema: LicenceDetailsSchema,
  labels: LABELS,
  project: (d) => ({
    occurredOn: d.XK_JDRQ,
    datePrecision: 'day',
    authority: d.XK_XKJG,
    outcome: d.XK_ZT === '有效' ? 'valid' : 'invalid',
    ...(d.XK_WSH !== undefined || d.XK_XKBH !== undefined ? { docNo: d.XK_WSH ?? d.XK_XKBH } : {}),
    ...(d.XK_XKJGDM !== undefined ? { authorityCode: d.XK_XKJGDM } : {}),
    ...(d.XK_YXQZI !== undefined ? { endsOn: d.XK_YXQZI } : {}),
  }),
  check,
});
