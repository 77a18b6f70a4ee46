import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { refuse } from '../../core/packages/package-error';
import { canonicalJson } from '../../core/shared/canonical-json';
import { ok, type Result } from '../../core/shared/result';
import { SIGNATURE_ALGORITHMS } from '../../core/signing/algorithms';
import { keyIdOf, spkiToPem } from './public-key';
import { publicSpkiOf, type PrivateKey } from './signers';

/**
 * The agency's private key at rest: passphrase → scrypt → AES-256-GCM, in a small JSON file.
 * Chosen over encrypted PKCS#8 PEM because one format then serves both algorithms (OpenSSL 3.0
 * and Node disagree on SM2 in PKCS#8, and sm-crypto has none), GCM's tag tells a wrong passphrase
 * from a damaged file without a padding oracle, and Electron's BoringSSL has both primitives.
 * The header (algorithm, key id, KDF parameters) is authenticated as associated data, so it cannot
 * be swapped; the public key travels in clear, so the fingerprint shows without the passphrase.
 */
const KDF = { name: 'scrypt', N: 131072, r: 8, p: 1 } as const;
/** 128 · N · r = 128 MiB for these parameters, plus headroom. */
const MAXMEM = 256 * 1024 * 1024;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const SealedKeySchema = z.strictObject({
  format: z.literal('qcd-sealed-key'),
  version: z.literal(1),
  alg: z.enum(SIGNATURE_ALGORITHMS),
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  publicKeyPem: z.string(),
  kdf: z.strictObject({ name: z.literal('scrypt'), N: z.number().int().min(16384).max(1048576), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: b64 }),
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), iv: b64, tag: b64 }),
  ciphertext: b64,
});
export type SealedKey = z.infer<typeof SealedKeySchema>;

function deriveKey(passphrase: string, kdf: SealedKey['kdf']): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFKC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: MAXMEM }, (e, key) => (e ? reject(e) : resolve(key)));
  });
}

const aad = (s: Pick<SealedKey, 'format' | 'version' | 'alg' | 'keyId' | 'kdf'>) =>
  Buffer.from(canonicalJson({ format: s.format, version: s.version, alg: s.alg, keyId: s.keyId, kdf: s.kdf }), 'utf8');

/** @example await sealPrivateKey(generatePrivateKey('ed25519'), '口令 passphrase') // '{"alg":"ed25519",…}' */
export async function sealPrivateKey(key: PrivateKey, passphrase: string): Promise<string> {
  const spki = publicSpkiOf(key);
  const kdf = { ...KDF, salt: randomBytes(16).toString('base64') };
  const header = { format: 'qcd-sealed-key', version: 1, alg: key.alg, keyId: keyIdOf(spki), kdf } as const;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, kdf), iv).setAAD(aad(header));
  const ciphertext = Buffer.concat([cipher.update(key.privateKey), cipher.final()]);
  const sealed: SealedKey = {
    ...header, publicKeyPem: spkiToPem(spki),
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    ciphertext: ciphertext.toString('base64'),
  };
  return `${JSON.stringify(sealed, null, 2)}\n`;
}

/** The public half of a sealed key file, readable without the passphrase. */
export function sealedKeyInfo(text: string): SealedKey | undefined {
  try {
    const parsed = SealedKeySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** E_KEY_PASSPHRASE for a wrong passphrase, a damaged file, or a key that is not the one it names. */
export async function unsealPrivateKey(text: string, passphrase: string): Promise<Result<PrivateKey>> {
  const s = sealedKeyInfo(text);
  if (!s) return refuse('E_KEY_PASSPHRASE', { reason: 'not a sealed key file' });
  const iv = Buffer.from(s.cipher.iv, 'base64');
  const tag = Buffer.from(s.cipher.tag, 'base64');
  // GCM would accept a truncated tag (down to 4 bytes): insist on the full 16.
  if (iv.length !== 12 || tag.length !== 16) return refuse('E_KEY_PASSPHRASE', { reason: 'bad iv or tag length' });
  try {
    const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, s.kdf), iv).setAAD(aad(s));
    decipher.setAuthTag(tag);
    const privateKey = new Uint8Array(Buffer.concat([decipher.update(Buffer.from(s.ciphertext, 'base64')), decipher.final()]));
    const key: PrivateKey = { alg: s.alg, privateKey };
    if (keyIdOf(publicSpkiOf(key)) !== s.keyId) return refuse('E_KEY_PASSPHRASE', { reason: 'key id mismatch' });
    return ok(key);
  } catch {
    return refuse('E_KEY_PASSPHRASE');
  }
}
