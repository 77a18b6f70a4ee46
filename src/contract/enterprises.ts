import { z } from 'zod';
import { ENTERPRISE_STATUSES } from '../core/enterprises/enterprise';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

export const EnterpriseStatusSchema = z.enum(ENTERPRISE_STATUSES);

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
});
export type EnterpriseDraftInput = z.input<typeof EnterpriseDraftSchema>;

export const enterprisesList = defineCall({
  channel: 'enterprises:list', summary: '企业列表与检索', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({
    /** Part of a name (any length) or a whole or partial USCC. */
    query: z.string().trim().max(100).default(''),
    status: EnterpriseStatusSchema.optional(),
  }),
  output: pageOf(EnterpriseSchema), errors: [],
});

export const enterprisesGet = defineCall({
  channel: 'enterprises:get', summary: '企业详情', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }), output: EnterpriseSchema, errors: ['E_NOT_FOUND'],
});

export const enterprisesCreate = defineCall({
  channel: 'enterprises:create', summary: '登记企业', access: ['officer', 'admin'], mutates: true,
  input: EnterpriseDraftSchema, output: EnterpriseSchema,
  errors: ['E_USCC_FORMAT', 'E_USCC_CHECK', 'E_USCC_DUPLICATE', 'E_REGION_UNKNOWN', 'E_INDUSTRY_UNKNOWN'],
});

export const enterprisesUpdate = defineCall({
  channel: 'enterprises:update', summary: '修改企业信息', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), draft: EnterpriseDraftSchema }), output: EnterpriseSchema,
  errors: ['E_NOT_FOUND', 'E_USCC_FORMAT', 'E_USCC_CHECK', 'E_USCC_DUPLICATE', 'E_REGION_UNKNOWN', 'E_INDUSTRY_UNKNOWN'],
});
