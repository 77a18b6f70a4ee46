/**
 * GS1 check digit: from the right, excluding the check digit, weights 3, 1, 3, 1…
 *
 * @example gtinCheckDigit('629104150021') // 3 → GTIN-13 6291041500213
 */
export function gtinCheckDigit(body: string): number | null {
  if (!/^\d+$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** GTIN-8, -12, -13 or -14. @example isValidGtin('6901234567892') */
export function isValidGtin(code: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(code) && gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}
