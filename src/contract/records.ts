import { z } from 'zod';
import { DATE_PRECISIONS, RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES } from '../core/records/record';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

export const RecordKindSchema = z.enum(RECORD_KINDS);

/** A date as its source gave it: a day, a month or a year. */
const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期格式应为 YYYY-MM-DD（或 YYYY-MM、YYYY）');

/**
 * The fields a person (or an import row) supplies. Only the shape is checked here; the kind's rules
 * (core/records validateRecordDraft) decide what is required — a spot check's date comes from its
 * sampling date, a commitment needs no authority — and report every problem with its field.
 */
export const RecordDraftSchema = z.object({
  authority: z.string().trim().max(200).nullable().optional(),
  authorityCode: z.string().trim().max(18).nullable().optional(),
  docNo: z.string().trim().max(200).nullable().optional(),
  occurredOn: PartialDateSchema.nullable().optional(),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  endsOn: PartialDateSchema.nullable().optional(),
  outcome: z.enum(RECORD_OUTCOMES).nullable().optional(),
  severity: z.enum(SEVERITIES).nullable().optional(),
  effect: z.enum(RECORD_EFFECTS).optional(),
  productId: z.number().int().positive().nullable().optional(),
  personId: z.number().int().positive().nullable().optional(),
  /** The kind's own fields (CF_* for penalties, XK_* for licences, the spot-check report…). */
  details: z.record(z.string().max(40), z.unknown()).default({}),
});
export type RecordDraftInput = z.input<typeof RecordDraftSchema>;

export const RecordEventSchema = z.object({
  id: z.number().int(), event: z.string(), onDate: z.string(), stateBefore: z.string().nullable(), stateAfter: z.string().nullable(),
  docNo: z.string().nullable(), note: z.string().nullable(), byUser: z.string(), at: z.string(),
});

export const CreditRecordSchema = z.object({
  id: z.number().int(),
  kind: RecordKindSchema,
  enterpriseId: z.number().int().nullable(),
  personId: z.number().int().nullable(),
  productId: z.number().int().nullable(),
  subjectName: z.string(),
  effect: z.enum(RECORD_EFFECTS),
  authority: z.string(),
  authorityCode: z.string().nullable(),
  docNo: z.string().nullable(),
  occurredOn: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  endsOn: z.string().nullable(),
  outcome: z.enum(RECORD_OUTCOMES).nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  state: z.string().nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  source: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type CreditRecordView = z.infer<typeof CreditRecordSchema>;

export const DeadlineSchema = z.object({
  key: z.string(), label: z.string(), due: z.string(), provisional: z.boolean(), overdue: z.boolean(), met: z.boolean(),
});

export const RecordDetailSchema = CreditRecordSchema.extend({
  events: z.array(RecordEventSchema),
  /** Follow-up steps allowed from the current state (spot checks); empty for other kinds. */
  allowedEvents: z.array(z.object({ event: z.string(), label: z.string() })),
  deadlines: z.array(DeadlineSchema),
  attachments: z.array(z.lazy(() => AttachmentSchema)),
});
export type RecordDetail = z.infer<typeof RecordDetailSchema>;

export const AttachmentSchema = z.object({
  id: z.number().int(), enterpriseId: z.number().int(), recordId: z.number().int().nullable(), sha256: z.string(),
  fileName: z.string(), mediaType: z.string(), size: z.number().int(), addedBy: z.string(), addedAt: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const recordsList = defineCall({
  channel: 'records:list', summary: '企业信用记录列表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ enterpriseId: z.number().int().positive(), kind: RecordKindSchema.optional() }),
  output: pageOf(CreditRecordSchema), errors: ['E_NOT_FOUND'],
});

export const recordsGet = defineCall({
  channel: 'records:get', summary: '信用记录详情', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive(), asOf: z.iso.date().optional() }), output: RecordDetailSchema, errors: ['E_NOT_FOUND'],
});

export const recordsCreate = defineCall({
  channel: 'records:create', summary: '新增信用记录', access: ['officer', 'admin'], mutates: true,
  input: z.object({ enterpriseId: z.number().int().positive(), kind: RecordKindSchema, draft: RecordDraftSchema }),
  output: CreditRecordSchema, errors: ['E_NOT_FOUND', 'E_VALIDATION'],
});

export const recordsUpdate = defineCall({
  channel: 'records:update', summary: '修改信用记录', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), draft: RecordDraftSchema }),
  output: CreditRecordSchema, errors: ['E_NOT_FOUND', 'E_VALIDATION'],
});

export const recordsDelete = defineCall({
  channel: 'records:delete', summary: '删除信用记录（移入回收站）', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), reason: z.string().trim().min(1, '请填写删除原因').max(500) }),
  output: z.object({ id: z.number().int(), deletedAt: z.string(), deletedBy: z.string() }), errors: ['E_NOT_FOUND'],
});

export const recordsTransition = defineCall({
  channel: 'records:transition', summary: '登记抽查后处理步骤', access: ['officer', 'admin'], mutates: true,
  input: z.object({
    id: z.number().int().positive(),
    event: z.string().min(1).max(40),
    onDate: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
    docNo: z.string().trim().max(200).nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  }),
  output: RecordDetailSchema, errors: ['E_NOT_FOUND', 'E_SPOTCHECK_TRANSITION', 'E_SPOTCHECK_DEADLINE', 'E_SPOTCHECK_DATE_ORDER', 'E_CALENDAR_UNCOVERED'],
});

/** 20 MB of evidence as base64. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

export const attachmentsAdd = defineCall({
  channel: 'attachments:add', summary: '上传证据附件', access: ['officer', 'admin'], mutates: true,
  input: z.object({
    enterpriseId: z.number().int().positive(),
    recordId: z.number().int().positive().nullable().optional(),
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(MAX_ATTACHMENT_BASE64, '附件不能超过 20 MB'),
  }),
  output: AttachmentSchema, errors: ['E_NOT_FOUND', 'E_ATTACHMENT_TYPE'],
});

export const attachmentsGet = defineCall({
  channel: 'attachments:get', summary: '打开证据附件', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }),
  output: AttachmentSchema.extend({ contentBase64: z.string() }), errors: ['E_NOT_FOUND', 'E_ATTACHMENT_CORRUPT'],
});
