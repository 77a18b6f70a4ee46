import { normaliseCode } from './normalise';
import { checkUscc, USCC_ALPHABET } from './uscc';
import { isValidOrgCode, orgCodeCheckChar } from './org-code';
import { isValidRegistrationNumber, registrationCheckDigit } from './registration-number';
import { gtinCheckDigit, isValidGtin } from './gtin';

export type CodeKind = 'uscc' | 'org-code' | 'registration-number' | 'gtin-8' | 'gtin-12' | 'gtin-13' | 'gtin-14' | 'unknown';

export type CodeVerdict = {
  input: string;
  /** The code after full-width, case, space and hyphen normalisation. */
  normalised: string;
  kind: CodeKind;
  valid: boolean;
  /** Why not valid, in Chinese; absent when valid. */
  reason?: string;
  /** What is wrong: characters or length (format), or only the check character (check). */
  defect?: 'format' | 'check';
  /** The USCC's embedded parts, when it is one. */
  parts?: { registrationAuthority: string; entityType: string; regionCode: string; orgCode: string; orgCodeValid: boolean };
};

/**
 * Says what kind of identifier a string is, whether it is valid, and why not. The kind is decided
 * by shape (length and alphabet), so a mistyped code is still recognised as what it was meant to be.
 *
 * @example classifyCode('00251805-7') // { kind: 'org-code', valid: true, … }
 */
export function classifyCode(input: string): CodeVerdict {
  const code = normaliseCode(input);
  const base = { input, normalised: code };
  if (code.length === 18) {
    const c = checkUscc(code);
    if (c.kind === 'malformed') {
      const bad = [...code].filter((ch) => !USCC_ALPHABET.includes(ch));
      return { ...base, kind: 'uscc', valid: false, defect: 'format', reason: `含有统一社会信用代码不使用的字符：${bad.join('、')}` };
    }
    const parts = { registrationAuthority: code[0] ?? '', entityType: code[1] ?? '', regionCode: code.slice(2, 8), orgCode: code.slice(8, 17), orgCodeValid: isValidOrgCode(code.slice(8, 17)) };
    if (c.kind === 'check-mismatch') {
      return { ...base, kind: 'uscc', valid: false, defect: 'check', parts, reason: `校验位应为 ${c.expected}，实为 ${code[17]}（部分早期试点代码合法，需人工确认）` };
    }
    return { ...base, kind: 'uscc', valid: true, parts };
  }
  if (code.length === 9 && /^[0-9A-Z]{8}[0-9X]$/.test(code)) {
    return isValidOrgCode(code)
      ? { ...base, kind: 'org-code', valid: true }
      : { ...base, kind: 'org-code', valid: false, defect: 'check', reason: `组织机构代码校验位应为 ${orgCodeCheckChar(code.slice(0, 8)) ?? '?'}` };
  }
  if (/^\d{15}$/.test(code)) {
    return isValidRegistrationNumber(code)
      ? { ...base, kind: 'registration-number', valid: true }
      : { ...base, kind: 'registration-number', valid: false, defect: 'check', reason: `注册号校验位应为 ${registrationCheckDigit(code.slice(0, 14)) ?? '?'}` };
  }
  if (/^(\d{8}|\d{12,14})$/.test(code)) {
    const kind = `gtin-${code.length}` as CodeKind;
    return isValidGtin(code)
      ? { ...base, kind, valid: true }
      : { ...base, kind, valid: false, defect: 'check', reason: `商品条码校验位应为 ${gtinCheckDigit(code.slice(0, -1)) ?? '?'}` };
  }
  return { ...base, kind: 'unknown', valid: false, defect: 'format', reason: `无法识别的代码（${code.length} 位）：不是统一社会信用代码、组织机构代码、注册号或商品条码` };
}
