/**
 * Codes arrive typed by hand or pasted from spreadsheets: full-width letters and digits,
 * lower case, spaces and hyphens ("00251805-7") are normalised, not rejected.
 *
 * @example normaliseCode(' ９１３５０２００７７６０４９６５３ａ ') // '91350200776049653A'
 */
export function normaliseCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\-‐‑–—_]/g, '')
    .toUpperCase();
}
