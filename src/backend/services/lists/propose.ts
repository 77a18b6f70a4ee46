import { ListEventSchema, type ListEvent } from '../../../core/lists/events';
import { initialListCase } from '../../../core/lists/case';
import { transition } from '../../../core/lists/machine';
import { toBeijingIso } from '../../../core/shared/time';
import { listEntries, listEvents } from '../../db/schema';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { findEnterpriseRow } from '../enterprises';
import { requireAgency } from '../keys/agency';
import { checkPenalties, legalRepresentativeOf } from './basis';
import { listContextOf } from './case';
import { evidenceOf } from './history';
import { projectCase } from './project';

/** The next permanent id `<agency USCC>-<list>-<n>`: never reused, as removal never deletes a row. */
export function nextUid(ctx: CallContext, agencyCode: string, listType: string): string {
  const prefix = `${agencyCode}-${listType}-`;
  const last = ctx.ws.db.prepare('SELECT max(CAST(substr(entry_uid, ?) AS INTEGER)) FROM list_entries WHERE substr(entry_uid, 1, ?) = ?')
    .pluck().get(prefix.length + 1, prefix.length, prefix) as number | null;
  return `${prefix}${(last ?? 0) + 1}`;
}

/**
 * Opens a black-list case for an enterprise: the core checks the basis (linked penalties, every
 * Art 12 factor, subjects the list admits) and the proposer's role; the entry, its first event
 * and the audit row are written in the call's one transaction.
 */
export const listsPropose: Handler<'lists:propose'> = (input, ctx) => {
  const user = requireUser(ctx);
  const agency = requireAgency(ctx);
  const enterprise = findEnterpriseRow(ctx, input.enterpriseId);
  checkPenalties(ctx, enterprise.id, input.penaltyRecordIds);
  const event: ListEvent = {
    type: 'propose', on: input.on, by: { userId: user.username, role: user.role }, ...(input.note ? { note: input.note } : {}),
    basis: {
      listType: input.listType, subjects: input.subjects, penaltyRecordIds: input.penaltyRecordIds, art12: input.art12,
      ...(input.art12Other ? { art12Other: input.art12Other } : {}), reason: input.reason, legalBasis: input.legalBasis,
      authority: input.authority, authorityLevel: input.authorityLevel, restrictionEndsOn: input.restrictionEndsOn,
    },
  };
  const next = transition(initialListCase(), event, listContextOf(ctx));
  if (!next.ok) fail(next.error.code, next.error.message, next.error.details);
  const personId = input.subjects.includes('person') ? legalRepresentativeOf(ctx, enterprise.id) : null;
  const parsed = ListEventSchema.parse(event);
  const at = toBeijingIso(ctx.now());
  const entryUid = nextUid(ctx, agency.code, input.listType);
  const row = ctx.ws.orm.insert(listEntries).values({
    entryUid, listType: input.listType, enterpriseId: enterprise.id, personId, subjectName: enterprise.name, subjectUscc: enterprise.uscc,
    source: 'local', reason: input.reason, legalBasis: input.legalBasis, basis: JSON.stringify(parsed.type === 'propose' ? parsed.basis : {}),
    decidingAuthority: input.authority, authorityCode: agency.code, proposedBy: user.username, createdAt: at, updatedAt: at,
    ...projectCase(next.value.case, { decidingAuthority: input.authority }, null),
  }).returning().get();
  ctx.ws.orm.insert(listEvents).values({
    entryId: row.id, event: 'propose', onDate: input.on, byUser: user.username, byRole: user.role, docNo: null, note: input.note ?? null,
    evidence: JSON.stringify(evidenceOf(parsed)), at,
  }).run();
  ctx.audit({
    action: 'lists:propose', entity: 'list_entry', entityId: String(row.id), before: null,
    after: { entryUid, listType: row.listType, enterpriseId: row.enterpriseId, personId, state: row.state, basis: JSON.parse(row.basis) as unknown },
  });
  return { id: row.id, entryUid, state: row.state };
};
