import type { RecordEffect, RecordKind, RecordOutcome, Severity } from '../../core/records/record';
import { KIND_META, OUTCOME_LABELS } from '../../core/records/kinds';
import { isSpotCheckState, SPOT_CHECK_STATE_LABELS } from '../../core/spot-checks/states';
import type { Locale } from '../../core/shared/errors';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh';

/** The kind's name as the agencies say it (监督抽查, 行政处罚 …). */
export function kindLabel(kind: RecordKind, locale: Locale): string {
  return KIND_META[kind][locale];
}

export function outcomeLabel(outcome: RecordOutcome, locale: Locale): string {
  return OUTCOME_LABELS[outcome][locale];
}

const EFFECT_KEYS: Record<RecordEffect, MessageKey> = {
  negative: 'effect.negative',
  positive: 'effect.positive',
  neutral: 'effect.neutral',
};

/** Red for what counts against the firm, green for what counts for it: the colours officers expect. */
export const EFFECT_COLORS: Record<RecordEffect, string> = { negative: 'red', positive: 'green', neutral: 'default' };

export function effectLabel(effect: RecordEffect, t: Translate): string {
  return t(EFFECT_KEYS[effect]);
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  minor: 'severity.minor',
  general: 'severity.general',
  serious: 'severity.serious',
};

export function severityLabel(severity: Severity, t: Translate): string {
  return t(SEVERITY_KEYS[severity]);
}

/** A spot check's follow-up state in words; an unknown id (a newer program wrote it) as is. */
export function stateLabel(state: string, locale: Locale): string {
  return isSpotCheckState(state) ? SPOT_CHECK_STATE_LABELS[state][locale] : state;
}

/** Outcome colours: a fail or refusal red, a pass green, the rest neutral. */
export function outcomeColor(outcome: RecordOutcome): string {
  if (outcome === 'fail' || outcome === 'refused' || outcome === 'verified' || outcome === 'invalid') return 'red';
  if (outcome === 'pass' || outcome === 'valid') return 'green';
  return 'default';
}
