import { z } from 'zod';
import { defineCall } from './define';

export const TrustedKeySchema = z.object({
  id: z.number().int(), agencyCode: z.string(), agencyName: z.string(), alg: z.string(), keyId: z.string(),
  /** The key id in groups of four, as people read it aloud to each other. */
  fingerprint: z.string(), spkiPem: z.string(), confirmedBy: z.string(), confirmedAt: z.string(),
  validFromSequence: z.number().int().nullable(), revokedAfterSequence: z.number().int().nullable(),
  revokedAt: z.string().nullable(), revokedBy: z.string().nullable(),
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
