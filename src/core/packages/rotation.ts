import { z } from 'zod';
import { canonicalJson } from '../shared/canonical-json';
import { ok, type Result } from '../shared/result';
import { SIGNATURE_ALGORITHMS, SIGNATURE_PATHS, type SignatureAlgorithm } from '../signing/algorithms';
import type { PublicKey, SignatureVerifier, TrustedKey } from '../signing/ports';
import { utf8Decode } from './bytes';
import type { Manifest } from './manifest-schema';
import { refuse } from './package-error';

/** Where a key-rotation package (formats.md §3) keeps its parts; written by backend/services/keys/rotate. */
export const STATEMENT_PATH = 'rotation/statement.json';
export const NEW_KEY_PATH = 'rotation/new-key.pem';
/** `rotation/statement.sig.ed25519` or `.sm2`: the new key's signature over the statement's exact bytes. */
export const statementSigPath = (alg: SignatureAlgorithm): string => `rotation/statement.sig.${SIGNATURE_PATHS[alg].split('.').pop() ?? alg}`;

const keyRef = z.strictObject({ alg: z.enum(SIGNATURE_ALGORITHMS), keyId: z.string().regex(/^[0-9a-f]{64}$/) });

/** The statement the new key signs: both keys, and up to which sequence of each stream the old one stays valid. */
export const RotationStatementSchema = z.strictObject({
  format: z.literal('qcd-key-rotation'), version: z.literal(1),
  agencyCode: z.string().min(1).max(64), agencyName: z.string().max(200), packageId: z.string().min(1).max(100), issuedAt: z.string().max(40),
  oldKey: keyRef, newKey: keyRef,
  oldKeyValidThrough: z.record(z.string().min(1).max(100), z.number().int().nonnegative()),
});
export type RotationStatement = z.infer<typeof RotationStatementSchema>;

export type Rotation = { statement: RotationStatement; oldKey: TrustedKey; newKey: PublicKey };

/**
 * A verified key-rotation package's own checks (the manifest's signature by a trusted key of the
 * issuer and every file's digest are verifyPackage's): the statement is canonical JSON of its
 * schema, names the manifest's issuer and package, its old key is a key that signed the manifest,
 * its new key is the enclosed public key, and that new key signed the statement's exact bytes.
 * So the package is signed by both keys, each over what it vouches for.
 *
 * @example checkRotation(files, manifest, signedBy, { verifier, publicKeyFromPem })
 */
export function checkRotation(
  files: ReadonlyMap<string, Uint8Array>, m: Manifest, signedBy: readonly TrustedKey[],
  o: { verifier: SignatureVerifier; publicKeyFromPem(pem: string): PublicKey | undefined },
): Result<Rotation> {
  if (m.packageType !== 'key-rotation') return refuse('E_MANIFEST_SCHEMA', { packageType: m.packageType, reason: 'not a key-rotation package' }, '不是密钥轮换包');
  const bytes = files.get(STATEMENT_PATH);
  const pem = files.get(NEW_KEY_PATH);
  if (bytes === undefined) return refuse('E_FILE_MISSING', { path: STATEMENT_PATH }, STATEMENT_PATH);
  if (pem === undefined) return refuse('E_FILE_MISSING', { path: NEW_KEY_PATH }, NEW_KEY_PATH);
  const text = utf8Decode(bytes);
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = RotationStatementSchema.safeParse(json);
  if (!parsed.success) return refuse('E_DATA_SCHEMA', { path: STATEMENT_PATH, issue: parsed.error.issues[0]?.message }, STATEMENT_PATH);
  const s = parsed.data;
  if (canonicalJson(s) !== text) return refuse('E_DATA_SCHEMA', { path: STATEMENT_PATH, reason: 'not canonical JSON' }, STATEMENT_PATH);
  if (s.agencyCode !== m.issuer.agencyCode || s.packageId !== m.packageId) {
    return refuse('E_DATA_SCHEMA', { path: STATEMENT_PATH, reason: 'names another issuer or package', agencyCode: s.agencyCode, packageId: s.packageId }, '轮换声明与数据包不符');
  }
  const oldKey = signedBy.find((k) => k.alg === s.oldKey.alg && k.keyId === s.oldKey.keyId);
  if (oldKey === undefined) return refuse('E_KEY_UNKNOWN', { path: STATEMENT_PATH, reason: 'the old key did not sign the manifest', keyId: s.oldKey.keyId }, '轮换声明所称的旧密钥未签署本数据包');
  const newKey = utf8Decode(pem) === undefined ? undefined : o.publicKeyFromPem(utf8Decode(pem) ?? '');
  if (newKey === undefined || newKey.alg !== s.newKey.alg || newKey.keyId !== s.newKey.keyId) {
    return refuse('E_DATA_SCHEMA', { path: NEW_KEY_PATH, reason: 'not the new key the statement names' }, NEW_KEY_PATH);
  }
  if (newKey.keyId === oldKey.keyId) return refuse('E_DATA_SCHEMA', { path: STATEMENT_PATH, reason: 'the new key is the old key' }, STATEMENT_PATH);
  const sigPath = statementSigPath(newKey.alg);
  const signature = files.get(sigPath);
  if (signature === undefined) return refuse('E_SIG_MISSING', { path: sigPath }, sigPath);
  if (!o.verifier(newKey.alg, newKey.spki, bytes, signature)) return refuse('E_SIG_INVALID', { path: sigPath, keyId: newKey.keyId }, '新密钥对轮换声明的签名无效');
  return ok({ statement: s, oldKey, newKey });
}
