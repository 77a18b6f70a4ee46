import { z } from 'zod';
import { defineCall } from './define';

/**
 * The agency's own signing keys. Only public halves ever cross to the renderer: the sealed
 * private key stays in the backend, and the passphrase is used once to unseal it and forgotten
 * (never stored, never audited).
 */
export const KEY_ALGORITHMS = ['ed25519', 'sm2'] as const;
export const KeyAlgSchema = z.enum(KEY_ALGORITHMS);

/** The signing passphrase: long enough to resist guessing against a stolen database file. */
export const PassphraseSchema = z.string().min(8, '口令至少 8 个字符').max(1024);

export const SigningKeySchema = z.object({
  id: z.number().int(),
  /** `ed25519` or `sm2-sm3`, as in package manifests. */
  alg: z.string(),
  keyId: z.string(),
  /** The key id in groups of four, as people read it aloud. */
  fingerprint: z.string(),
  spkiPem: z.string(),
  status: z.enum(['active', 'retired', 'revoked']),
  createdAt: z.string(),
  createdBy: z.string(),
  retiredAt: z.string().nullable(),
});
export type SigningKeyView = z.infer<typeof SigningKeySchema>;

export const AgencySchema = z.object({ code: z.string(), name: z.string() });

export const keysGenerate = defineCall({
  channel: 'keys:generate', summary: '生成本机关签名密钥（私钥以口令加密保存）', access: ['admin'], mutates: true,
  input: z.object({
    alg: KeyAlgSchema,
    /** Every active key is sealed under one passphrase: with a key already active, this must unseal it. */
    passphrase: PassphraseSchema,
    /** The agency's unified social credit code and name: required the first time, kept for every package. */
    agencyCode: z.string().trim().min(1).max(64).optional(),
    agencyName: z.string().trim().min(1).max(200).optional(),
  }),
  output: z.object({ key: SigningKeySchema, agency: AgencySchema }),
  errors: ['E_KEY_EXISTS', 'E_KEY_PASSPHRASE', 'E_AGENCY_UNSET', 'E_USCC_FORMAT'],
});

export const keysList = defineCall({
  channel: 'keys:list', summary: '本机关签名密钥（仅公钥信息）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}),
  output: z.object({ agency: AgencySchema.nullable(), keys: z.array(SigningKeySchema) }),
  errors: [],
});

export const keysExportPublic = defineCall({
  channel: 'keys:export-public', summary: '导出公钥（PEM）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }),
  output: z.object({ pem: z.string(), fileName: z.string(), fingerprint: z.string() }),
  errors: ['E_NOT_FOUND'],
});

export const keysRotate = defineCall({
  channel: 'keys:rotate', summary: '轮换签名密钥：新密钥与密钥轮换包（新旧密钥共同签署）', access: ['admin'], mutates: true,
  input: z.object({
    alg: KeyAlgSchema,
    /** Unseals the current keys (the rotated one signs the rotation package). */
    passphrase: PassphraseSchema,
    /** Seals the new key, and re-seals the other active keys, so one passphrase still opens them all. */
    newPassphrase: PassphraseSchema,
  }),
  output: z.object({
    key: SigningKeySchema, retired: SigningKeySchema,
    package: z.object({ id: z.number().int(), fileName: z.string(), streamId: z.string(), sequence: z.number().int(), packageSha256: z.string(), manifestSha256: z.string() }),
  }),
  errors: ['E_KEY_NONE', 'E_KEY_PASSPHRASE', 'E_AGENCY_UNSET'],
});
