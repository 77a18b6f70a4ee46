/**
 * How announcements write "nothing here": dashes of every width and length, slashes, and a few
 * words. Such a cell is empty, not unreadable.
 */
const DASHES_ONLY = /^[\s/\\\-‐‑‒–—―─━－~～_·.。、*]+$/u;
const EMPTY_WORDS = new Set(['无', '空', '暂无', '不详', '未知', 'NA', 'N/A', 'NULL', '无此项', '未标注', '未标明', '未标示', '/']);

/**
 * @example isEmptyMark('——') // true
 * @example isEmptyMark('无') // true
 * @example isEmptyMark('合格') // false
 */
export function isEmptyMark(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return t === '' || DASHES_ONLY.test(t) || EMPTY_WORDS.has(t.toUpperCase());
}
