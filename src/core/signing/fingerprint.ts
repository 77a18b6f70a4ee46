/**
 * A key id is the lowercase hex SHA-256 of the public key's SubjectPublicKeyInfo DER, so anyone
 * can recompute it: `openssl pkey -pubin -in signer.pem -outform DER | sha256sum`.
 * People read it aloud over the phone in groups of four characters.
 */
const KEY_ID = /^[0-9a-f]{64}$/;

/** @example isKeyId('ab'.repeat(32)) // true */
export function isKeyId(value: unknown): value is string {
  return typeof value === 'string' && KEY_ID.test(value);
}

/** @example formatFingerprint('0123456789abcdef…') // '0123 4567 89ab cdef …' */
export function formatFingerprint(keyId: string): string {
  return keyId.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * What a person typed or pasted (any case, spaces, colons, dashes) as a key id, or undefined when
 * it is not 64 hex digits. Never a prefix match: a partial fingerprint confirms nothing.
 *
 * @example parseFingerprint('AB12 cd34:…') // 'ab12cd34…' (when 64 hex digits in all)
 */
export function parseFingerprint(text: string): string | undefined {
  const compact = text.normalize('NFKC').replace(/[\s:-]/g, '').toLowerCase();
  return KEY_ID.test(compact) ? compact : undefined;
}
