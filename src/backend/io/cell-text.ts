/** A cell starting with one of these is run as a formula by spreadsheet software. */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * What `restoreNeutralised` takes one apostrophe from. A person's own text can look like this
 * ("'=x"), so it is escaped on writing too: reading back always gives the original text.
 */
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * Neutralises spreadsheet formula injection in a CSV cell by prefixing an apostrophe, which
 * Excel and WPS show as text and do not evaluate.
 *
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}

/**
 * For XLSX, where cells are written as strings and never run as formulas: only the text that
 * reading would take an apostrophe from gets one more, so that it reads back unchanged.
 *
 * @example protectApostrophes("'=x") // "''=x"
 */
export function protectApostrophes(text: string): string {
  return ESCAPED.test(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula` on reading, so that an export imports again unchanged. Only one
 * apostrophe before a formula-starting character (after any others) is removed; any other is
 * the person's.
 *
 * @example restoreNeutralised("'=1+1") // '=1+1'
 * @example restoreNeutralised("''=1") // "'=1"
 */
export function restoreNeutralised(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
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
