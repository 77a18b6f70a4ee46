import { z } from 'zod';
import { RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES } from '../records/record';
import { isHundredths } from './points';
import { parseDay } from './dates';

/**
 * The evaluation model as data (评价模型). Officers and provinces write their own models, so the
 * file format is the contract: every object is strict (a misspelt key is an error, not a rule
 * silently ignored) and every number of points has at most two decimals (the engine counts in
 * hundredths, see `./points`).
 */

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const Label = z.string().min(1);
const Points = z.number().min(0).max(10_000).refine(isHundredths, 'at most two decimals');
const Months = z.number().int().min(1).max(1200);
const IsoDate = z.string().refine((s) => s.length === 10 && !Number.isNaN(parseDay(s)), 'a date YYYY-MM-DD');
const Grade = z.string().min(1).max(8);

/**
 * Which records a rule looks at. Each field is a set of allowed values; a missing field allows
 * all. The detail fields read the only `details` members whose meaning is documented for every
 * source: spot-checks `seriousFail`, licences `certification`, accidents `type`, awards `level`.
 */
export const RecordFilterSchema = z.strictObject({
  kind: z.array(z.enum(RECORD_KINDS)).min(1).optional(),
  effect: z.array(z.enum(RECORD_EFFECTS)).min(1).optional(),
  outcome: z.array(z.enum(RECORD_OUTCOMES).nullable()).min(1).optional(),
  severity: z.array(z.enum(SEVERITIES).nullable()).min(1).optional(),
  seriousFail: z.boolean().optional(),
  certification: z.string().min(1).optional(),
  accidentType: z.enum(['accident', 'recall']).optional(),
  awardLevel: z.array(z.string().min(1)).min(1).optional(),
});
export type RecordFilter = z.infer<typeof RecordFilterSchema>;

export type Condition =
  | {
      type: 'records';
      filter: RecordFilter;
      windowMonths?: number | undefined;
      /** Only records in force on the as-of date (licences: issued and not yet expired). */
      activeOnAsOf?: boolean | undefined;
      min?: number | undefined;
      max?: number | undefined;
    }
  | { type: 'list-entry'; listTypes: string[]; states?: string[] | undefined; source?: 'local' | 'external' | undefined }
  | { type: 'years-at-grade'; grade: string; years: number; maxGapDays?: number | undefined }
  | { type: 'not'; condition: Condition }
  | { type: 'all'; conditions: Condition[] }
  | { type: 'any'; conditions: Condition[] };

/** A condition on the records, list entries or previous grades of one enterprise. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('records'),
      filter: RecordFilterSchema,
      windowMonths: Months.optional(),
      activeOnAsOf: z.boolean().optional(),
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
    }),
    z.strictObject({
      type: z.literal('list-entry'),
      listTypes: z.array(z.string().min(1)).min(1),
      states: z.array(z.string().min(1)).min(1).optional(),
      source: z.enum(['local', 'external']).optional(),
    }),
    z.strictObject({
      type: z.literal('years-at-grade'),
      grade: Grade,
      years: z.number().int().min(1).max(50),
      maxGapDays: z.number().int().min(0).max(366).optional(),
    }),
    z.strictObject({ type: z.literal('not'), condition: ConditionSchema }),
    z.strictObject({ type: z.literal('all'), conditions: z.array(ConditionSchema).min(1) }),
    z.strictObject({ type: z.literal('any'), conditions: z.array(ConditionSchema).min(1) }),
  ]),
);

export const DecaySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  /** Full weight on the as-of date, falling in a straight line to zero at the window's start. */
  z.strictObject({ type: z.literal('linear') }),
  /** Weight 2^(−age / half-life); a record exactly one half-life old counts half. */
  z.strictObject({ type: z.literal('half-life'), halfLifeMonths: Months }),
]);
export type Decay = z.infer<typeof DecaySchema>;

/** Points one matching record is worth, before decay. */
export const PerRecordSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('flat'), points: Points }),
  z.strictObject({
    by: z.literal('severity'),
    points: z.strictObject({ minor: Points.optional(), general: Points.optional(), serious: Points.optional(), none: Points.optional() }),
  }),
  z.strictObject({ by: z.literal('award-level'), points: z.record(z.string().min(1), Points) }),
]);
export type PerRecord = z.infer<typeof PerRecordSchema>;

const perRecordRule = <K extends 'deduction' | 'bonus'>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    id: Id,
    label: Label,
    filter: RecordFilterSchema,
    windowMonths: Months.optional(),
    perRecord: PerRecordSchema,
    decay: DecaySchema.optional(),
    /** The most this rule deducts (or adds) in total. */
    maxPoints: Points.optional(),
  });

export const PointRuleSchema = z.discriminatedUnion('kind', [
  perRecordRule('deduction'),
  perRecordRule('bonus'),
  z.strictObject({ kind: z.literal('base'), id: Id, label: Label, points: Points, when: ConditionSchema.optional() }),
  z.strictObject({
    kind: z.literal('ratio'),
    id: Id,
    label: Label,
    /** The population (e.g. spot checks with a result); `passOutcomes` says which of them count as passed. */
    filter: RecordFilterSchema,
    passOutcomes: z.array(z.enum(RECORD_OUTCOMES)).min(1),
    windowMonths: Months.optional(),
    bands: z.array(z.strictObject({ minPercent: z.number().min(0).max(100).refine(isHundredths), points: Points })).min(1),
    noData: Points,
  }),
  z.strictObject({
    kind: z.literal('consecutive-passes'),
    id: Id,
    label: Label,
    filter: RecordFilterSchema,
    passOutcomes: z.array(z.enum(RECORD_OUTCOMES)).min(1),
    failOutcomes: z.array(z.enum(RECORD_OUTCOMES)).min(1),
    years: z.number().int().min(1).max(20),
    points: Points,
  }),
]);
export type PointRule = z.infer<typeof PointRuleSchema>;

export const GradeRuleSchema = z.discriminatedUnion('kind', [
  /** Must hold for `grade` or better; when it fails the grade is capped one band below `grade`. */
  z.strictObject({ kind: z.literal('gate'), id: Id, label: Label, grade: Grade, requires: ConditionSchema }),
  /** When it holds, the grade is at best `maxGrade`. */
  z.strictObject({ kind: z.literal('cap'), id: Id, label: Label, maxGrade: Grade, when: ConditionSchema }),
  /** 一票否决: when it holds, the grade is `grade` (default: the lowest band) whatever the score. */
  z.strictObject({ kind: z.literal('veto'), id: Id, label: Label, grade: Grade.optional(), when: ConditionSchema }),
]);
export type GradeRule = z.infer<typeof GradeRuleSchema>;

export const IndicatorSchema = z.strictObject({
  id: Id,
  label: Label,
  maxPoints: Points,
  rules: z.array(PointRuleSchema).min(1),
});

export const DimensionSchema = z.strictObject({
  id: Id,
  label: Label,
  /** The dimension's share of the total score; indicator points are scaled to it (see README). */
  weight: Points,
  indicators: z.array(IndicatorSchema).min(1),
});

export const GradeBandSchema = z.strictObject({ grade: Grade, minScore: Points, label: Label.optional() });

export const EvaluationModelShape = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  version: z.number().int().min(1),
  name: Label,
  description: z.string().optional(),
  validFrom: IsoDate,
  validityMonths: Months,
  /** Best first; the last band must start at 0 so every score has a grade. */
  grades: z.array(GradeBandSchema).min(2),
  dimensions: z.array(DimensionSchema).min(1),
  gradeRules: z.array(GradeRuleSchema),
  sources: z.array(z.string()).optional(),
});
