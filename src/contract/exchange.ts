import { z } from 'zod';
import { defineCall } from './define';
import { PassphraseSchema } from './keys';
import { MatchCandidateSchema } from './announcements';
import { IssuedPackageSchema, PackageStatsSchema } from './publications';
import type { ErrorCode } from '../core/shared/errors';

/**
 * Red/black list exchange between agencies (formats.md §1–§5): outgoing streams (one per list
 * type, snapshot or delta), incoming packages (every check of §4, a preview, one transaction),
 * per-stream state with a silence warning, and the review of external entries named without a
 * code that matches one of ours.
 */

/** Every refusal an incoming package can meet, in the order of formats.md §4. */
export const PACKAGE_REFUSALS = [
  'E_ZIP_UNSAFE', 'E_ZIP_LIMITS', 'E_MIMETYPE', 'E_SIG_MISSING', 'E_SIG_INVALID', 'E_ALG_UNSUPPORTED', 'E_KEY_UNKNOWN', 'E_KEY_REVOKED',
  'E_KEY_NOT_ISSUER', 'E_MANIFEST_SCHEMA', 'E_MANIFEST_NONCANONICAL', 'E_FORMAT_VERSION', 'E_NOT_FOR_US', 'I_ALREADY_IMPORTED', 'E_SEQ_GAP',
  'E_SEQ_ROLLBACK', 'E_SEQ_EQUIVOCATION', 'E_CHAIN_BROKEN', 'E_EXPIRED', 'E_TIME_REGRESSION', 'E_FILE_MISSING', 'E_FILE_UNLISTED',
  'E_SIZE_MISMATCH', 'E_DIGEST_MISMATCH', 'E_DATA_SCHEMA', 'E_CONTENT_DIGEST', 'E_STATS_MISMATCH', 'E_STATE_DIGEST_MISMATCH',
  'E_BASE_SNAPSHOT_MISSING', 'E_DB_WRITE',
] as const satisfies readonly ErrorCode[];

/** `black` / `red` (every list type published under it) or one list type id, as publications take it. */
const StreamKeySchema = z.string().trim().min(1).max(64);

export const exchangeExport = defineCall({
  channel: 'exchange:export', summary: '生成互联共享数据包（全量或增量，签名）', access: ['reviewer', 'admin'], mutates: true, progress: true,
  input: z.object({
    stream: StreamKeySchema,
    /** A snapshot carries the whole list and restarts the chain; otherwise a delta since the last package. */
    snapshot: z.boolean().default(false),
    /** `['*']` for every agency, else the receiving agencies' unified social credit codes. */
    audience: z.array(z.string().trim().min(1).max(64)).min(1).max(1000).default(['*']),
    /** Days until the package expires (a receiver refuses it afterwards). */
    validDays: z.number().int().min(1).max(3650).default(90),
    passphrase: PassphraseSchema,
  }),
  output: IssuedPackageSchema.extend({
    stats: PackageStatsSchema,
    signers: z.array(z.object({ alg: z.string(), keyId: z.string(), fingerprint: z.string() })),
  }),
  errors: ['E_KEY_NONE', 'E_KEY_PASSPHRASE', 'E_AGENCY_UNSET', 'E_LIST_TYPE_UNKNOWN', 'E_CANCELLED'],
});

export const ExchangeMatchSchema = z.object({
  /** sure: linked to `enterprise`; candidate: waits for a person's review; none: no local dossier. */
  verdict: z.enum(['sure', 'candidate', 'none']),
  via: z.enum(['uscc', 'org-code', 'registration-number', 'decision', 'name', 'none']),
  enterprise: z.object({ id: z.number().int(), uscc: z.string(), name: z.string() }).nullable(),
  candidates: z.array(MatchCandidateSchema),
  ruledOut: z.number().int(),
});

/** One record of the package as it would change our copy. */
export const ExchangeChangeSchema = z.object({
  /** The issuer's permanent record id. */
  id: z.string(),
  change: z.enum(['added', 'amended', 'removed', 'dropped']),
  listType: z.string(),
  status: z.string(),
  subjectName: z.string(),
  subjectUscc: z.string().nullable(),
  reason: z.string(),
  listedOn: z.string().nullable(),
  match: ExchangeMatchSchema,
});

const ErrorViewSchema = z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() });

export const ExchangePreviewSchema = z.object({
  /** Every check of formats.md §4 passed (the state digest included); apply would write it. */
  acceptable: z.boolean(),
  /** The first failing check, with its stable code and Chinese message; I_ALREADY_IMPORTED for a replay. */
  error: ErrorViewSchema.nullable(),
  packageSha256: z.string(),
  fileName: z.string(),
  manifestSha256: z.string().nullable(),
  issuer: z.object({ agencyCode: z.string(), agencyName: z.string() }).nullable(),
  packageType: z.string().nullable(),
  streamId: z.string().nullable(),
  sequence: z.number().int().nullable(),
  issuedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** True when an expiry override let an expired package through. */
  expired: z.boolean(),
  stats: PackageStatsSchema.nullable(),
  /** Entries of this issuer's stream here after applying (what the state digest covers). */
  stateSha256: z.string().nullable(),
  counts: z.object({ added: z.number().int(), amended: z.number().int(), removed: z.number().int(), dropped: z.number().int(), unchanged: z.number().int() }),
  matches: z.object({ linked: z.number().int(), review: z.number().int(), none: z.number().int() }),
  /** The changes, at most `limit` of them (a snapshot of a million entries is summarised by the counts). */
  changes: z.array(ExchangeChangeSchema),
});
export type ExchangePreview = z.infer<typeof ExchangePreviewSchema>;

const PackageInputSchema = z.object({
  contentBase64: z.string().max(2_900_000_000),
  fileName: z.string().trim().min(1).max(255),
  /** A reviewer's override of E_EXPIRED: the reason is recorded in the audit row. */
  expiredOverrideReason: z.string().trim().min(2).max(500).optional(),
});

export const exchangeImportPreview = defineCall({
  channel: 'exchange:import-preview', summary: '预览互联共享数据包：逐项验证并显示新增、变更、移出及企业匹配，不写入任何数据',
  access: ['officer', 'reviewer', 'admin'], mutates: false, progress: true,
  input: PackageInputSchema.extend({ limit: z.number().int().min(0).max(1000).default(200) }),
  output: ExchangePreviewSchema,
  errors: ['E_VALIDATION', 'E_AGENCY_UNSET'],
});

export const exchangeImportApply = defineCall({
  channel: 'exchange:import-apply', summary: '导入互联共享数据包（全部检查通过后一次性写入）', access: ['officer', 'reviewer', 'admin'], mutates: true, progress: true,
  input: PackageInputSchema.extend({
    /** The package the person previewed: refused when the bytes differ. */
    expectedPackageSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  }),
  output: z.object({
    /** applied: written; already-imported: the same package was imported before, nothing written (I_ALREADY_IMPORTED). */
    outcome: z.enum(['applied', 'already-imported']),
    packageSha256: z.string(),
    manifestSha256: z.string(),
    issuer: z.object({ agencyCode: z.string(), agencyName: z.string() }),
    streamId: z.string(),
    sequence: z.number().int(),
    stateSha256: z.string().nullable(),
    counts: ExchangePreviewSchema.shape.counts,
    matches: ExchangePreviewSchema.shape.matches,
  }),
  errors: [...PACKAGE_REFUSALS, 'E_FORBIDDEN', 'E_AGENCY_UNSET', 'E_EXCHANGE_PREVIEW_MISMATCH'],
});

export const IncomingStreamSchema = z.object({
  issuer: z.string(),
  agencyName: z.string().nullable(),
  streamId: z.string(),
  lastSequence: z.number().int(),
  lastIssuedAt: z.string(),
  lastImportedAt: z.string(),
  lastStateSha256: z.string().nullable(),
  baseSnapshotSequence: z.number().int().nullable(),
  /** External entries of the stream held here, and of those on the list now. */
  entries: z.number().int(),
  active: z.number().int(),
  /** Days since the last package was issued; `silent` when longer than the configured period. */
  silentDays: z.number().int(),
  silent: z.boolean(),
});

export const OutgoingStreamSchema = z.object({
  streamId: z.string(), lastSequence: z.number().int(), lastIssuedAt: z.string(), entries: z.number().int(), lastPackageId: z.number().int(),
});

export const exchangeStreams = defineCall({
  channel: 'exchange:streams', summary: '互联共享数据流：各合作机构最近序号与日期，长期未更新的提醒', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}),
  output: z.object({
    /** The configured period after which a silent incoming stream is flagged (updates possibly withheld). */
    silenceDays: z.number().int(),
    incoming: z.array(IncomingStreamSchema),
    outgoing: z.array(OutgoingStreamSchema),
    received: z.array(z.object({
      id: z.number().int(), issuer: z.string().nullable(), streamId: z.string().nullable(), sequence: z.number().int().nullable(),
      packageSha256: z.string(), manifestSha256: z.string().nullable(), fileName: z.string(), status: z.string(), receivedAt: z.string(), receivedBy: z.string(),
    })),
  }),
  errors: [],
});

export const exchangeSetSilence = defineCall({
  channel: 'exchange:set-silence', summary: '设置数据流长期未更新提醒的天数', access: ['admin'], mutates: true,
  input: z.object({ silenceDays: z.number().int().min(1).max(3650) }),
  output: z.object({ silenceDays: z.number().int() }),
  errors: [],
});

/** An external list entry as we hold it. */
export const ExternalEntrySchema = z.object({
  entryId: z.number().int(),
  issuer: z.string(),
  agencyName: z.string().nullable(),
  streamId: z.string(),
  externalId: z.string(),
  listType: z.string(),
  status: z.string(),
  subjectName: z.string(),
  subjectUscc: z.string().nullable(),
  reason: z.string(),
  legalBasis: z.string(),
  authority: z.string().nullable(),
  decisionDocNo: z.string().nullable(),
  listedOn: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  removedOn: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  /** linked: tied to a dossier; review: name-only candidates wait for a person; none: no dossier here. */
  matchState: z.enum(['linked', 'review', 'none']),
});

export const exchangeEntries = defineCall({
  channel: 'exchange:entries', summary: '外部名单记录（联合惩戒）：按企业、发布机关或待识别筛选', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({
    enterpriseId: z.number().int().positive().optional(),
    issuer: z.string().trim().max(64).optional(),
    matchState: z.enum(['linked', 'review', 'none']).optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  }),
  output: z.object({ total: z.number().int(), items: z.array(ExternalEntrySchema) }),
  errors: [],
});

export const exchangeReviewList = defineCall({
  channel: 'exchange:review-list', summary: '外部名单待识别企业：仅有名称相近的候选企业（附得分构成）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(50) }),
  output: z.object({
    total: z.number().int(),
    items: z.array(ExternalEntrySchema.extend({ subjectKey: z.string(), candidates: z.array(MatchCandidateSchema) })),
  }),
  errors: [],
});

export const exchangeReviewResolve = defineCall({
  channel: 'exchange:review-resolve', summary: '确认外部名单记录对应的企业：同一企业（关联）、不是或尚不确定；决定会在以后导入时沿用',
  access: ['officer', 'reviewer', 'admin'], mutates: true,
  input: z.object({
    entryId: z.number().int().positive(),
    enterpriseId: z.number().int().positive().nullable(),
    decision: z.enum(['same', 'not-same', 'unsure']),
  }).refine((v) => v.decision !== 'same' || v.enterpriseId !== null, { message: '确认为同一企业时须指定企业', path: ['enterpriseId'] }),
  output: z.object({
    decision: z.enum(['same', 'not-same', 'unsure']),
    enterpriseId: z.number().int().nullable(),
    /** Every external entry of the same subject linked by this decision. */
    linkedEntryIds: z.array(z.number().int()),
  }),
  errors: ['E_NOT_FOUND', 'E_REVIEW_NOT_WAITING'],
});
