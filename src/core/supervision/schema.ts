import { z } from 'zod';
import { isHundredths } from '../evaluation/points';

/** 信用监管 / 责任监管 / 常态监管 / 加严监管, from lightest to strictest. */
export const SUPERVISION_MODES = ['credit', 'responsibility', 'normal', 'strict'] as const;
export type SupervisionMode = (typeof SUPERVISION_MODES)[number];

export const MODE_LABELS: Record<SupervisionMode, string> = {
  credit: '信用监管', responsibility: '责任监管', normal: '常态监管', strict: '加严监管',
};

/** Product risk grade (产品风险等级): Ⅰ 高风险, Ⅱ 较高风险, Ⅲ 一般风险. */
export const RISK_GRADES = ['I', 'II', 'III'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];

const Mode = z.enum(SUPERVISION_MODES);
const Row = z.strictObject({ I: Mode, II: Mode, III: Mode });

/**
 * The grade × product-risk matrix (AQSIQ 2012年第74号公告; Jiaxing DB3304/T 055 Table 2). The
 * cells were never published in full, so the matrix is data an agency sets: `ungraded` is the
 * row for enterprises that have no grade yet.
 */
export const SupervisionMatrixSchema = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().min(1),
  rows: z.record(z.string().min(1), Row),
  ungraded: Row,
});
export type SupervisionMatrix = z.infer<typeof SupervisionMatrixSchema>;

const ModePlan = z.strictObject({
  /** Share of the mode's eligible enterprises drawn for inspection, in percent (two decimals at most). */
  ratioPercent: z.number().min(0).max(100).refine(isHundredths, 'at most two decimals'),
  /** Inspections per drawn enterprise in the year. */
  visitsPerYear: z.number().int().min(1).max(12),
});

/** The inspection ratio and frequency per mode for one jurisdiction (region code, or '*') and year (null: any). */
export const InspectionPlanSchema = z.strictObject({
  jurisdiction: z.union([z.string().regex(/^\d{6}$/), z.literal('*')]),
  year: z.number().int().min(2000).max(2100).nullable(),
  modes: z.strictObject({ credit: ModePlan, responsibility: ModePlan, normal: ModePlan, strict: ModePlan }),
});
export type InspectionPlan = z.infer<typeof InspectionPlanSchema>;

/** The file resources/models/supervision-default.json: a matrix and a list of plans. */
export const SupervisionConfigSchema = z.strictObject({
  description: z.string().optional(),
  matrix: SupervisionMatrixSchema,
  plans: z.array(InspectionPlanSchema).min(1),
});
export type SupervisionConfig = z.infer<typeof SupervisionConfigSchema>;
