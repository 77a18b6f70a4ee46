import { z } from 'zod';
import { SIGNATURE_ALGORITHMS } from '../signing/algorithms';
import { FORMAT, FORMAT_VERSION, LIST_TYPES, PACKAGE_TYPES, isReservedPath } from './constants';
import { isSafeEntryName } from './entry-name';

/**
 * The manifest of formats.md §2, strict: an unknown member is a schema error, because every
 * byte of the manifest is signed and meant; a later format adds members under a new formatVersion.
 * Changes to formats.md §2, and why:
 * - `signatures` lists `{alg, keyId}` pairs instead of bare algorithm names: an agency signing
 *   with both Ed25519 and SM2 has two keys, and each signature must name the key it claims.
 *   `issuer.keyId` stays, and is the first signature's key.
 * - `expiresAt` is required: a package without an end date could be replayed for ever.
 * A manifest written to the letter of formats.md (`"signatures": ["ed25519"]`) is read too: a bare
 * algorithm name claims the issuer's key, so another implementation signing with one key interoperates.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制');
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const sequence = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A time with an explicit offset, as written by toBeijingIso, that Date can read. */
const instant = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/, '应为带时区的 ISO 时间')
  .refine((s) => Number.isFinite(Date.parse(s)), '时间不存在');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD');

export const ManifestFileSchema = z.strictObject({
  path: z.string().refine((p) => isSafeEntryName(p) && !isReservedPath(p), '路径不安全或为保留名称'),
  mediaType: z.string().min(1).max(200),
  size: count,
  sha256: hex64,
  sm3: hex64,
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const ManifestSignatureSchema = z.strictObject({ alg: z.enum(SIGNATURE_ALGORITHMS), keyId: hex64 });

export const ManifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  packageId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '应为小写 UUID'),
  packageType: z.enum(PACKAGE_TYPES),
  issuer: z.strictObject({ agencyCode: z.string().min(1).max(64), agencyName: z.string().min(1).max(200), keyId: hex64 }),
  /** `["*"]` for everyone, else the unified social credit codes of the receiving agencies. */
  audience: z.array(z.string().min(1).max(64)).min(1).max(1000),
  stream: z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/, '流标识格式错误').max(100),
    sequence,
    prevManifestSha256: hex64.optional(),
    baseSnapshotSequence: sequence.optional(),
  }),
  issuedAt: instant,
  expiresAt: instant,
  listType: z.enum(LIST_TYPES).optional(),
  period: z.strictObject({ from: day, to: day }).optional(),
  documentNo: z.string().min(1).max(200).optional(),
  files: z.array(ManifestFileSchema).max(1000),
  stats: z.strictObject({ entries: count, added: count, amended: count, removed: count }).optional(),
  stateSha256: hex64.optional(),
  signatures: z.array(z.union([ManifestSignatureSchema, z.enum(SIGNATURE_ALGORITHMS)])).min(1).max(SIGNATURE_ALGORITHMS.length),
  generator: z.strictObject({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
}).transform((m) => ({
  ...m, signatures: m.signatures.map((s) => (typeof s === 'string' ? { alg: s, keyId: m.issuer.keyId } : s)),
})).superRefine((m, ctx) => {
  const problem = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: 'custom', message, path });
  if (m.signatures[0]?.keyId !== m.issuer.keyId) problem('issuer.keyId 应为第一个签名的密钥', ['issuer', 'keyId']);
  if (new Set(m.signatures.map((s) => s.alg)).size !== m.signatures.length) problem('每种算法只能签名一次', ['signatures']);
  if (new Set(m.audience).size !== m.audience.length) problem('接收方重复', ['audience']);
  if (m.audience.includes('*') && m.audience.length > 1) problem('"*" 不能与具体接收方并列', ['audience']);
  for (let i = 1; i < m.files.length; i++) {
    // Sorted and unique by path, so that the same package always has the same manifest bytes.
    if (!((m.files[i - 1]?.path ?? '') < (m.files[i]?.path ?? ''))) problem('文件须按路径排序且不重复', ['files', i, 'path']);
  }
  if (Date.parse(m.expiresAt) <= Date.parse(m.issuedAt)) problem('有效期须晚于签发时间', ['expiresAt']);
  if (m.period && m.period.from > m.period.to) problem('期间起止颠倒', ['period']);
  const { sequence: seq, prevManifestSha256, baseSnapshotSequence } = m.stream;
  if (m.packageType === 'delta') {
    if (prevManifestSha256 === undefined || baseSnapshotSequence === undefined) problem('增量包须有 prevManifestSha256 与 baseSnapshotSequence', ['stream']);
    if (seq < 2) problem('增量包序号至少为 2', ['stream', 'sequence']);
  }
  if (baseSnapshotSequence !== undefined && baseSnapshotSequence >= seq) problem('全量包序号须早于本包', ['stream', 'baseSnapshotSequence']);
});
export type Manifest = z.infer<typeof ManifestSchema>;
