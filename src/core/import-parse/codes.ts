import { classifyCode } from '../identifiers/classify';
import { normaliseCode } from '../identifiers/normalise';
import { checkUscc } from '../identifiers/uscc';
import type { ErrorCode } from '../shared/errors';
import { isEmptyMark } from './empty-marks';
import { cellText, isNumberCell, shownText, type GridCell } from './grid';

export type CodeCellKind =
  | 'empty'
  | 'valid'
  /** 18 characters of the alphabet whose check character fails: some early pilot codes are legal. */
  | 'check-failed'
  /** Shown as 9.14E+17: the digits are gone. */
  | 'excel-scientific'
  /** Stored as a number, or 18 digits ending 000 that fail the check: Excel kept 15 digits. */
  | 'excel-rounded'
  /** The letter O where the alphabet has none: very likely a zero, but a person decides. */
  | 'letter-o'
  /** Replacement characters: the text was decoded with the wrong encoding before we saw it. */
  | 'damaged-encoding'
  /** A valid organization code or 15-digit registration number in the credit-code column. */
  | 'other-identifier'
  | 'malformed';

export type CodeCell = {
  kind: CodeCellKind;
  /** The code to use: only for valid, check-failed and other-identifier. */
  code: string | null;
  original: string;
  problem?: ErrorCode;
  /** For letter-o: the code with zeros for the O's, and whether it then passes the check. */
  suggestion?: { code: string; passes: boolean };
  /** For other-identifier: what it is. */
  identifier?: 'org-code' | 'registration-number';
};

/** Past 15 significant digits a spreadsheet number cannot hold a code exactly. */
const EXACT_DIGITS = 15;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i;

/**
 * Says what a 统一社会信用代码 cell holds, telling codes Excel destroyed (9.14E+17, 15-digit
 * rounding) and suspicious ones (letter O for zero) from valid ones. Nothing is repaired
 * silently: a damaged code has no `code`, and a suggestion is only a suggestion.
 *
 * @example classifyCodeCell('91350200776049653A').kind // 'valid'
 * @example classifyCodeCell('9.14E+17').kind // 'excel-scientific'
 * @example classifyCodeCell('915101070549352000').kind // 'excel-rounded'
 * @example classifyCodeCell('91350200776O49653A').suggestion // { code: '91350200776049653A', passes: true }
 */
export function classifyCodeCell(cell: GridCell): CodeCell {
  const original = shownText(cell);
  const text = cellText(cell);
  if (isEmptyMark(text)) return { kind: 'empty', code: null, original };
  if (text.includes('\uFFFD')) return { kind: 'damaged-encoding', code: null, original, problem: 'E_IMPORT_TEXT_DAMAGED' };
  if (SCIENTIFIC.test(original.replace(/\s/g, '')) || SCIENTIFIC.test(text)) {
    return { kind: 'excel-scientific', code: null, original, problem: 'E_IMPORT_DAMAGED_CODE' };
  }
  if (isNumberCell(cell) && text.replace(/^-/, '').length > EXACT_DIGITS) {
    return { kind: 'excel-rounded', code: null, original, problem: 'E_IMPORT_CODE_ROUNDED' };
  }
  return classifyCodeText(text, original);
}

function classifyCodeText(text: string, original: string): CodeCell {
  const code = normaliseCode(text);
  if (code.length === 18) {
    const check = checkUscc(code);
    if (check.kind === 'valid') return { kind: 'valid', code, original };
    if (code.includes('O')) {
      const fixed = code.replace(/O/g, '0');
      return { kind: 'letter-o', code: null, original, problem: 'E_IMPORT_CODE_LETTER_O', suggestion: { code: fixed, passes: checkUscc(fixed).kind === 'valid' } };
    }
    if (/^\d{15}000$/.test(code)) return { kind: 'excel-rounded', code: null, original, problem: 'E_IMPORT_CODE_ROUNDED' };
    if (check.kind === 'check-mismatch') return { kind: 'check-failed', code, original, problem: 'E_USCC_CHECK' };
    return { kind: 'malformed', code: null, original, problem: 'E_USCC_FORMAT' };
  }
  const verdict = classifyCode(code);
  if (verdict.valid && (verdict.kind === 'org-code' || verdict.kind === 'registration-number')) {
    return { kind: 'other-identifier', code, original, identifier: verdict.kind };
  }
  return { kind: 'malformed', code: null, original, problem: 'E_USCC_FORMAT' };
}
