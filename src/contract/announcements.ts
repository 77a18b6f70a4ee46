import { z } from 'zod';
import { PLAN_TYPES } from '../core/records/details/spot-checks';
import { SEVERITIES } from '../core/records/record';
import { ErrorCodeSchema } from './common';
import { defineCall } from './define';
import { MAX_IMPORT_BASE64 } from './imports';

/**
 * Files agencies publish as they are (spot-check result and follow-up tables) and other
 * departments' penalty and licence lists: read without a template, matched to the register by
 * code or by name and place, and firms that cannot be identified surely wait for a person.
 */

export const AnnouncementKindSchema = z.enum(['spot-checks', 'penalties', 'licences']);
export type AnnouncementKind = z.infer<typeof AnnouncementKindSchema>;

/** Field → the header (as the preview labels it) to read it from, or null to leave it out. */
export const ColumnMappingSchema = z.record(z.string().min(1).max(40), z.string().max(100).nullable());
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** What the file does not say and every row needs; each default used is listed in `assumptions`. */
export const AnnouncementDefaultsSchema = z.object({
  /** The announcement's date: the sampling date of rows without one, and the date of follow-up steps. Default: today. */
  announcedOn: IsoDaySchema.optional(),
  /** The department that organised the checks or decided: default from the title rows, else "公告未载明". */
  authority: z.string().trim().min(1).max(200).optional(),
  planType: z.enum(PLAN_TYPES).optional(),
  /** Penalty lists rarely state 严重程度: default 'general'. */
  severity: z.enum(SEVERITIES).optional(),
});

export const RowProblemSchema = z.object({
  row: z.number().int(),
  /** The column's header as the preview labels it ('' for a row-level problem). */
  column: z.string(),
  field: z.string(),
  code: ErrorCodeSchema,
  message: z.string(),
  original: z.string(),
  /** True when the row cannot be imported because of it; false for a cell kept as written. */
  blocking: z.boolean(),
});
export type RowProblem = z.infer<typeof RowProblemSchema>;

const ScorePartsSchema = z.record(z.string(), z.number());

export const MatchCandidateSchema = z.object({
  enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), address: z.string(),
  score: z.number(), parts: ScorePartsSchema, reason: z.string(),
});

/** A firm named in the file and what matching made of it. */
export const FirmMatchSchema = z.object({
  key: z.string(),
  name: z.string(),
  place: z.string(),
  rows: z.array(z.number().int()),
  /** sure: linked; candidate: a person reviews; none: awaits identification. */
  verdict: z.enum(['sure', 'candidate', 'none']),
  /** uscc / org-code / registration-number: by identifier; decision: a person's earlier 'same'. */
  via: z.enum(['uscc', 'org-code', 'registration-number', 'decision', 'name', 'none']),
  enterprise: z.object({ id: z.number().int(), uscc: z.string(), name: z.string() }).nullable(),
  candidates: z.array(MatchCandidateSchema),
  /** Candidates a person earlier ruled out ('not-same'), left out of `candidates`. */
  ruledOut: z.number().int(),
});

const FieldValueSchema = z.object({ text: z.string(), original: z.string(), precision: z.string().optional() });

export const PreviewRowSchema = z.object({
  row: z.number().int(),
  /** import: linked; review: waits for identification; update: a follow-up step; unchanged: nothing to apply; rejected. */
  status: z.enum(['import', 'review', 'update', 'unchanged', 'rejected']),
  values: z.record(z.string(), FieldValueSchema),
  problems: z.array(RowProblemSchema),
  firmKey: z.string().nullable(),
  /** Follow-up rows: the earlier check and the steps that would be recorded. */
  followUp: z.object({ recordId: z.number().int(), from: z.string(), to: z.string(), events: z.array(z.string()) }).nullable(),
});

export const MappingFieldSchema = z.object({
  field: z.string(), label: z.string(), required: z.boolean(),
  column: z.number().int().nullable(), header: z.string().nullable(),
  via: z.enum(['override', 'synonym', 'fallback']).nullable(),
  alternates: z.array(z.object({ column: z.number().int(), header: z.string() })),
});

export const AnnouncementCountsSchema = z.object({
  rows: z.number().int(),
  /** Rows that link (or, in a follow-up table, update an earlier check or need no change). */
  importable: z.number().int(),
  review: z.number().int(),
  rejected: z.number().int(),
});

export const announcementsPreview = defineCall({
  channel: 'announcements:preview', summary: '公告及外部门名单导入预览：自动识别工作表、表头、列和数据行，并匹配企业', access: ['officer', 'admin'], mutates: false,
  input: z.object({
    kind: AnnouncementKindSchema,
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(MAX_IMPORT_BASE64 + 8),
    /** Corrections to the mapping found; merged over a mapping remembered for this layout. */
    mapping: ColumnMappingSchema.optional(),
    defaults: AnnouncementDefaultsSchema.default({}),
  }),
  output: z.object({
    previewId: z.string(),
    kind: AnnouncementKindSchema,
    /** A follow-up table (后处理情况) updates earlier checks instead of adding new ones. */
    mode: z.enum(['records', 'follow-up']),
    fileName: z.string(),
    fileSha256: z.string(),
    sheet: z.object({ name: z.string(), headerRows: z.array(z.number().int()), scores: z.array(z.object({ name: z.string(), hidden: z.boolean(), score: z.number() })) }),
    fields: z.array(MappingFieldSchema),
    unmapped: z.array(z.object({ column: z.number().int(), header: z.string() })),
    missing: z.array(z.string()),
    /** The mapping in effect (field → header), what the commit confirms and remembers. */
    mapping: z.record(z.string(), z.string()),
    fingerprint: z.string(),
    remembered: z.boolean(),
    alreadyImported: z.object({ batchId: z.number().int(), createdAt: z.string() }).nullable(),
    assumptions: z.array(z.string()),
    counts: AnnouncementCountsSchema,
    rows: z.array(PreviewRowSchema),
    firms: z.array(FirmMatchSchema),
    skipped: z.array(z.object({ row: z.number().int(), reason: z.string(), text: z.string() })),
    footnotes: z.array(z.object({ row: z.number().int(), text: z.string() })),
  }),
  errors: ['E_IMPORT_TOO_LARGE', 'E_IMPORT_FORMAT', 'E_IMPORT_HEADER', 'E_IMPORT_TOO_MANY_ROWS'],
});

export const RejectedRowSchema = z.object({ row: z.number().int(), reasons: z.array(RowProblemSchema) });

export const announcementsCommit = defineCall({
  channel: 'announcements:commit', summary: '确认导入公告或外部门名单：确认的列对应关系将用于同样版式的文件', access: ['officer', 'admin'], mutates: true, progress: true,
  input: z.object({
    previewId: z.string().min(1).max(64),
    /** The mapping the person confirmed; must be the preview's (preview again to change it). */
    mapping: z.record(z.string(), z.string()).optional(),
    rememberMapping: z.boolean().default(true),
    rejectRows: z.array(z.number().int().positive()).max(1_100_000).default([]),
    /** Import a file whose identical bytes were imported before (refused otherwise). */
    allowRepeat: z.boolean().default(false),
  }),
  output: z.object({
    batchId: z.number().int(),
    kind: AnnouncementKindSchema,
    mode: z.enum(['records', 'follow-up']),
    rows: z.number().int(),
    /** Records linked to a registered firm, or follow-up rows applied (or needing no change). */
    imported: z.number().int(),
    /** Records stored awaiting identification (with or without candidates). */
    review: z.number().int(),
    rejected: z.number().int(),
    /** Follow-up rows that recorded steps on an earlier check. */
    updated: z.number().int(),
    rejectedRows: z.array(RejectedRowSchema),
    mappingRemembered: z.boolean(),
  }),
  errors: ['E_IMPORT_PREVIEW_EXPIRED', 'E_ANNOUNCE_MAPPING_CHANGED', 'E_ANNOUNCE_ALREADY_IMPORTED', 'E_IMPORT_NOTHING', 'E_CANCELLED'],
});

export const ReviewRecordSchema = z.object({
  id: z.number().int(), kind: z.string(), summary: z.string(), occurredOn: z.string(), importBatchId: z.number().int().nullable(), notes: z.string(),
});

export const ReviewGroupSchema = z.object({
  /** Normalised name and place: every waiting record of the firm shares it, and decisions are kept under it. */
  subjectKey: z.string(),
  subjectName: z.string(),
  subjectPlace: z.string(),
  records: z.array(ReviewRecordSchema),
  candidates: z.array(MatchCandidateSchema),
});

export const reviewList = defineCall({
  channel: 'review:list', summary: '待识别企业：公告中未能确认企业的记录及候选企业（附得分构成）', access: ['officer', 'admin'], mutates: false,
  input: z.object({
    page: z.number().int().positive().default(1),
    pageSize: z.number().int().positive().max(200).default(50),
    batchId: z.number().int().positive().optional(),
    query: z.string().trim().max(100).optional(),
  }),
  output: z.object({ total: z.number().int(), records: z.number().int(), items: z.array(ReviewGroupSchema) }),
  errors: [],
});

const ReviewOutcomeSchema = z.object({
  decision: z.enum(['same', 'not-same', 'unsure']),
  enterpriseId: z.number().int().nullable(),
  /** Every record linked by this decision: the one named and the firm's other waiting records. */
  linkedRecordIds: z.array(z.number().int()),
});

export const reviewResolve = defineCall({
  channel: 'review:resolve', summary: '确认待识别企业：是同一企业（关联）、不是（不再作为候选）或尚不确定', access: ['officer', 'admin'], mutates: true,
  input: z.object({
    recordId: z.number().int().positive(),
    /** The candidate decided on; null with 'not-same' rules out every current candidate. */
    enterpriseId: z.number().int().positive().nullable(),
    decision: z.enum(['same', 'not-same', 'unsure']),
  }).refine((v) => v.decision !== 'same' || v.enterpriseId !== null, { message: '确认为同一企业时须指定企业', path: ['enterpriseId'] }),
  output: ReviewOutcomeSchema,
  errors: ['E_NOT_FOUND', 'E_REVIEW_NOT_WAITING'],
});

export const reviewLinkUscc = defineCall({
  channel: 'review:link-uscc', summary: '将待识别企业关联到已登记（含后来登记）的企业', access: ['officer', 'admin'], mutates: true,
  input: z.object({
    recordId: z.number().int().positive(),
    enterpriseId: z.number().int().positive().optional(),
    uscc: z.string().trim().length(18).optional(),
  }).refine((v) => (v.enterpriseId === undefined) !== (v.uscc === undefined), { message: '企业编号与统一社会信用代码须且只须给出一项', path: ['enterpriseId'] }),
  output: ReviewOutcomeSchema,
  errors: ['E_NOT_FOUND', 'E_REVIEW_NOT_WAITING'],
});
