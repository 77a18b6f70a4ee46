import type { HolidayCalendar } from '../calendar/working-days';
import { blacklistExpiry, earliestEarlyRemoval, reinstatedTermStart } from '../rules/blacklist';
import type { BlacklistRuleSet } from '../rules/schema';
import { ok, type Result } from '../shared/result';
import type { ListCase } from './case';
import type { ParsedListEvent } from './events';

/** Term, expiry and the early-removal date, from the dates the case holds now. */
function withTerm(c: ListCase, set: BlacklistRuleSet, cal: HolidayCalendar, termStartsOn: string | null): Result<ListCase> {
  if (c.decidedOn === null) return ok(c);
  const dates = { decidedOn: c.decidedOn, publishedOn: c.publishedOn, restrictionEndsOn: c.restrictionEndsOn, termStartsOn };
  const term = blacklistExpiry(set, dates, cal);
  if (!term.ok) return term;
  const early = earliestEarlyRemoval(set, dates, cal);
  if (!early.ok) return early;
  return ok({ ...c, termFrom: term.value.from, expiresOn: term.value.expiresOn, earlyRemovalFrom: early.value });
}

/**
 * The case after `e`, which `transition` has already checked. `set` is the rule set for this
 * step: on a decision it becomes the case's rule set for good (chosen by the decision date).
 */
export function applyEvent(c0: ListCase, e: ParsedListEvent, set: BlacklistRuleSet, cal: HolidayCalendar): Result<ListCase> {
  const c: ListCase = { ...c0, lastEventOn: e.on };
  switch (e.type) {
    case 'propose':
      return ok({
        ...c, state: 'draft', listType: e.basis.listType, ruleSetId: set.id, proposedOn: e.on, proposedBy: e.by,
        penaltyRecordIds: e.basis.penaltyRecordIds, authorityLevel: e.basis.authorityLevel, restrictionEndsOn: e.basis.restrictionEndsOn,
      });
    case 'serve-notice': return ok({ ...c, state: 'notice-served', noticeServedOn: e.on });
    case 'receive-objection': return ok({ ...c, state: 'objection', objectionOn: e.on, hearingRequested: e.hearing });
    case 'verify-objection':
      return ok(e.outcome === 'upheld'
        ? { ...c, state: 'heard', objectionVerifiedOn: e.on }
        : { ...c, state: 'dropped', objectionVerifiedOn: e.on, droppedOn: e.on });
    case 'consent': return ok({ ...c, state: 'consented', consentOn: e.on, consentBy: e.by });
    case 'decide':
      return withTerm({ ...c, state: 'decided', ruleSetId: set.id, decidedOn: e.on, decidedBy: e.by, decisionDocNo: e.docNo ?? null }, set, cal, null);
    case 'reject-proposal': return ok({ ...c, state: 'dropped', droppedOn: e.on });
    case 'publish': return withTerm({ ...c, state: 'active', publishedOn: e.on }, set, cal, null);
    case 'request-early-removal': return ok({ ...c, state: 'removal-requested', removalRequestedOn: e.on, removalRequestedBy: e.by });
    case 'approve-removal':
      return ok({ ...c, state: 'removed', removalDecidedOn: e.on, removalDocNo: e.docNo ?? null, removedOn: e.on });
    case 'reject-removal': return ok({ ...c, state: 'active', removalDecidedOn: e.on });
    case 'expire': return ok({ ...c, state: 'expired', expiredOn: e.on });
    case 'withdraw': return ok({ ...c, state: 'withdrawn', withdrawnOn: e.on });
    case 'reinstate': {
      const start = reinstatedTermStart(set.reinstatement, { from: c.termFrom ?? c.decidedOn ?? e.on, removedOn: c.removedOn ?? e.on, reinstatedOn: e.on });
      // The earlier application is spent; a new one starts its own clock.
      const reset: ListCase = { ...c, state: 'active', reinstatedOn: e.on, removalRequestedOn: null, removalRequestedBy: null, removalDecidedOn: null };
      return withTerm(reset, set, cal, start);
    }
  }
}
