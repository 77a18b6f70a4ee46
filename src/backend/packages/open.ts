import { SIGNER_PEM_PATH } from '../../core/packages/constants';
import { verifyPackage, type PackageEntry, type VerifiedPackage, type VerifyOptions } from '../../core/packages/verify';
import type { Result } from '../../core/shared/result';
import type { TrustedKey } from '../../core/signing/ports';
import { nodeDigests } from './digests';
import { publicKeyFromPem } from './public-key';
import { nodeVerifier } from './verifier';
import { readPackageZip } from './zip-read';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-profile';

export type OpenOptions = Omit<VerifyOptions, 'verifier' | 'digests' | 'now' | 'trust'> & {
  /**
   * The trusted keys (the registry's, or one given by a person), or `'embedded'`: check the
   * signature with the package's own signer.pem. That proves integrity only — anyone can sign
   * with a key of their own — and the caller must say so and show the fingerprint.
   */
  trust: readonly TrustedKey[] | 'embedded';
  now?: Date | undefined;
  limits?: ZipLimits | undefined;
};

/** The signer keys a package carries, as keys "trusted" for whatever issuer it names. */
export function embeddedKeys(entries: readonly PackageEntry[]): TrustedKey[] {
  const keys: TrustedKey[] = [];
  for (const e of entries) {
    if (e.path !== SIGNER_PEM_PATH && !/^META-INF\/signer\.[a-z0-9]+\.pem$/.test(e.path)) continue;
    const key = publicKeyFromPem(Buffer.from(e.bytes).toString('utf8'));
    if (key) keys.push({ ...key, agencyCode: '*' });
  }
  return keys;
}

/**
 * Open and verify a .qcp: ZIP safety first, then every check of formats.md §4 up to the files.
 * Either the verified view or the first failing check's stable code with its Chinese message;
 * never a throw, whatever the bytes.
 *
 * @example openPackage(readFileSync('a.qcp'), { trust: registryKeys, recipient: ourUscc, stream })
 */
export function openPackage(bytes: Uint8Array, o: OpenOptions): Result<VerifiedPackage> {
  const zip = readPackageZip(bytes, o.limits ?? DEFAULT_ZIP_LIMITS);
  if (!zip.ok) return zip;
  const trust = o.trust === 'embedded' ? embeddedKeys(zip.value) : o.trust;
  return verifyPackage(zip.value, { ...o, trust, verifier: nodeVerifier, digests: nodeDigests, now: o.now ?? new Date() });
}
