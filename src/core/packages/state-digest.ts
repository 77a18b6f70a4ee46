/** One record of the full list, as the state digest sees it. */
export type StateLine = { id: string; contentSha256: string };

/**
 * The text hashed into `stateSha256`: the lines `id:contentSha256` of the whole list after
 * applying, sorted by id (UTF-16 code units, like canonical JSON's keys), each ending in `\n`.
 * An empty list is the empty text. Anyone can recompute it with `sort` and `sha256sum`.
 *
 * @example stateDigestText([{ id: 'b', contentSha256: '2…' }, { id: 'a', contentSha256: '1…' }]) // 'a:1…\nb:2…\n'
 */
export function stateDigestText(lines: Iterable<StateLine>): string {
  const sorted = [...lines].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]?.id === sorted[i]?.id) throw new RangeError(`duplicate id in list state: ${sorted[i]?.id}`);
  return sorted.map((l) => `${l.id}:${l.contentSha256}\n`).join('');
}

/**
 * `sha256Utf8` hashes a string's UTF-8 bytes (the backend's node:crypto): the text of a
 * million-entry list is ~80 MB, too much to turn into bytes by hand in pure code.
 *
 * @example stateSha256([], sha256Utf8) // 'e3b0c442…' (SHA-256 of nothing)
 */
export function stateSha256(lines: Iterable<StateLine>, sha256Utf8: (text: string) => string): string {
  return sha256Utf8(stateDigestText(lines));
}
