import { z } from 'zod';
import { RECORD_KINDS, RECORD_OUTCOMES } from '../core/records/record';
import { ENTERPRISE_SIZES, ENTERPRISE_STATUSES, ENTITY_TYPES } from '../core/enterprises/enterprise';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

export const EnterpriseStatusSchema = z.enum(ENTERPRISE_STATUSES);
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const EnterpriseSizeSchema = z.enum(ENTERPRISE_SIZES);

export const EnterpriseSchema = z.object({
  id: z.number().int(),
  uscc: z.string(),
  usccCheckAcknowledged: z.boolean(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  legalRepresentative: z.string(),
  address: z.string(),
  status: EnterpriseStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** 组织机构代码: USCC characters 9–17, null when the USCC itself fails its check. */
  orgCode: z.string().nullable(),
  /** Whether orgCode passes its own GB 11714 check; null without an orgCode. */
  orgCodeValid: z.boolean().nullable(),
  /** Legacy 15-digit 工商注册号 (checked with ISO 7064 MOD 11,10). */
  registrationNumber: z.string().nullable(),
  entityType: EntityTypeSchema.nullable(),
  /** USCC characters 3–8: the registering authority's region when the code was issued. Read-only. */
  registrationRegionCode: z.string().nullable(),
  registrationRegionName: z.string().nullable(),
  size: EnterpriseSizeSchema.nullable(),
  chiefQualityOfficer: z.string().nullable(),
  /** On the key-product (重点产品) enterprise directory. */
  keyProduct: z.boolean(),
});
export type Enterprise = z.infer<typeof EnterpriseSchema>;

export const EnterpriseDraftSchema = z.object({
  uscc: z.string().trim().min(1, '请填写统一社会信用代码').max(40),
  usccCheckAcknowledged: z.boolean().optional(),
  name: z.string().trim().min(1, '请填写企业名称').max(200),
  regionCode: z.string().regex(/^\d{6}$/, '行政区划代码为 6 位数字'),
  industryCode: z.string().regex(/^[A-T](\d{2,4})?$/, '行业代码形如 C14 或 C1431'),
  legalRepresentative: z.string().trim().max(60).default(''),
  address: z.string().trim().max(300).default(''),
  status: EnterpriseStatusSchema.default('active'),
  // Optional, so that older clients keep working: on an update an absent field keeps its value,
  // null (or empty text) clears it.
  registrationNumber: z.string().max(40).nullable().optional(),
  entityType: EntityTypeSchema.nullable().optional(),
  size: EnterpriseSizeSchema.nullable().optional(),
  chiefQualityOfficer: z.string().max(60).nullable().optional(),
  keyProduct: z.boolean().optional(),
});
export type EnterpriseDraftInput = z.input<typeof EnterpriseDraftSchema>;

export const enterprisesList = defineCall({
  channel: 'enterprises:list', summary: '企业列表与检索', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({
    /** Part of a name (any length) or a whole or partial USCC. */
    query: z.string().trim().max(100).default(''),
    status: EnterpriseStatusSchema.optional(),
    /** Part of the legal representative's name. */
    legalRepresentative: z.string().trim().max(60).optional(),
    /** A GB/T 2260 prefix: 43 (Hunan), 4301 or 430100 (Changsha), 430104. Trailing 00 pairs are ignored. */
    regionPrefix: z.string().trim().regex(/^\d{2,6}$/, '行政区划代码前缀为 2–6 位数字').optional(),
    /** A GB/T 4754 code: C, C14 or C1431; a shorter code finds everything under it. */
    industryCode: z.string().trim().regex(/^[A-T](\d{2,4})?$/, '行业代码形如 C、C14 或 C1431').optional(),
    /** Record facts: enterprises with a record of this kind (and outcome) since a date. */
    recordKind: z.enum(RECORD_KINDS).optional(),
    recordOutcome: z.enum(RECORD_OUTCOMES).optional(),
    recordSince: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }).optional(),
    sort: z.enum(['id', 'name', 'uscc', 'regionCode', 'updatedAt']).default('id'),
    order: z.enum(['asc', 'desc']).default('asc'),
  }),
  /** `totalCapped`: there are more than `total` (counting stops at 10,000). */
  output: pageOf(EnterpriseSchema).extend({ totalCapped: z.boolean() }), errors: [],
});

export const EnterpriseNameSchema = z.object({
  name: z.string(),
  /** Beijing dates; validFrom is null for a name in use before the history was kept. */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  current: z.boolean(),
});
export type EnterpriseName = z.infer<typeof EnterpriseNameSchema>;

export const EnterpriseDetailSchema = EnterpriseSchema.extend({
  /** Earlier names, newest first. */
  formerNames: z.array(EnterpriseNameSchema),
});
export type EnterpriseDetail = z.infer<typeof EnterpriseDetailSchema>;

export const enterprisesGet = defineCall({
  channel: 'enterprises:get', summary: '企业详情', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }), output: EnterpriseDetailSchema, errors: ['E_NOT_FOUND'],
});

export const enterprisesNames = defineCall({
  channel: 'enterprises:names', summary: '企业名称变更记录', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }), output: z.array(EnterpriseNameSchema), errors: ['E_NOT_FOUND'],
});

export const enterprisesCreate = defineCall({
  channel: 'enterprises:create', summary: '登记企业', access: ['officer', 'admin'], mutates: true,
  input: EnterpriseDraftSchema, output: EnterpriseSchema,
  errors: ['E_USCC_FORMAT', 'E_USCC_CHECK', 'E_USCC_DUPLICATE', 'E_REGION_UNKNOWN', 'E_INDUSTRY_UNKNOWN', 'E_REGISTRATION_NUMBER_INVALID'],
});

export const enterprisesUpdate = defineCall({
  channel: 'enterprises:update', summary: '修改企业信息', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), draft: EnterpriseDraftSchema }), output: EnterpriseSchema,
  errors: ['E_NOT_FOUND', 'E_USCC_FORMAT', 'E_USCC_CHECK', 'E_USCC_DUPLICATE', 'E_REGION_UNKNOWN', 'E_INDUSTRY_UNKNOWN', 'E_REGISTRATION_NUMBER_INVALID'],
});

export const enterprisesDelete = defineCall({
  channel: 'enterprises:delete', summary: '删除企业（移入回收站）', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), reason: z.string().trim().min(1, '请填写删除原因').max(500) }),
  output: z.object({ id: z.number().int(), deletedAt: z.string(), deletedBy: z.string() }), errors: ['E_NOT_FOUND'],
});

/** YYYY-MM-DD, a real calendar date. */
export const IsoDateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const enterprisesSetLegalRepresentative = defineCall({
  channel: 'enterprises:set-legal-representative', summary: '变更法定代表人', access: ['officer', 'admin'], mutates: true,
  input: z.object({ enterpriseId: z.number().int().positive(), personId: z.number().int().positive(), fromDate: IsoDateSchema }),
  output: EnterpriseSchema, errors: ['E_NOT_FOUND', 'E_LINK_DATE'],
});
