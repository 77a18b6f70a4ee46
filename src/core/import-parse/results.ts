import type { ErrorCode } from '../shared/errors';
import { isEmptyMark } from './empty-marks';

export type SpotCheckResult = 'pass' | 'fail' | 'refused';

export type ResultParse = {
  result: SpotCheckResult | null;
  original: string;
  problem?: Extract<ErrorCode, 'E_IMPORT_RESULT_UNREADABLE'>;
};

// Order matters: "不合格" contains "合格", and "拒绝抽检" is neither.
const REFUSED = /拒检|拒绝(接受)?(抽检|抽查|抽样|检查|检验)|拒不(接受|配合)/u;
const FAIL = /不合格|不符合|不通过|未通过|未达到|不达标|^[×✗✘xX]$/u;
const PASS = /合格|符合|通过|^[√✓✔]$/u;

/**
 * Reads a 抽查结果 / 检验结论 cell: 合格 / 符合 → pass, 不合格 / 不符合 → fail, 拒检 / 拒绝抽检
 * → refused; an empty mark → null; anything else is reported, never guessed.
 *
 * @example parseResult('不符合标准要求').result // 'fail'
 * @example parseResult('拒绝抽检').result // 'refused'
 */
export function parseResult(text: string): ResultParse {
  const original = text;
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (isEmptyMark(t)) return { result: null, original };
  if (REFUSED.test(t)) return { result: 'refused', original };
  if (FAIL.test(t)) return { result: 'fail', original };
  if (PASS.test(t)) return { result: 'pass', original };
  return { result: null, original, problem: 'E_IMPORT_RESULT_UNREADABLE' };
}

const OPEN = '(（[【〔';
const CLOSE = ')）]】〕';
const SEPARATORS = '、，,;；\n\r';

/** "1." "1、" "(1)" "①" at an item's start: numbering, not the item's name. */
const ENUMERATOR = /^(?:\(?\d{1,2}[.)）:：]|[（(]\d{1,2}[)）]|[①-⑳])\s*/u;

/**
 * Splits a 不合格项目 cell into items on 、，, ;；/ and line breaks, but not inside brackets
 * ("标志（警示、说明）" stays whole) nor in a unit such as mg/kg. Empty marks give no items.
 *
 * @example splitFailedItems('甲醛含量、pH值；标签\n耐水色牢度') // ['甲醛含量', 'pH值', '标签', '耐水色牢度']
 * @example splitFailedItems('——') // []
 */
export function splitFailedItems(text: string): string[] {
  if (isEmptyMark(text)) return [];
  const items: string[] = [];
  let depth = 0;
  let current = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    const slash = (ch === '/' || ch === '／') && !(/[A-Za-z]/.test(chars[i - 1] ?? '') && /[A-Za-z]/.test(chars[i + 1] ?? ''));
    if (depth === 0 && (SEPARATORS.includes(ch) || slash)) {
      items.push(current);
      current = '';
    } else current += ch;
  });
  items.push(current);
  const seen = new Set<string>();
  return items
    .map((s) => s.trim().replace(ENUMERATOR, '').replace(/[。.]$/u, '').trim())
    .filter((s) => !isEmptyMark(s) && !seen.has(s) && (seen.add(s), true));
}
