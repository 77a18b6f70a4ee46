import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { CreditRecordView } from '../../contract/records';
import { DATE_PRECISIONS, RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES } from '../../core/records/record';
import { creditRecords, type CreditRecordRow } from '../db/schema';
import { fail } from '../failure';
import type { CallContext, Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';

/** Narrows a stored text to its vocabulary; a value outside it means the file was edited by hand. */
export function oneOf<T extends string>(values: readonly T[], v: string | null, column: string): T {
  const found = values.find((x) => x === v);
  if (found === undefined) throw new Error(`credit_records.${column} holds an unknown value: ${String(v)}`);
  return found;
}

export function toRecordView(r: CreditRecordRow): CreditRecordView {
  return {
    id: r.id, kind: oneOf(RECORD_KINDS, r.kind, 'kind'), enterpriseId: r.enterpriseId, personId: r.personId, productId: r.productId,
    subjectName: r.subjectName, effect: oneOf(RECORD_EFFECTS, r.effect, 'effect'), authority: r.authority, authorityCode: r.authorityCode,
    docNo: r.docNo, occurredOn: r.occurredOn, datePrecision: oneOf(DATE_PRECISIONS, r.datePrecision, 'date_precision'), endsOn: r.endsOn,
    outcome: r.outcome === null ? null : oneOf(RECORD_OUTCOMES, r.outcome, 'outcome'),
    severity: r.severity === null ? null : oneOf(SEVERITIES, r.severity, 'severity'),
    state: r.state, summary: r.summary, details: JSON.parse(r.details) as Record<string, unknown>, source: r.source,
    createdAt: r.createdAt, createdBy: r.createdBy, updatedAt: r.updatedAt,
  };
}

export function findRecordRow(ctx: CallContext, id: number): CreditRecordRow {
  const row = ctx.ws.orm.select().from(creditRecords).where(and(eq(creditRecords.id, id), isNull(creditRecords.deletedAt))).get();
  return row ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的信用记录`);
}

/** A dossier's records, newest first (the timeline when no kind is given). */
export const recordsList: Handler<'records:list'> = (input, ctx) => {
  findEnterpriseRow(ctx, input.enterpriseId);
  const where = and(
    eq(creditRecords.enterpriseId, input.enterpriseId), isNull(creditRecords.deletedAt),
    input.kind ? eq(creditRecords.kind, input.kind) : undefined,
  );
  const total = ctx.ws.orm.select({ n: sql<number>`count(*)` }).from(creditRecords).where(where).get()?.n ?? 0;
  const rows = ctx.ws.orm.select().from(creditRecords).where(where)
    .orderBy(desc(creditRecords.occurredOn), desc(creditRecords.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize).all();
  return { items: rows.map(toRecordView), total, page: input.page, pageSize: input.pageSize };
};
