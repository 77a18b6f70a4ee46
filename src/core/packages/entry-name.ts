/**
 * Entry names that are safe to extract anywhere: relative, forward slashes only, no `.`/`..`
 * segments, no empty segments, no drive letters or control characters, at most 255 characters.
 * Windows reserved characters are refused too, so an auditor can unzip a package on any system.
 *
 * @example isSafeEntryName('data/entries.jsonl') // true
 * @example isSafeEntryName('../etc/passwd') // false
 */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('/') || name.endsWith('/')) return false;
  if (/[\\:*?"<>|]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f')) return false;
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && seg.trim() === seg);
}

/**
 * The form two names collide in on a case-insensitive file system (Windows, macOS): a package
 * with `Data/a` and `data/a`, or NFC and NFD spellings of one name, would extract as one file.
 *
 * @example collisionKey('DATA/é') === collisionKey('data/e\u0301') // true
 */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
