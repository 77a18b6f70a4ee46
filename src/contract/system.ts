import { z } from 'zod';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

export const AuditRowSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  username: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditRow = z.infer<typeof AuditRowSchema>;

export const AuditProblemSchema = z.object({
  seq: z.number().int().nullable(),
  kind: z.enum(['hash-mismatch', 'chain-broken', 'gap', 'head-mismatch']),
  message: z.string(),
});

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  problems: z.array(AuditProblemSchema),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

export const auditList = defineCall({
  channel: 'audit:list', summary: '审计日志', access: ['reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ entity: z.string().max(40).optional(), entityId: z.string().max(40).optional() }),
  output: pageOf(AuditRowSchema), errors: [],
});

export const auditVerify = defineCall({
  channel: 'audit:verify', summary: '校验审计日志哈希链', access: ['reviewer', 'admin'], mutates: false,
  input: z.object({}), output: AuditVerificationSchema, errors: [],
});

export const statsCounts = defineCall({
  channel: 'stats:counts', summary: '各表记录数', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.record(z.string(), z.number().int()), errors: [],
});

export const CodeEntrySchema = z.object({ code: z.string(), name: z.string(), level: z.number().int(), current: z.boolean() });

export const codesRegions = defineCall({
  channel: 'codes:regions', summary: 'GB/T 2260 行政区划代码表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.array(CodeEntrySchema), errors: [],
});

export const codesIndustries = defineCall({
  channel: 'codes:industries', summary: 'GB/T 4754-2017 行业代码表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.array(CodeEntrySchema), errors: [],
});

export const codesUpdate = defineCall({
  channel: 'codes:update', summary: '更新本工作区的代码表（行政区划、行业）', access: ['admin'], mutates: true,
  input: z.object({ kind: z.enum(['regions', 'industries']), content: z.string().min(2).max(20_000_000) }),
  output: z.object({ kind: z.enum(['regions', 'industries']), entries: z.number().int(), sha256: z.string() }),
  errors: ['E_VALIDATION'],
});

export const demoGenerate = defineCall({
  channel: 'demo:generate', summary: '载入演示数据', access: ['admin'], mutates: true, progress: true,
  input: z.object({
    enterprises: z.number().int().min(1).max(2_000_000), seed: z.string().min(1).max(64).default('1'),
    /** Five years of credit records of every kind for each firm (about nine a firm). */
    withRecords: z.boolean().default(true),
  }),
  output: z.object({ enterprises: z.number().int(), records: z.number().int() }), errors: ['E_VALIDATION', 'E_CANCELLED'],
});
