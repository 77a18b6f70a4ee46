/** How hard a signing passphrase is to guess, for the hint under the field (the backend's rule is 8+ characters). */
export type PassphraseStrength = 'weak' | 'fair' | 'strong';

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[\p{Script=Han}]/u, /[^\p{L}\p{N}]/u];

/**
 * A rough estimate, no dictionary: length counts most (a stolen database file can be attacked
 * offline, only scrypt slows that down), mixed kinds of character a little.
 *
 * @example passphraseStrength('abcdefgh') // 'weak'
 * @example passphraseStrength('签名口令 Sign-2026') // 'strong'
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  const kinds = CLASSES.filter((re) => re.test(passphrase)).length;
  if (length >= 24 || (length >= 14 && kinds >= 3)) return 'strong';
  if (length >= 12 && kinds >= 2) return 'fair';
  return 'weak';
}
