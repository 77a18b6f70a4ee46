import { normaliseCode } from '../identifiers/normalise';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check characters by (Σ aᵢ·Wᵢ) mod 11, per GB 11643-1999. */
const CHECK_CHARS = '10X98765432';

/**
 * ID numbers arrive typed by hand or pasted: full-width digits, a lower-case x, spaces and
 * hyphens are normalised rather than refused.
 *
 * @example normaliseIdNumber(' ４３０１０２ 19900307 123x ') // '43010219900307123X'
 */
export function normaliseIdNumber(raw: string): string {
  return normaliseCode(raw);
}

/**
 * GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits of a resident ID.
 *
 * @example residentIdCheckChar('11010519491231002') // 'X'
 */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? null;
}

export type ResidentIdCheck =
  | { ok: true; code: string; birthDate: string }
  | { ok: false; code: string; reason: 'length' | 'characters' | 'birth-date' | 'check'; expected?: string };

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1850 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Checks an 18-character resident ID (居民身份证号码): 6-digit region, birth date, sequence, and
 * the check character. The region is not looked up: codes of abolished counties stay valid on
 * cards issued before.
 *
 * @example checkResidentId('11010519491231002x') // { ok: true, code: '11010519491231002X', birthDate: '1949-12-31' }
 */
export function checkResidentId(raw: string): ResidentIdCheck {
  const code = normaliseIdNumber(raw);
  if (code.length !== 18) return { ok: false, code, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(code)) return { ok: false, code, reason: 'characters' };
  const birth = code.slice(6, 14);
  if (!isRealDate(birth)) return { ok: false, code, reason: 'birth-date' };
  const expected = residentIdCheckChar(code.slice(0, 17)) ?? '?';
  if (expected !== code[17]) return { ok: false, code, reason: 'check', expected };
  return { ok: true, code, birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}` };
}

/** Why a resident ID was refused, in words an officer can act on. */
export function residentIdProblem(check: Extract<ResidentIdCheck, { ok: false }>): string {
  switch (check.reason) {
    case 'length': return `身份证号码应为 18 位，实为 ${check.code.length} 位`;
    case 'characters': return '身份证号码前 17 位应为数字，第 18 位为数字或 X';
    case 'birth-date': return '身份证号码第 7–14 位不是有效的出生日期';
    case 'check': return `身份证号码校验位不符：按 GB 11643 计算第 18 位应为 ${check.expected ?? '?'}，请核对是否录错`;
  }
}

/**
 * Masks an ID number for everyone but administrators: the first and last four characters stay,
 * enough to tell two people apart on a screen, never enough to reuse the number. Short numbers
 * (passports) keep less, so that at least half is always hidden.
 *
 * @example maskIdNumber('43010219900307123X') // '4301**********123X'
 * @example maskIdNumber('E1234567') // 'E1****67'
 */
export function maskIdNumber(id: string): string {
  const chars = [...id];
  const keep = chars.length >= 16 ? 4 : Math.floor(chars.length / 4);
  if (keep === 0) return '*'.repeat(chars.length);
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - 2 * keep) + chars.slice(-keep).join('');
}
