import { z } from 'zod';
import { defineCall } from './define';
import { PassphraseSchema } from './keys';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const PackageStatsSchema = z.object({
  entries: z.number().int(), added: z.number().int(), amended: z.number().int(), removed: z.number().int(),
});

/** One package this agency issued (a publication or a key rotation); the bytes come through export. */
export const IssuedPackageSchema = z.object({
  id: z.number().int(),
  packageType: z.string(),
  streamId: z.string(),
  sequence: z.number().int(),
  docNo: z.string().nullable(),
  /** The list type or publication category the publication covers (`black`, `red`, or a list type id). */
  listType: z.string().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  entries: z.number().int(),
  manifestSha256: z.string(),
  stateSha256: z.string().nullable(),
  packageSha256: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  issuedAt: z.string(),
  issuedBy: z.string(),
});
export type IssuedPackage = z.infer<typeof IssuedPackageSchema>;

export const publicationsIssue = defineCall({
  channel: 'publications:issue', summary: '发布名单公告（签名数据包）', access: ['reviewer', 'admin'], mutates: true, progress: true,
  input: z.object({
    /** `black` / `red` (every list type published under it), or one list type id such as `serious-dishonesty`. */
    listType: z.string().trim().min(1).max(64),
    from: IsoDate,
    /** The cut-off: the snapshot is the list as it stood at the end of this day. */
    to: IsoDate,
    docNo: z.string().trim().min(1, '请填写文号').max(200),
    /** The announcement's date (发布日期); today when omitted. Fixed input, so the package rebuilds byte for byte. */
    issuedOn: IsoDate.optional(),
    passphrase: PassphraseSchema,
  }).refine((v) => v.from <= v.to, { message: '起始日期不能晚于截止日期', path: ['to'] }),
  output: IssuedPackageSchema.extend({ stats: PackageStatsSchema, signers: z.array(z.object({ alg: z.string(), keyId: z.string(), fingerprint: z.string() })) }),
  errors: ['E_PUBLICATION_EXISTS', 'E_PUBLICATION_DATE', 'E_KEY_NONE', 'E_KEY_PASSPHRASE', 'E_AGENCY_UNSET', 'E_LIST_TYPE_UNKNOWN', 'E_CANCELLED'],
});

/**
 * What issuing would publish, before the irreversible step: counts only, nothing signed or stored.
 * The same selection as `publications:issue`, so the numbers shown are the numbers issued.
 */
export const publicationsPreview = defineCall({
  channel: 'publications:preview', summary: '发布前预览：截止日在册条目数与期间变化', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ listType: z.string().trim().min(1).max(64), from: IsoDate, to: IsoDate })
    .refine((v) => v.from <= v.to, { message: '起始日期不能晚于截止日期', path: ['to'] }),
  output: z.object({
    streamId: z.string(),
    /** The sequence the publication would get on its stream. */
    sequence: z.number().int(),
    /** Entries still on the list at the end of the cut-off day. */
    active: z.number().int(),
    stats: PackageStatsSchema,
    previous: z.object({ docNo: z.string().nullable(), issuedAt: z.string(), periodTo: z.string().nullable() }).nullable(),
  }),
  errors: ['E_LIST_TYPE_UNKNOWN'],
});

export const publicationsList = defineCall({
  channel: 'publications:list', summary: '已发布的数据包（公告与密钥轮换包）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ packageType: z.string().max(32).optional() }),
  output: z.array(IssuedPackageSchema),
  errors: [],
});

export const publicationsExport = defineCall({
  channel: 'publications:export', summary: '导出已发布的数据包（与发布时逐字节相同）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ docNo: z.string().trim().min(1).max(200).optional(), id: z.number().int().positive().optional() })
    .refine((v) => (v.docNo === undefined) !== (v.id === undefined), { message: '请给出文号或编号之一' }),
  output: z.object({ fileName: z.string(), packageSha256: z.string(), contentBase64: z.string() }),
  errors: ['E_NOT_FOUND'],
});

const SignerViewSchema = z.object({
  alg: z.string(), keyId: z.string(), fingerprint: z.string(),
  /** `own`: one of this agency's keys; `partner`: in the trust registry; null: not trusted here. */
  trustedAs: z.enum(['own', 'partner']).nullable(),
  agencyName: z.string().nullable(),
});

export const packagesInspect = defineCall({
  channel: 'packages:inspect', summary: '查看并验证签名数据包（.qcp），不写入任何数据', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({
    contentBase64: z.string().max(2_900_000_000),
    /** Only keys of this agency and of the trust registry: no integrity check with the package's own key. */
    trustedOnly: z.boolean().optional(),
  }),
  output: z.object({
    /** Signature by a trusted key, and every file, check out. */
    verified: z.boolean(),
    /** Signature and files check out, possibly only with the package's own key (integrity, not identity). */
    intact: z.boolean(),
    error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }).nullable(),
    packageSha256: z.string(),
    manifestSha256: z.string().nullable(),
    manifest: z.record(z.string(), z.unknown()).nullable(),
    signers: z.array(SignerViewSchema),
    files: z.array(z.object({ path: z.string(), size: z.number().int(), sha256: z.string(), matches: z.boolean() })),
    entries: z.object({ total: z.number().int(), preview: z.array(z.record(z.string(), z.unknown())) }).nullable(),
  }),
  errors: ['E_VALIDATION'],
});
