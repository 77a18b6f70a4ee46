import type { RedReason } from '../../../contract';
import type { Locale } from '../../../core/shared/errors';
import type { Translate } from '../../i18n/translate';

const REASON_KEYS = { clean: 'red.reason.clean', grade: 'red.reason.grade', award: 'red.reason.award' } as const;

/**
 * A candidate's reason: the core words it in Chinese with its numbers; in English the reason's
 * kind is named (the numbers are in the grade column and the linked records).
 */
export function redReasonText(r: RedReason, locale: Locale, t: Translate): string {
  if (locale === 'zh') return r.zh;
  const key = Object.hasOwn(REASON_KEYS, r.code) ? REASON_KEYS[r.code as keyof typeof REASON_KEYS] : null;
  return key ? t(key) : r.code;
}
