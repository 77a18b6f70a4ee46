import { SPOT_CHECK_EVENT_LABELS, SPOT_CHECK_EVENTS, type SpotCheckEventType } from '../../core/spot-checks/states';
import type { Locale } from '../../core/shared/errors';

const isEvent = (value: string): value is SpotCheckEventType => (SPOT_CHECK_EVENTS as readonly string[]).includes(value);

/** A follow-up step in words; the backend's own label when core does not know the id. */
export function eventLabel(event: string, locale: Locale, fallback?: string): string {
  if (isEvent(event)) return SPOT_CHECK_EVENT_LABELS[event][locale];
  return fallback ?? event;
}

/** Steps that end or worsen the case: their buttons are red, so a slip of the mouse is less likely. */
export const GRAVE_EVENTS: readonly string[] = ['result-fail', 'recheck-fail', 'refer', 'suspend', 'announce', 'retest-upheld'];
