import { z } from 'zod';
import { RISK_GRADES, SUPERVISION_MODES, SupervisionConfigSchema } from '../core/supervision/schema';
import { PageInputSchema, pageOf } from './common';
import { defineCall } from './define';

const Mode = z.enum(SUPERVISION_MODES);
const Risk = z.enum(RISK_GRADES);
/** A GB/T 2260 code: 430000 a province, 430100 a city, 430102 a county; its enterprises share the prefix. */
const RegionCode = z.string().regex(/^\d{6}$/, '应为六位行政区划代码');

export const SupervisionConfigViewSchema = z.object({
  config: SupervisionConfigSchema,
  /** False while the shipped default is in force (nobody has saved one here yet). */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Grades of the approved run's model, so the editor can offer a row for each. */
  grades: z.array(z.string()),
});
export type SupervisionConfigView = z.infer<typeof SupervisionConfigViewSchema>;

/**
 * The matrix and the per-jurisdiction plans in force.
 *
 * @example await api.call('supervision:config-get', {}) // { config: { matrix, plans }, saved: false, … }
 */
export const supervisionConfigGet = defineCall({
  channel: 'supervision:config-get', summary: '分级分类监管矩阵与抽查比例、频次', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: SupervisionConfigViewSchema, errors: [],
});

export const supervisionConfigSave = defineCall({
  channel: 'supervision:config-save', summary: '保存分级分类监管矩阵与抽查比例、频次', access: ['reviewer', 'admin'], mutates: true,
  input: z.object({ config: SupervisionConfigSchema }), output: SupervisionConfigViewSchema,
  errors: ['E_SUPERVISION_CONFIG', 'E_SUPERVISION_PLAN_DUPLICATE'],
});

export const SupervisionClassSchema = z.object({
  enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), regionCode: z.string(),
  /** From the latest approved evaluation run (an approved adjustment wins); null: not graded there. */
  grade: z.string().nullable(),
  /** The highest risk grade of its products; null when none is graded (treated as Ⅲ). */
  riskGrade: Risk.nullable(),
  mode: Mode,
});
export type SupervisionClass = z.infer<typeof SupervisionClassSchema>;

export const supervisionClasses = defineCall({
  channel: 'supervision:classes', summary: '企业监管类别（信用等级 × 产品风险等级）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ region: RegionCode.nullable().default(null), mode: Mode.optional() }),
  output: pageOf(SupervisionClassSchema).extend({
    counts: z.array(z.object({ mode: Mode, count: z.number().int() })),
    /** The approved run the grades come from; null when no run is approved yet (all ungraded). */
    runId: z.number().int().nullable(),
  }),
  errors: ['E_SUPERVISION_CONFIG'],
});

export const DrawItemSchema = z.object({
  enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), regionCode: z.string(),
  grade: z.string().nullable(), riskGrade: Risk.nullable(), mode: Mode, visits: z.number().int(),
});

export const DrawSummarySchema = z.object({
  id: z.number().int(), year: z.number().int(), region: z.string().nullable(), seed: z.string(),
  /** True when nobody gave a seed and the backend made one (crypto). */
  seedGenerated: z.boolean(),
  /** SHA-256 over the candidates (enterprise, grade, risk, mode), the plan and the matrix version. */
  inputsDigest: z.string(), runId: z.number().int().nullable(), selected: z.number().int(),
  drawnBy: z.string(), drawnAt: z.string(),
});
export type DrawSummary = z.infer<typeof DrawSummarySchema>;

export const DrawSchema = DrawSummarySchema.extend({
  perMode: z.array(z.object({
    mode: Mode, population: z.number().int(), eligible: z.number().int(), ratioPercent: z.number(), visitsPerYear: z.number().int(), quota: z.number().int(),
  })),
  list: z.array(DrawItemSchema),
});
export type Draw = z.infer<typeof DrawSchema>;

/**
 * Draws and stores a year's random inspection list (双随机). The same seed over the same inputs
 * gives the same list.
 *
 * @example await api.call('supervision:draw', { year: 2027, region: '430100', seed: '2027-长沙-01' })
 */
export const supervisionDraw = defineCall({
  channel: 'supervision:draw', summary: '按年度与辖区随机抽取检查名单（记录随机种子）', access: ['officer', 'reviewer', 'admin'], mutates: true,
  input: z.object({
    year: z.number().int().min(2000).max(2100),
    region: RegionCode.nullable().default(null),
    seed: z.string().trim().max(100).optional(),
  }),
  output: DrawSchema, errors: ['E_SUPERVISION_CONFIG', 'E_INSPECTION_PLAN_MISSING'],
});

export const supervisionDraws = defineCall({
  channel: 'supervision:draws', summary: '历次抽取记录', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.array(DrawSummarySchema), errors: [],
});

export const supervisionDrawGet = defineCall({
  channel: 'supervision:draw-get', summary: '一次抽取的名单，并核对当前数据是否仍是当时的输入', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }),
  output: DrawSchema.extend({
    /** Whether the candidates read today digest to the stored inputs: if so, the seed reproduces this list. */
    inputsUnchanged: z.boolean(),
  }),
  errors: ['E_NOT_FOUND', 'E_SUPERVISION_CONFIG', 'E_INSPECTION_PLAN_MISSING'],
});
