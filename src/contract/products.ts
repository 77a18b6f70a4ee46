import { z } from 'zod';
import { defineCall } from './define';

export const RiskGradeSchema = z.enum(['I', 'II', 'III']);

export const ProductDraftSchema = z.object({
  name: z.string().trim().min(1, '请填写产品名称').max(200),
  /** GTIN-8/12/13/14; full-width digits and spaces are normalised, a wrong check digit refused. */
  gtin: z.string().trim().max(40).nullable().optional(),
  brand: z.string().trim().max(100).nullable().optional(),
  model: z.string().trim().max(200).nullable().optional(),
  /** National spot-check catalogue category, e.g. "电器类/电动自行车". */
  category: z.string().trim().max(200).nullable().optional(),
  riskGrade: RiskGradeSchema.nullable().optional(),
  standards: z.string().trim().max(500).nullable().optional(),
  licenceNo: z.string().trim().max(100).nullable().optional(),
});
export type ProductDraftInput = z.input<typeof ProductDraftSchema>;

export const ProductSchema = z.object({
  id: z.number().int(), enterpriseId: z.number().int(), name: z.string(), gtin: z.string().nullable(),
  brand: z.string().nullable(), model: z.string().nullable(), category: z.string().nullable(),
  riskGrade: RiskGradeSchema.nullable(), standards: z.string().nullable(), licenceNo: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(),
});
export type Product = z.infer<typeof ProductSchema>;

export const productsList = defineCall({
  channel: 'products:list', summary: '企业产品目录', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ enterpriseId: z.number().int().positive() }), output: z.array(ProductSchema), errors: ['E_NOT_FOUND'],
});

export const productsCreate = defineCall({
  channel: 'products:create', summary: '登记产品', access: ['officer', 'admin'], mutates: true,
  input: z.object({ enterpriseId: z.number().int().positive(), draft: ProductDraftSchema }),
  output: ProductSchema, errors: ['E_NOT_FOUND', 'E_GTIN_INVALID'],
});

export const productsUpdate = defineCall({
  channel: 'products:update', summary: '修改产品', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), draft: ProductDraftSchema }),
  output: ProductSchema, errors: ['E_NOT_FOUND', 'E_GTIN_INVALID'],
});

export const productsDelete = defineCall({
  channel: 'products:delete', summary: '删除产品（移入回收站）', access: ['officer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), reason: z.string().trim().min(1, '请填写删除原因').max(500) }),
  output: z.object({ id: z.number().int(), deletedAt: z.string(), deletedBy: z.string() }), errors: ['E_NOT_FOUND'],
});
