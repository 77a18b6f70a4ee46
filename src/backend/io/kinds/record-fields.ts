import {
  ACCIDENT_TYPE_LABELS, AWARD_CATEGORY_LABELS, AWARD_LEVEL_LABELS, COMMITMENT_TYPE_LABELS, COMPLAINT_CHANNEL_LABELS,
  FAILURE_DEGREE_LABELS, PENALTY_PROCEDURE_LABELS, PLAN_TYPE_LABELS, SAMPLING_DOMAIN_LABELS,
} from '../../../core/records';
import type { RecordKind } from '../../../core/records/record';

/**
 * How a spreadsheet cell becomes a detail value and back. Enumerations are written with their
 * Chinese names (a person reads 省级监督抽查, the record stores `provincial`), lists joined with 、,
 * yes/no as 是/否, so that an export imports again unchanged.
 */
export type FieldType =
  | { t: 'text' } | { t: 'list' } | { t: 'date' } | { t: 'bool' } | { t: 'int' }
  | { t: 'enum'; labels: Readonly<Record<string, string>> };

const text = { t: 'text' } as const;
const list = { t: 'list' } as const;
const date = { t: 'date' } as const;
const bool = { t: 'bool' } as const;
const int = { t: 'int' } as const;
const oneOf = (labels: Readonly<Record<string, string>>): FieldType => ({ t: 'enum', labels });
const same = (values: readonly string[]): FieldType => oneOf(Object.fromEntries(values.map((v) => [v, v])));

/** Per kind, the detail fields in template order (their headers are the kind's labels). */
export const DETAIL_FIELDS: Readonly<Record<RecordKind, Readonly<Record<string, FieldType>>>> = {
  'spot-checks': {
    planType: oneOf(PLAN_TYPE_LABELS), planNo: text, samplingDomain: oneOf(SAMPLING_DOMAIN_LABELS), productName: text, trademark: text,
    model: text, batch: text, productionDate: date, productCategory: text, standards: list, institution: text, reportNo: text,
    failedItems: list, failureDegree: oneOf(FAILURE_DEGREE_LABELS), seriousFail: bool, refused: bool, sampledOn: date, resultOn: date, notes: text,
  },
  penalties: {
    CF_WSH: text, CF_WFXW: list, CF_SY: list, CF_YJ: list, CF_CFLB: list, CF_NR: text, CF_NR_FK: text, CF_NR_WFFF: text, CF_NR_ZKDX: text,
    CF_JDRQ: date, CF_YXQ: date, CF_GSJZQ: date, CF_CFJG: text, CF_CFJGDM: text, CF_SJLY: text, CF_SJLYDM: text,
    CF_XDR_LB: same(['法人及非法人组织', '自然人', '个体工商户']), CF_FRDB: text, procedure: oneOf(PENALTY_PROCEDURE_LABELS), repairable: bool, BZ: text,
  },
  licences: {
    XK_XKWS: text, XK_WSH: text, XK_XKLB: text, XK_XKZS: text, XK_XKBH: text, XK_NR: text, XK_JDRQ: date, XK_YXQZ: date, XK_YXQZI: date,
    XK_XKJG: text, XK_XKJGDM: text, XK_LYDW: text, XK_LYDM: text, XK_ZT: same(['有效', '无效']), certificationType: text, BZ: text,
  },
  complaints: { channel: oneOf(COMPLAINT_CHANNEL_LABELS), receivedOn: date, product: text, content: text, resolution: text },
  accidents: { type: oneOf(ACCIDENT_TYPE_LABELS), description: text, casualties: text, losses: text },
  interviews: { reason: text, participants: list, measures: text },
  commitments: { type: oneOf(COMMITMENT_TYPE_LABELS), year: int, title: text, submittedOn: date },
  awards: { awardName: text, category: oneOf(AWARD_CATEGORY_LABELS), level: oneOf(AWARD_LEVEL_LABELS), year: int, grantor: text, awardedOn: date },
};

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);
/** Empty as agencies write it: /, -, —, ——, 无. */
const EMPTY = /^(?:[/\-—─－]+|无)$/;

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** A cell's text → the detail value (undefined for an empty cell), or why it cannot be read. */
export function parseCell(type: FieldType, raw: string): Parsed {
  const s = raw.normalize('NFKC').trim();
  if (s === '' || EMPTY.test(s)) return { ok: true, value: undefined };
  switch (type.t) {
    case 'text': return { ok: true, value: s };
    case 'list': return { ok: true, value: s };
    case 'date': return { ok: true, value: s.replace(/[/.]/g, '-').replace(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, '$1-$2-$3').replace(/-(\d)(?=-|$)/g, '-0$1') };
    case 'int': return /^\d+(\.0+)?$/.test(s) ? { ok: true, value: Math.trunc(Number(s)) } : { ok: false, message: '应为整数' };
    case 'bool': {
      const low = s.toLowerCase();
      return YES.has(low) ? { ok: true, value: true } : NO.has(low) ? { ok: true, value: false } : { ok: false, message: '应填“是”或“否”' };
    }
    case 'enum': {
      const hit = Object.entries(type.labels).find(([id, label]) => label === s || id === s);
      return hit ? { ok: true, value: hit[0] } : { ok: false, message: `应为以下之一：${Object.values(type.labels).join('、')}` };
    }
  }
}

/** A stored detail value → the cell text `parseCell` reads back as the same value. */
export function formatCell(type: FieldType, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (type.t === 'bool') return value === true ? '是' : '否';
  if (type.t === 'enum') return type.labels[String(value)] ?? String(value);
  if (Array.isArray(value)) return value.map(String).join('、');
  return String(value as string | number);
}
