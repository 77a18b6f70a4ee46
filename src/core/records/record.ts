/**
 * The common shape of every credit record (信用记录) in a dossier. Each kind adds its own fields
 * in `details` (validated per kind, see `./kinds`); what every consumer — timeline, search,
 * evaluation, lists — needs is in the common columns, so that none of them has to parse details.
 */
export const RECORD_KINDS = [
  'spot-checks', 'penalties', 'licences', 'complaints', 'accidents', 'interviews', 'commitments', 'awards',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_EFFECTS = ['negative', 'positive', 'neutral'] as const;
/** How the record bears on credit: a failed check is negative, an award positive, a licence neutral. */
export type RecordEffect = (typeof RECORD_EFFECTS)[number];

/** A date read from a source keeps its precision: "2013年3月" stays a month, never becomes the 1st. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** 轻微 / 一般 / 严重 (penalties); 一般 / 较大 / 重大 (accidents map 较大→general, 重大→serious). */
export const SEVERITIES = ['minor', 'general', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Outcome vocabulary by kind (a column, because search and evaluation filter on it):
 * - spot-checks: pass | fail | refused | pending
 * - licences: valid | invalid
 * - complaints: verified | unverified | pending
 * - others: null
 */
export const RECORD_OUTCOMES = ['pass', 'fail', 'refused', 'pending', 'valid', 'invalid', 'verified', 'unverified'] as const;
export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];

export type CreditRecord = {
  id: number;
  kind: RecordKind;
  /** Null only for a record whose firm is still awaiting identification (imported by name). */
  enterpriseId: number | null;
  personId: number | null;
  productId: number | null;
  effect: RecordEffect;
  /** The authority that made the record (抽查组织部门, 处罚机关, 许可机关, 颁奖单位…). */
  authority: string;
  /** That authority's USCC, when known. */
  authorityCode: string | null;
  /** Decision or report number (文书号 / 报告编号). */
  docNo: string | null;
  /** The date that places the record in time: sampling, decision, award… ISO, cut to its precision. */
  occurredOn: string;
  datePrecision: DatePrecision;
  /** The end of validity or of publication (许可有效期至, 公示截止期), if any. */
  endsOn: string | null;
  outcome: RecordOutcome | null;
  severity: Severity | null;
  /** Spot-check follow-up state (see core/spot-checks); null for kinds without a state machine. */
  state: string | null;
  /** One line for lists and the timeline. */
  summary: string;
  details: Record<string, unknown>;
};
