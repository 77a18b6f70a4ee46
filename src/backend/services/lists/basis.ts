import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { creditRecords, enterprisePersons } from '../../db/schema';
import { fail } from '../../failure';
import type { CallContext } from '../../router/context';

/**
 * The penalty records a proposal rests on must be this enterprise's own, live penalty decisions:
 * a listing may not borrow another firm's penalty or one that was deleted.
 */
export function checkPenalties(ctx: CallContext, enterpriseId: number, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const found = ctx.ws.orm.select({ id: creditRecords.id }).from(creditRecords).where(and(
    inArray(creditRecords.id, [...ids]), eq(creditRecords.enterpriseId, enterpriseId), eq(creditRecords.kind, 'penalties'), isNull(creditRecords.deletedAt),
  )).all().map((r) => r.id);
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length > 0) fail('E_LIST_BASIS', `以下记录不是该企业的有效行政处罚记录：${missing.join('、')}`, { field: 'penaltyRecordIds', missing });
}

/** The current legal representative, listed with the enterprise when the proposal names persons too. */
export function legalRepresentativeOf(ctx: CallContext, enterpriseId: number): number {
  const row = ctx.ws.orm.select({ personId: enterprisePersons.personId }).from(enterprisePersons).where(and(
    eq(enterprisePersons.enterpriseId, enterpriseId), eq(enterprisePersons.role, 'legal_representative'), isNull(enterprisePersons.toDate),
  )).orderBy(desc(enterprisePersons.id)).get();
  return row?.personId ?? fail('E_LIST_BASIS', '该企业未登记法定代表人，不能将其一并列入', { field: 'subjects' });
}
