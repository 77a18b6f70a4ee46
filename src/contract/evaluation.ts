import { z } from 'zod';
import { defineCall } from './define';
import { PageInputSchema, pageOf } from './common';

const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const EvaluationModelInfoSchema = z.object({
  id: z.number().int(), modelId: z.string(), version: z.number().int(), name: z.string(), digest: z.string(),
  createdAt: z.string(), createdBy: z.string(),
  /** A model some run used can no longer change: saving it makes a new version. */
  used: z.boolean(),
});

/** Which enterprises a run evaluates; empty for all. */
export const EvaluationScopeSchema = z.object({
  regionPrefix: z.string().regex(/^\d{2,6}$/, '行政区划代码前缀为 2–6 位数字').optional(),
  industryCode: z.string().regex(/^[A-T](\d{2,4})?$/, '行业代码形如 C、C14 或 C1431').optional(),
});

export const GradeCountSchema = z.object({ grade: z.string(), count: z.number().int() });

export const EvaluationRunSchema = z.object({
  id: z.number().int(), modelRowId: z.number().int(), modelId: z.string(), modelVersion: z.number().int(), asOf: z.string(),
  scope: EvaluationScopeSchema, inputDigest: z.string(), enterprises: z.number().int(), counts: z.array(GradeCountSchema),
  durationMs: z.number().int(), status: z.enum(['proposed', 'approved', 'rejected']),
  proposedBy: z.string(), proposedAt: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decisionNote: z.string().nullable(),
});
export type EvaluationRun = z.infer<typeof EvaluationRunSchema>;

const MoveSchema = z.object({ enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), from: z.string(), to: z.string(), scoreFrom: z.string(), scoreTo: z.string() });

export const RunReportSchema = z.object({
  run: EvaluationRunSchema,
  /** The approved run before this one it is compared with, if any. */
  previousRunId: z.number().int().nullable(),
  upgrades: z.array(MoveSchema), downgrades: z.array(MoveSchema), upgradeCount: z.number().int(), downgradeCount: z.number().int(),
  newVetoes: z.array(z.object({ enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), rules: z.array(z.string()) })),
  byRegion: z.array(z.object({ key: z.string(), label: z.string(), counts: z.array(GradeCountSchema) })),
  byIndustry: z.array(z.object({ key: z.string(), label: z.string(), counts: z.array(GradeCountSchema) })),
  /** Scores in 10-point bins, 0–9.99 … 90–100. */
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
});
export type RunReport = z.infer<typeof RunReportSchema>;

export const ResultRowSchema = z.object({
  enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), score: z.string(), rawGrade: z.string(), grade: z.string(),
  adjustedGrade: z.string().nullable(), vetoed: z.boolean(),
});

export const ExplanationSchema = z.object({
  runId: z.number().int().nullable(), enterpriseId: z.number().int(), uscc: z.string(), name: z.string(), asOf: z.string(),
  modelId: z.string(), modelVersion: z.number().int(), score: z.string(), rawGrade: z.string(), grade: z.string(), validTo: z.string(),
  dimensions: z.array(z.object({ id: z.string(), label: z.string(), points: z.string(), weight: z.string() })),
  indicators: z.array(z.object({
    path: z.string(), label: z.string(), points: z.string(), maxPoints: z.string(), recordIds: z.array(z.number().int()),
    items: z.array(z.object({ ruleId: z.string(), recordId: z.number().int().nullable(), points: z.string() })), notes: z.array(z.string()),
  })),
  gatesFailed: z.array(z.object({ ruleId: z.string(), label: z.string(), grade: z.string(), recordIds: z.array(z.number().int()) })),
  caps: z.array(z.object({ ruleId: z.string(), label: z.string(), grade: z.string(), recordIds: z.array(z.number().int()) })),
  vetoes: z.array(z.object({ ruleId: z.string(), label: z.string(), grade: z.string(), recordIds: z.array(z.number().int()) })),
  /** Hand adjustments of this result, newest first: both grades stay visible. */
  adjustments: z.array(z.object({
    id: z.number().int(), fromGrade: z.string(), toGrade: z.string(), reason: z.string(), status: z.enum(['proposed', 'approved', 'rejected']),
    proposedBy: z.string(), proposedAt: z.string(), decidedBy: z.string().nullable(), decidedAt: z.string().nullable(),
  })),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

export const evaluationModels = defineCall({
  channel: 'evaluation:models', summary: '评价模型列表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({}), output: z.array(EvaluationModelInfoSchema), errors: [],
});

export const evaluationModelGet = defineCall({
  channel: 'evaluation:model-get', summary: '评价模型内容', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ id: z.number().int().positive() }), output: EvaluationModelInfoSchema.extend({ model: z.unknown() }), errors: ['E_NOT_FOUND'],
});

export const evaluationModelSave = defineCall({
  channel: 'evaluation:model-save', summary: '保存评价模型（新版本）', access: ['reviewer', 'admin'], mutates: true,
  input: z.object({ model: z.unknown() }), output: EvaluationModelInfoSchema, errors: ['E_MODEL_INVALID'],
});

export const evaluationRun = defineCall({
  channel: 'evaluation:run', summary: '发起信用等级评价', access: ['officer', 'admin'], mutates: true, progress: true,
  input: z.object({ asOf: IsoDate, modelRowId: z.number().int().positive().optional(), scope: EvaluationScopeSchema.default({}) }),
  output: EvaluationRunSchema, errors: ['E_NOT_FOUND', 'E_MODEL_INVALID', 'E_CANCELLED', 'E_EVALUATION_INPUT'],
});

export const evaluationRuns = defineCall({
  channel: 'evaluation:runs', summary: '评价批次列表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema, output: pageOf(EvaluationRunSchema), errors: [],
});

export const evaluationReport = defineCall({
  channel: 'evaluation:report', summary: '评价批次结果概况与变化', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ runId: z.number().int().positive() }), output: RunReportSchema, errors: ['E_NOT_FOUND'],
});

export const evaluationDecide = defineCall({
  channel: 'evaluation:decide', summary: '审核评价批次', access: ['reviewer', 'admin'], mutates: true,
  input: z.object({ runId: z.number().int().positive(), approve: z.boolean(), note: z.string().trim().max(2000).optional() }),
  output: EvaluationRunSchema, errors: ['E_NOT_FOUND', 'E_SELF_APPROVAL', 'E_ALREADY_DECIDED'],
});

export const evaluationResults = defineCall({
  channel: 'evaluation:results', summary: '评价结果列表', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: PageInputSchema.extend({ runId: z.number().int().positive(), grade: z.string().max(8).optional(), query: z.string().trim().max(100).optional() }),
  output: pageOf(ResultRowSchema), errors: ['E_NOT_FOUND'],
});

export const evaluationExplain = defineCall({
  channel: 'evaluation:explain', summary: '评价结果说明（每一分对应的记录）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ runId: z.number().int().positive(), enterpriseId: z.number().int().positive() }), output: ExplanationSchema, errors: ['E_NOT_FOUND'],
});

export const evaluationPreview = defineCall({
  channel: 'evaluation:preview', summary: '按当前数据即时评价一家企业（不保存）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ enterpriseId: z.number().int().positive(), asOf: IsoDate, modelRowId: z.number().int().positive().optional() }),
  output: ExplanationSchema, errors: ['E_NOT_FOUND', 'E_EVALUATION_INPUT'],
});

export const evaluationAdjust = defineCall({
  channel: 'evaluation:adjust', summary: '申请人工调整等级', access: ['officer', 'admin'], mutates: true,
  input: z.object({ runId: z.number().int().positive(), enterpriseId: z.number().int().positive(), toGrade: z.string().min(1).max(8), reason: z.string().trim().min(5, '调整理由至少 5 个字').max(2000) }),
  output: z.object({ id: z.number().int(), status: z.literal('proposed') }), errors: ['E_NOT_FOUND', 'E_VALIDATION'],
});

export const evaluationAdjustDecide = defineCall({
  channel: 'evaluation:adjust-decide', summary: '审核人工调整等级', access: ['reviewer', 'admin'], mutates: true,
  input: z.object({ id: z.number().int().positive(), approve: z.boolean() }),
  output: z.object({ id: z.number().int(), status: z.enum(['approved', 'rejected']) }), errors: ['E_NOT_FOUND', 'E_SELF_APPROVAL', 'E_ALREADY_DECIDED'],
});

/** One change tried in the what-if panel (core/evaluation ModelOverride); values are points. */
export const WhatIfOverrideSchema = z.discriminatedUnion('target', [
  z.object({ target: z.literal('dimension-weight'), dimensionId: z.string().max(64), value: z.number().min(0).max(10_000) }),
  z.object({ target: z.literal('indicator-max'), path: z.string().max(130), value: z.number().min(0).max(10_000) }),
  z.object({ target: z.literal('grade-min'), grade: z.string().max(8), value: z.number().min(0).max(10_000) }),
  z.object({ target: z.literal('rule-number'), ruleId: z.string().max(64), field: z.string().max(100), value: z.number().min(0).max(10_000) }),
  z.object({ target: z.literal('rule-off'), ruleId: z.string().max(64) }),
]);

export const evaluationWhatIf = defineCall({
  channel: 'evaluation:what-if', summary: '假设分析：调整权重或等级分数线后的等级分布（不保存）', access: ['officer', 'reviewer', 'admin'], mutates: false,
  input: z.object({ runId: z.number().int().positive(), overrides: z.array(WhatIfOverrideSchema).min(1).max(50) }),
  output: z.object({
    before: z.array(GradeCountSchema), after: z.array(GradeCountSchema), moved: z.number().int(),
    movers: z.array(MoveSchema),
  }),
  errors: ['E_NOT_FOUND', 'E_MODEL_OVERRIDE'],
});
