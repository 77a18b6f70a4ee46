import type { z } from 'zod';
import { licenceKind } from './details/licences';
import { accidentKind, awardKind, commitmentKind, complaintKind, interviewKind } from './details/others';
import { penaltyKind } from './details/penalties';
import type { AnyKindSpec } from './details/spec';
import { spotCheckKind } from './details/spot-checks';
import type { RecordEffect, RecordKind, RecordOutcome } from './record';

export type { SpotCheckDetails } from './details/spot-checks';
export type { PenaltyDetails } from './details/penalties';
export type { LicenceDetails } from './details/licences';

export type KindMeta = {
  zh: string;
  en: string;
  /** The outcomes a record of this kind may carry; empty means the outcome is always null. */
  outcomes: readonly RecordOutcome[];
  /** Whether the record carries a severity (轻微/一般/严重); required when it applies. */
  severity: boolean;
  /** Whether the record follows the spot-check state machine (`core/spot-checks`). */
  stateMachine: boolean;
};

/**
 * What the UI, the importers and the evaluation need to know of each kind. Effects are in
 * `defaultEffect`, since for spot checks and complaints they depend on the outcome.
 */
export const KIND_META: Readonly<Record<RecordKind, KindMeta>> = {
  'spot-checks': { zh: '监督抽查', en: 'Supervisory spot check', outcomes: ['pass', 'fail', 'refused', 'pending'], severity: false, stateMachine: true },
  penalties: { zh: '行政处罚', en: 'Administrative penalty', outcomes: [], severity: true, stateMachine: false },
  licences: { zh: '行政许可', en: 'Licence or certification', outcomes: ['valid', 'invalid'], severity: false, stateMachine: false },
  complaints: { zh: '投诉举报', en: 'Complaint', outcomes: ['verified', 'unverified', 'pending'], severity: false, stateMachine: false },
  accidents: { zh: '质量事故与召回', en: 'Quality accident or recall', outcomes: [], severity: true, stateMachine: false },
  interviews: { zh: '约谈', en: 'Regulatory interview', outcomes: [], severity: false, stateMachine: false },
  commitments: { zh: '质量承诺与年度报告', en: 'Quality commitment or annual report', outcomes: [], severity: false, stateMachine: false },
  awards: { zh: '质量荣誉', en: 'Quality award or honour', outcomes: [], severity: false, stateMachine: false },
};

/** Chinese names of the outcomes, for lists and summaries. */
export const OUTCOME_LABELS: Readonly<Record<RecordOutcome, { zh: string; en: string }>> = {
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
  refused: { zh: '拒检', en: 'Refused' },
  pending: { zh: '待定', en: 'Pending' },
  valid: { zh: '有效', en: 'Valid' },
  invalid: { zh: '无效', en: 'Invalid' },
  verified: { zh: '属实', en: 'Verified' },
  unverified: { zh: '不属实', en: 'Not verified' },
};

/** Per kind, the zod schema of `details` with its field labels, projection and cross-field rules. */
export const KIND_SPECS: Readonly<Record<RecordKind, AnyKindSpec>> = {
  'spot-checks': spotCheckKind,
  penalties: penaltyKind,
  licences: licenceKind,
  complaints: complaintKind,
  accidents: accidentKind,
  interviews: interviewKind,
  commitments: commitmentKind,
  awards: awardKind,
};

/** The details schema of a kind, e.g. for a contract or an importer. */
export const detailsSchema = (kind: RecordKind): z.ZodType => KIND_SPECS[kind].schema;

/**
 * How a record bears on credit when the officer does not say otherwise.
 * - spot checks: a fail or a refusal (拒检 is treated as a fail, domain §5) is negative; a pass is
 *   positive, because consecutive passes earn 红榜 standing; pending is neutral;
 * - complaints: negative only once verified;
 * - licences neutral; commitments and awards positive (GB/T 31863's commitment group);
 *   penalties, accidents and interviews negative.
 *
 * @example defaultEffect('spot-checks', 'refused') // 'negative'
 */
export function defaultEffect(kind: RecordKind, outcome: RecordOutcome | null): RecordEffect {
  switch (kind) {
    case 'spot-checks':
      return outcome === 'pass' ? 'positive' : outcome === 'fail' || outcome === 'refused' ? 'negative' : 'neutral';
    case 'complaints':
      return outcome === 'verified' ? 'negative' : 'neutral';
    case 'licences':
      return 'neutral';
    case 'commitments':
    case 'awards':
      return 'positive';
    case 'penalties':
    case 'accidents':
    case 'interviews':
      return 'negative';
  }
}
