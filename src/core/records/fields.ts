import { z } from 'zod';
import type { DatePrecision } from './record';

/**
 * Field builders shared by the detail schemas of every record kind. Each carries its reason in
 * Chinese; `./issues` puts the field's Chinese label in front, so a message reads
 * "抽样日期：不是真实存在的日期".
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/**
 * A real calendar day: the regex alone would let 2025-02-30 through, and a deadline computed
 * from an impossible date silently shifts into the next month.
 *
 * @example isRealDate('2024-02-29') // true
 * @example isRealDate('2025-02-29') // false
 */
export function isRealDate(iso: string): boolean {
  const m = DAY.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900;
}

/** The precision a partial ISO date is written in, or null when it is none of the three. */
export function precisionOf(value: string): DatePrecision | null {
  if (isRealDate(value)) return 'day';
  if (MONTH.test(value)) return 'month';
  if (YEAR.test(value)) return 'year';
  return null;
}

/**
 * Orders two dates of possibly different precision by their common prefix: "2025-03" is not
 * before "2025-03-18", since the month may well contain that day.
 *
 * @example isBefore('2025-03', '2025-03-18') // false
 */
export function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

const DATE_REASON = '应为 YYYY-MM-DD 格式的真实日期';

export const isoDate = () =>
  z.string().trim().refine(isRealDate, { message: DATE_REASON });

/** A date cut to its precision: YYYY-MM-DD, YYYY-MM or YYYY (dates read from old documents). */
export const partialDate = () =>
  z.string().trim().refine((v) => precisionOf(v) !== null, { message: '应为 YYYY-MM-DD、YYYY-MM 或 YYYY 格式的真实日期' });

export const text = (max = 500) =>
  z.string().trim().min(1, { message: '不能为空' }).max(max, { message: `不能超过 ${max} 个字` });

/** Optional text: blank counts as absent, so that an emptied form field does not store "". */
export const optText = (max = 500) =>
  z.string().trim().max(max, { message: `不能超过 ${max} 个字` })
    .transform((s) => (s === '' ? undefined : s))
    .optional();

export const optDate = () =>
  z.string().trim()
    .refine((v) => v === '' || isRealDate(v), { message: DATE_REASON })
    .transform((s) => (s === '' ? undefined : s))
    .optional();

/** Separators of short values ("罚款、没收违法所得"); prose uses `PROSE_SEPARATORS`. */
export const LIST_SEPARATORS = /[、，,；;\n]/;
/** Prose (违法事实, 处罚依据) contains commas and 、 itself: split only on ；/; and line breaks. */
export const PROSE_SEPARATORS = /[；;\n]/;

/**
 * A multi-valued text field. Sources give these either as a list or as one joined string
 * (双公示 extracts do both); both normalise to a list without blanks.
 */
export const textList = (max = 500, separators: RegExp = LIST_SEPARATORS) =>
  z.union([z.string(), z.array(z.string())], { message: '应为文本或文本列表' })
    .transform((v) => (Array.isArray(v) ? v : v.split(separators)).map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.string().max(max, { message: `每项不能超过 ${max} 个字` })));

/**
 * An amount in 万元 as a decimal string, never a float: decimal(18,6) as the 双公示 exchange
 * stores CF_NR_FK. Leading zeros and a trailing dot are refused rather than guessed at.
 *
 * @example WanYuan.parse('2.5') // '2.5'
 */
export const WanYuan = z.string().trim().regex(/^(0|[1-9]\d{0,11})(\.\d{1,6})?$/, {
  message: '应为以万元计的金额，如 2.5 或 0.35（最多 6 位小数，不含单位和逗号）',
});

/** Optional USCC-shaped authority code: shape only; the check character is the registry's business. */
export const optUsccShape = () =>
  z.string().trim().toUpperCase()
    .refine((v) => v === '' || /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v), {
      message: '应为 18 位统一社会信用代码',
    })
    .transform((s) => (s === '' ? undefined : s))
    .optional();

export const year = () =>
  z.coerce.number({ message: '应为年份' }).int({ message: '应为年份' })
    .min(1949, { message: '年份不早于 1949' }).max(2100, { message: '年份不晚于 2100' });

/**
 * An enum stored under stable English ids whose refusal lists the options as officers know them.
 *
 * @example choice(['simple', 'ordinary'], { simple: '简易程序', ordinary: '普通程序' })
 */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>) =>
  z.enum(values, { message: `应为以下之一：${values.map((v: T[number]) => `${labels[v]}（${v}）`).join('、')}` });
