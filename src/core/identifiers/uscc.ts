import { normaliseCode } from './normalise';
import { isValidOrgCode } from './org-code';

/** GB 32100-2015 alphabet: I, O, S, V, Z are excluded. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Check character for the first 17 characters of a USCC, or null when one of them is outside
 * the alphabet.
 *
 * @example usccCheckChar('91350200776049653') // 'A'
 */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

export type UsccCheck =
  | { kind: 'valid'; code: string; regionCode: string; orgCode: string; orgCodeValid: boolean }
  /** Well formed, but the check character does not match: some early pilot codes are legal. */
  | { kind: 'check-mismatch'; code: string; expected: string; regionCode: string }
  | { kind: 'malformed'; code: string; reason: 'length' | 'alphabet' };

/**
 * Validates a unified social credit code after normalising it.
 *
 * @example checkUscc('91350200776049653a').kind // 'valid'
 * @example checkUscc('91350100M0001TGQXM').kind // 'check-mismatch' (a legal pilot-area code)
 */
export function checkUscc(raw: string): UsccCheck {
  const code = normaliseCode(raw);
  if (code.length !== 18) return { kind: 'malformed', code, reason: 'length' };
  for (const ch of code) {
    if (!USCC_ALPHABET.includes(ch)) return { kind: 'malformed', code, reason: 'alphabet' };
  }
  const expected = usccCheckChar(code.slice(0, 17));
  const regionCode = code.slice(2, 8);
  if (expected !== code[17]) return { kind: 'check-mismatch', code, expected: expected ?? '?', regionCode };
  const orgCode = code.slice(8, 17);
  return { kind: 'valid', code, regionCode, orgCode, orgCodeValid: isValidOrgCode(orgCode) };
}
