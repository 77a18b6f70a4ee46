/**
 * Header cells as agencies type them: line breaks inside ("生产日期\n/批号"), numbers glued on
 * ("序号\n1", "企业名称2"), full-width brackets, required-column stars.
 */

/**
 * The header as a person would write it on one line: NFKC, no whitespace or line breaks,
 * brackets half-width round, no "*" marks, no trailing colon.
 *
 * @example cleanHeader('生产日期\n/批号') // '生产日期/批号'
 * @example cleanHeader('罚款金额【万元】*') // '罚款金额(万元)'
 */
export function cleanHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u3000\u200b]+/gu, '')
    .replace(/[[【〔〖]/gu, '(')
    .replace(/[\]】〕〗]/gu, ')')
    .replace(/[*＊]/gu, '')
    .replace(/[:：]$/u, '');
}

/** The comparable form of a cleaned header: Latin letters lower-cased. */
export function headerKey(raw: string): string {
  return cleanHeader(raw).toLowerCase();
}

/**
 * The forms a header is tried under, most literal first: as written; without the digits glued
 * to its end ("企业名称2"); without leading numbering ("1.企业名称"); without a trailing
 * bracketed note ("罚款金额(万元)"). Digits are removed only to look the header up, so a header
 * whose digits mean something keeps them when no synonym claims the shorter form.
 *
 * @example headerVariants('序号\n1') // ['序号1', '序号']
 */
export function headerVariants(raw: string): string[] {
  const key = headerKey(raw);
  const noDigits = key.replace(/(?<=\D)\d+$/u, '');
  const noNumbering = key.replace(/^(?:\d{1,2}[.、)]|[(]\d{1,2}[)])/u, '');
  const noNote = noDigits.replace(/(?<=.)\([^()]*\)$/u, '');
  return [...new Set([key, noDigits, noNumbering, noNote].filter((v) => v !== ''))];
}
