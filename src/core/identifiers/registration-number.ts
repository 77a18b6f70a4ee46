/**
 * Check digit of the legacy 15-digit 工商注册号 (GS 15-2006), ISO 7064 MOD 11,10.
 *
 * @example registrationCheckDigit('11010500000011') // 5
 */
export function registrationCheckDigit(first14: string): number | null {
  if (!/^\d{14}$/.test(first14)) return null;
  let p = 10;
  for (const ch of first14) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10;
}

/** @example isValidRegistrationNumber('110105000000115') // true */
export function isValidRegistrationNumber(code: string): boolean {
  return /^\d{15}$/.test(code) && registrationCheckDigit(code.slice(0, 14)) === Number(code[14]);
}
