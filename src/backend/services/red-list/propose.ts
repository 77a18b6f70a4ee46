import { DEFAULT_LIST_TYPES } from '../../../core/lists/list-types';
import { toBeijingDate, toBeijingIso } from '../../../core/shared/time';
import { listEntries, listEvents } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type Handler } from '../../router/context';
import { requireAgency } from '../keys/agency';
import { nextUid } from '../lists/propose';
import { judgeFirms } from './candidates';
import { latestApprovedRun } from '../evaluation/approved';
import { openRedEntryOf } from './entry';

const LEGAL_BASIS = DEFAULT_LIST_TYPES.find((t) => t.id === 'red')?.legalBasis ?? '';

/**
 * Proposes firms for the red list. Each is judged again now (the candidates page may be stale):
 * a firm that no longer qualifies, or already holds a red entry, refuses the whole call, so
 * nothing is half-proposed. The reasons become the entry's basis.
 */
export const redPropose: Handler<'red:propose'> = (input, ctx) => {
  const user = requireUser(ctx);
  const agency = requireAgency(ctx);
  // A proposal judged on a future day would rest on facts not yet known, and no step could follow it today.
  if (input.asOf > toBeijingDate(ctx.now())) fail('E_LIST_DATE_ORDER', undefined, { asOf: input.asOf });
  const ids = [...new Set(input.enterpriseIds)];
  const run = latestApprovedRun(ctx.ws.db, input.asOf);
  const judged = new Map(judgeFirms(ctx.ws.db, ids, input.asOf, run).map((j) => [j.enterpriseId, j]));
  const at = toBeijingIso(ctx.now());
  const entries = ids.map((id) => {
    const j = judged.get(id) ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的企业`);
    if (!j.verdict.candidate) fail('E_RED_NOT_CANDIDATE', `“${j.name}”不符合红名单条件：${j.verdict.blockers.map((b) => b.zh).join('；')}`, { enterpriseId: id, blockers: j.verdict.blockers });
    if (openRedEntryOf(ctx, id) !== null) fail('E_RED_ALREADY_LISTED', undefined, { enterpriseId: id });
    const basis = { asOf: input.asOf, runId: run?.id ?? null, grade: j.grade, gradeValidTo: j.gradeValidTo, reasons: j.verdict.reasons };
    const entryUid = nextUid(ctx, agency.code, 'red');
    const row = ctx.ws.orm.insert(listEntries).values({
      entryUid, listType: 'red', enterpriseId: id, personId: null, subjectName: j.name, subjectUscc: j.uscc, state: 'proposed', source: 'local',
      reason: j.verdict.reasons.map((r) => r.zh).join('；'), legalBasis: LEGAL_BASIS, basis: JSON.stringify(basis),
      decidingAuthority: agency.name, authorityCode: agency.code, proposedBy: user.username, createdAt: at, updatedAt: at,
    }).returning().get();
    ctx.ws.orm.insert(listEvents).values({
      entryId: row.id, event: 'propose', onDate: input.asOf, byUser: user.username, byRole: user.role, docNo: null, note: input.note ?? null,
      evidence: JSON.stringify(basis), at,
    }).run();
    ctx.audit({ action: 'red:propose', entity: 'list_entry', entityId: String(row.id), before: null, after: { entryUid, listType: 'red', enterpriseId: id, state: row.state, basis } });
    return { id: row.id, entryUid, enterpriseId: id };
  });
  return { entries };
};
