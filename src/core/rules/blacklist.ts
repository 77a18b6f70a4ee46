import type { HolidayCalendar } from '../calendar/working-days';
import { ok, type Result } from '../shared/result';
import { laterOf, periodEnd } from './period';
import type { BlacklistRuleSet } from './schema';

/** The dates a listing's term counts from. */
export type ListingDates = {
  decidedOn: string;
  publishedOn?: string | null | undefined;
  /** End (first free day) of a legal restriction (限制从业 …) that may outlast the term. */
  restrictionEndsOn?: string | null | undefined;
  /** After a reinstatement: the date the recalculated term counts from (see `reinstatedTermStart`). */
  termStartsOn?: string | null | undefined;
};

export type ListingTerm = {
  /** The date the term counts from. */
  from: string;
  /** The term's own end. */
  termEnds: string;
  /** The entry expires by itself on this date: the term's end or the restriction's, whichever is later. */
  expiresOn: string;
  byRestriction: boolean;
};

/** The term's start: a reinstatement's start, else the decision or (by rule) its publication. */
function termStart(set: BlacklistRuleSet, d: ListingDates): string {
  if (d.termStartsOn) return d.termStartsOn;
  return set.termFrom === 'publication' && d.publishedOn ? d.publishedOn : d.decidedOn;
}

/**
 * When a listing expires by itself: 3 years under Order 44, 5 under Order 83, or the actual
 * restriction period if a legal restriction lasts longer (domain §2.1 Period, §2.2).
 *
 * @example blacklistExpiry(SAMR_44, { decidedOn: '2022-03-15' }, cal) // ok: { expiresOn: '2025-03-15', … }
 */
export function blacklistExpiry(set: BlacklistRuleSet, dates: ListingDates, cal: HolidayCalendar): Result<ListingTerm> {
  const from = termStart(set, dates);
  const end = periodEnd(from, set.term, cal);
  if (!end.ok) return end;
  const expiresOn = laterOf(end.value.date, dates.restrictionEndsOn);
  return ok({ from, termEnds: end.value.date, expiresOn, byRestriction: expiresOn !== end.value.date });
}

/**
 * The first day the party may apply for early removal: the minimum time listed (1 year under
 * Order 44) and not while a longer legal restriction still runs; null when the rules have no
 * early removal. A reinstated entry counts from its new start.
 *
 * @example earliestEarlyRemoval(SAMR_44, { decidedOn: '2025-02-05' }, cal) // ok: '2026-02-05'
 */
export function earliestEarlyRemoval(set: BlacklistRuleSet, dates: ListingDates, cal: HolidayCalendar): Result<string | null> {
  if (set.earlyRemovalAfter === null) return ok(null);
  const min = periodEnd(termStart(set, dates), set.earlyRemovalAfter, cal);
  if (!min.ok) return min;
  return ok(laterOf(min.value.date, dates.restrictionEndsOn));
}

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const fromDayNumber = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * After a removal obtained by fraud is revoked, the term's new start (the configurable rule, ✖):
 * restart counts a full term from the reinstatement; resume shifts the old start by the days the
 * entry was off the list; original keeps it.
 *
 * @example reinstatedTermStart('resume', { from: '2023-01-10', removedOn: '2024-02-01', reinstatedOn: '2024-03-02' }) // '2023-02-09'
 */
export function reinstatedTermStart(rule: BlacklistRuleSet['reinstatement'], t: { from: string; removedOn: string; reinstatedOn: string }): string {
  switch (rule) {
    case 'restart': return t.reinstatedOn;
    case 'resume': return fromDayNumber(dayNumber(t.from) + dayNumber(t.reinstatedOn) - dayNumber(t.removedOn));
    case 'original': return t.from;
  }
}
