import type { AuthorityLevel } from '../rules/schema';
import type { Actor } from './events';
import type { ListState } from './states';

/**
 * A black-list entry's life so far: the fold of its dated event history (`replay`). Stored, only
 * the history and `state` are needed; the rest is what the rules count from.
 */
export type ListCase = {
  state: ListState;
  lastEventOn: string | null;
  listType: string | null;
  /** The rule set judging the case: chosen by the proposal date, then fixed by the decision date. */
  ruleSetId: string | null;
  proposedOn: string | null;
  proposedBy: Actor | null;
  penaltyRecordIds: readonly number[];
  authorityLevel: AuthorityLevel | null;
  restrictionEndsOn: string | null;
  noticeServedOn: string | null;
  objectionOn: string | null;
  hearingRequested: boolean;
  objectionVerifiedOn: string | null;
  consentOn: string | null;
  consentBy: Actor | null;
  decidedOn: string | null;
  decidedBy: Actor | null;
  decisionDocNo: string | null;
  publishedOn: string | null;
  /** The date the term counts from (moved by a reinstatement). */
  termFrom: string | null;
  /** Automatic expiry date (term or longer restriction). */
  expiresOn: string | null;
  /** First day an early removal may be applied for; null: the rules allow none. */
  earlyRemovalFrom: string | null;
  removalRequestedOn: string | null;
  removalRequestedBy: Actor | null;
  removalDecidedOn: string | null;
  removalDocNo: string | null;
  removedOn: string | null;
  expiredOn: string | null;
  withdrawnOn: string | null;
  droppedOn: string | null;
  reinstatedOn: string | null;
};

/** @example initialListCase().state // 'new' */
export function initialListCase(): ListCase {
  return {
    state: 'new', lastEventOn: null, listType: null, ruleSetId: null, proposedOn: null, proposedBy: null, penaltyRecordIds: [],
    authorityLevel: null, restrictionEndsOn: null, noticeServedOn: null, objectionOn: null, hearingRequested: false,
    objectionVerifiedOn: null, consentOn: null, consentBy: null, decidedOn: null, decidedBy: null, decisionDocNo: null,
    publishedOn: null, termFrom: null, expiresOn: null, earlyRemovalFrom: null, removalRequestedOn: null,
    removalRequestedBy: null, removalDecidedOn: null, removalDocNo: null, removedOn: null, expiredOn: null, withdrawnOn: null,
    droppedOn: null, reinstatedOn: null,
  };
}
