import { z } from 'zod';
import { defineCall } from './define';

export const TrustedKeySchema = z.object({
  id: z.number().int(), agencyCode: z.string(), agencyName: z.string(), alg: z.string(), keyId: z.string(),
  /** The key id in groups of four, as people read it aloud to each other. */
  fingerprint: z.string(), spkiPem: z.string(), confirmedBy: z.string(), confirmedAt: z.string(),
  validFromSequence: z.number().int().nullable(), revokedAfterSequence: z.number().int().nullable(),
  revokedAt: z.string().nullable(), revokedBy: z.string().nullable(),
  /** A key rotated away: per stream, the last sequence it may sign (nothing on other streams). */
  validThrough: z.record(z.string(), z.number().int()).nullable(),
});
export type TrustedKeyView = z.infer<typeof TrustedKeySchema>;

export const trustAdd = defineCall({
  channel: 'trust:add', summary: '登记合作机构公钥（须核对完整指纹）', access: ['admin'], mutates: true,
  input: z.object({
    /** The partner agency's unified social credit code. */
    agencyCode: z.string().trim().min(1).max(64),
    agencyName: z.string().trim().min(1, '请填写机构名称').max(200),
    pem: z.string().max(10_000),
    /** The whole fingerprint as the person typed it from the partner's letter or call (spaces allowed). */
    fingerprint: z.string().max(200),
    validFromSequence: z.number().int().positive().optional(),
  }),
  output: TrustedKeySchema, errors: ['E_KEY_FORMAT', 'E_FINGERPRINT_MISMATCH', 'E_KEY_ALREADY_TRUSTED'],
});

export const trustList = defineCall({
  channel: 'trust:list', summary: '合作机构公钥登记簿', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ agencyCode: z.string().trim().max(64).optional() }), output: z.array(TrustedKeySchema), errors: [],
});

export const trustRevoke = defineCall({
  channel: 'trust:revoke', summary: '吊销合作机构公钥', access: ['admin'], mutates: true,
  input: z.object({
    id: z.number().int().positive(),
    /** Packages after this sequence are refused; without it, every package signed by the key is. */
    afterSequence: z.number().int().nonnegative().optional(),
    reason: z.string().trim().min(2, '请填写吊销原因').max(500),
  }),
  output: TrustedKeySchema, errors: ['E_NOT_FOUND', 'E_ALREADY_DECIDED'],
});

const RotationInputSchema = z.object({
  contentBase64: z.string().max(70_000_000),
  fileName: z.string().trim().min(1).max(255),
});

const KeyRefSchema = z.object({ alg: z.string(), keyId: z.string(), fingerprint: z.string() });

/** A partner's key-rotation package as checked: who rotated which key to which, and what the old key still covers. */
export const TrustRotationSchema = z.object({
  packageSha256: z.string(), agencyCode: z.string(), agencyName: z.string(), packageId: z.string(), sequence: z.number().int(), issuedAt: z.string(),
  oldKey: KeyRefSchema, newKey: KeyRefSchema.extend({ spkiPem: z.string(), alreadyTrusted: z.boolean() }),
  validThrough: z.record(z.string(), z.number().int()),
});
export type TrustRotationView = z.infer<typeof TrustRotationSchema>;

const ROTATION_ERRORS = ['E_VALIDATION', 'E_AGENCY_UNSET', 'E_ZIP_LIMITS', 'E_ZIP_UNSAFE', 'E_MIMETYPE', 'E_SIG_MISSING', 'E_SIG_INVALID', 'E_KEY_UNKNOWN',
  'E_KEY_NOT_ISSUER', 'E_KEY_REVOKED', 'E_MANIFEST_SCHEMA', 'E_MANIFEST_NONCANONICAL', 'E_FORMAT_VERSION', 'E_NOT_FOR_US', 'E_EXPIRED', 'E_FILE_MISSING',
  'E_FILE_UNLISTED', 'E_SIZE_MISMATCH', 'E_DIGEST_MISMATCH', 'E_DATA_SCHEMA', 'E_SEQ_ROLLBACK', 'E_SEQ_EQUIVOCATION', 'E_TIME_REGRESSION', 'I_ALREADY_IMPORTED'] as const;

export const trustRotationPreview = defineCall({
  channel: 'trust:rotation-preview', summary: '检查合作机构的密钥轮换包（须由已登记的旧密钥与新密钥共同签署），不写入任何数据',
  access: ['admin'], mutates: false, input: RotationInputSchema, output: TrustRotationSchema, errors: [...ROTATION_ERRORS],
});

export const trustRotationApply = defineCall({
  channel: 'trust:rotation-apply', summary: '导入合作机构的密钥轮换包：登记新密钥，旧密钥此后只对此前的序号有效',
  access: ['admin'], mutates: true,
  input: RotationInputSchema.extend({ expectedPackageSha256: z.string().regex(/^[0-9a-f]{64}$/).optional() }),
  output: TrustRotationSchema, errors: [...ROTATION_ERRORS, 'E_EXCHANGE_PREVIEW_MISMATCH'],
});
