import type { CreditRecord } from '../records/record';

/** A list entry as evaluation needs it (严重违法失信名单, 经营异常名录, local lists…). */
export type ListEntryInput = {
  listType: string;
  state: string;
  from: string;
  to: string | null;
  source: 'local' | 'external';
};

/** A grade the enterprise held before (from earlier approved runs), for "years at grade" gates. */
export type PreviousGrade = { grade: string; validFrom: string; validTo: string };

export type EvaluationInput = {
  enterprise: { id: number; uscc: string; regionCode: string; industryCode: string; establishedOn?: string | null };
  records: readonly CreditRecord[];
  listEntries: ListEntryInput[];
  previousGrades: readonly PreviousGrade[];
};

/** One scored line of an explanation: a record (or, for base and ratio rules, none) and its points. */
/** Items that name no record (base, ratio) are shared between results and frozen: never mutate one. */
export type IndicatorItem = { readonly ruleId: string; readonly recordId: number | null; readonly points: string };

/** Points are fixed two-decimal strings ('12.50'): what people see, compare and store. */
export type IndicatorResult = {
  /** `dimension/indicator`. */
  path: string;
  label: string;
  points: string;
  maxPoints: string;
  /** Every record the indicator looked at to reach its points, ascending. */
  recordIds: number[];
  items: IndicatorItem[];
  notes: string[];
};

export type DimensionResult = { id: string; label: string; points: string; weight: string };

export type GradeRuleHit = {
  ruleId: string;
  label: string;
  /** The grade the rule leaves as the best possible (gate: the band below the gate's grade). */
  grade: string;
  recordIds: number[];
  listEntries: ListEntryInput[];
};

export type EnterpriseEvaluation = {
  enterpriseId: number;
  uscc: string;
  regionCode: string;
  industryCode: string;
  modelId: string;
  modelVersion: number;
  asOf: string;
  validTo: string;
  score: string;
  /** The grade of the score alone. */
  rawGrade: string;
  /** After gates, caps and vetoes. */
  grade: string;
  dimensions: DimensionResult[];
  indicators: IndicatorResult[];
  gatesFailed: GradeRuleHit[];
  caps: GradeRuleHit[];
  vetoes: GradeRuleHit[];
  /** Set by the backend when an officer adjusts the grade (with a reviewer's approval); `grade` is kept. */
  adjustedGrade?: { grade: string; reason: string };
};
