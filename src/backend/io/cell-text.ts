/** A cell starting with one of these is run as a formula by spreadsheet software. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises spreadsheet formula injection in a CSV cell by prefixing an apostrophe, which
 * Excel and WPS show as text and do not evaluate.
 *
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula` on reading, so that an export imports again unchanged. Only an
 * apostrophe followed by a formula-starting character is removed; any other is the person's.
 *
 * @example restoreNeutralised("'=1+1") // '=1+1'
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * The comparable form of a header: full-width folded to half-width (NFKC), no spaces at all,
 * lower case, and without the "*" that templates put on required columns.
 *
 * @example headerKey(' 统一社会信用代码＊ ') // '统一社会信用代码'
 */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000*]+/g, '').toLowerCase();
}
