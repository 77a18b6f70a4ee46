import type { ListCase } from '../../../core/lists/case';
import type { ListEntryRow } from '../../db/schema';

/** The columns of `list_entries` that mirror the case (what publications and lists read). */
export type ProjectedColumns = Pick<ListEntryRow, 'state' | 'ruleSet' | 'decisionDocNo' | 'listedOn' | 'plannedEnd' | 'removedOn' | 'removalReason' | 'removalAuthority'>;

/** Why an entry left the list, for the removal columns (publications default the reason otherwise). */
function removalReasonOf(c: ListCase, note: string | null): string | null {
  if (c.state === 'removed') return note ?? '提前移出';
  return null;
}

/**
 * The row's columns after a step: the state the publications select on (`active` while listed),
 * the term the rules computed (`listedOn` = the day it counts from, once published; `plannedEnd` = the expiry),
 * and the removal, cleared again by a reinstatement.
 */
export function projectCase(c: ListCase, row: Pick<ListEntryRow, 'decidingAuthority'>, note: string | null): ProjectedColumns {
  const off = c.state === 'removed' || c.state === 'expired' || c.state === 'withdrawn';
  const removedOn = !off ? null : c.state === 'removed' ? c.removedOn : c.state === 'expired' ? c.expiredOn : c.withdrawnOn;
  return {
    state: c.state,
    ruleSet: c.ruleSetId,
    decisionDocNo: c.decisionDocNo,
    // Only a published entry was ever on the list: publications read a listing date as having been listed.
    listedOn: c.publishedOn !== null ? c.termFrom ?? c.publishedOn : null,
    plannedEnd: c.expiresOn,
    removedOn,
    removalReason: off ? removalReasonOf(c, note) : null,
    removalAuthority: off ? row.decidingAuthority : null,
  };
}
