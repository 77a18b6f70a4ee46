import { impliedEvents } from '../../core/spot-checks/implied';
import { and, eq, isNull } from 'drizzle-orm';
import type { RecordDraftInput } from '../../contract/records';
import { validateRecordDraft, type RecordDraft } from '../../core/records/draft';
import type { RecordKind } from '../../core/records/record';
import { toBeijingDate, toBeijingIso } from '../../core/shared/time';
import { transition, replay } from '../../core/spot-checks/machine';
import { outcomeForState, SPOT_CHECK_EVENTS, type SpotCheckEventType } from '../../core/spot-checks/states';
import { creditRecords, products, recordEvents, type CreditRecordRow } from '../db/schema';
import { calendarOf } from '../calendar';
import { fail } from '../failure';
import { requireUser, type CallContext, type Handler } from '../router/context';
import { findEnterpriseRow } from './enterprises';
import { findPersonRow } from './persons';
import { findRecordRow, toRecordView } from './records-read';
import { recordDetail } from './records-detail';
import { proposeRedSuspensions } from './red-list/suspension-proposals';
import { softDelete } from './soft-delete';
import { eventsOf, historyOf } from './spot-check-follow-up';

/** The kind's rules, then the links: a product must be the same enterprise's, a person must exist. */
function validated(ctx: CallContext, kind: RecordKind, enterpriseId: number, draft: RecordDraftInput): RecordDraft {
  const result = validateRecordDraft(kind, { ...draft, enterpriseId });
  if (!result.ok) fail(result.error.code, result.error.message, result.error.details);
  const r = result.value;
  if (r.productId !== null) {
    const p = ctx.ws.orm.select({ id: products.id }).from(products)
      .where(and(eq(products.id, r.productId), eq(products.enterpriseId, enterpriseId), isNull(products.deletedAt))).get();
    if (!p) fail('E_NOT_FOUND', `该企业没有编号为 ${r.productId} 的产品`, { field: 'productId' });
  }
  if (r.personId !== null) findPersonRow(ctx, r.personId);
  return r;
}

/** What the audit trail keeps of a record: every column a person can change. */
const audited = (r: RecordDraft | CreditRecordRow): Record<string, unknown> => ({
  enterpriseId: r.enterpriseId, kind: r.kind, effect: r.effect, authority: r.authority, authorityCode: r.authorityCode, docNo: r.docNo,
  occurredOn: r.occurredOn, datePrecision: r.datePrecision, endsOn: r.endsOn, outcome: r.outcome, severity: r.severity, state: r.state,
  productId: r.productId, personId: r.personId,
  details: typeof r.details === 'string' ? (JSON.parse(r.details) as unknown) : r.details,
});

export const recordsCreate: Handler<'records:create'> = (input, ctx) => {
  const enterprise = findEnterpriseRow(ctx, input.enterpriseId);
  const r = validated(ctx, input.kind, enterprise.id, input.draft);
  const at = toBeijingIso(ctx.now());
  const by = requireUser(ctx).username;
  const row = ctx.ws.orm.insert(creditRecords).values({
    kind: r.kind, enterpriseId: enterprise.id, personId: r.personId, productId: r.productId, subjectName: enterprise.name,
    effect: r.effect, authority: r.authority, authorityCode: r.authorityCode, docNo: r.docNo, occurredOn: r.occurredOn,
    datePrecision: r.datePrecision, endsOn: r.endsOn, outcome: r.outcome, severity: r.severity, state: r.state, summary: r.summary,
    details: JSON.stringify(r.details), source: 'manual', createdAt: at, createdBy: by, updatedAt: at,
  }).returning().get();
  if (r.kind === 'spot-checks') {
    const implied = impliedEvents(r.state, r.details);
    const check = replay(implied, { calendar: calendarOf(ctx.ws, ctx.resourcesDir) });
    if (!check.ok) fail(check.error.code, check.error.message, check.error.details);
    for (const e of implied) {
      ctx.ws.orm.insert(recordEvents).values({ recordId: row.id, event: e.type, onDate: e.on, stateBefore: null, stateAfter: null, note: '登记时录入', byUser: by, at }).run();
    }
  }
  ctx.audit({ action: 'records:create', entity: 'record', entityId: String(row.id), before: null, after: audited(row) });
  proposeRedSuspensions(ctx, { recordId: row.id });
  return toRecordView(row);
};

export const recordsUpdate: Handler<'records:update'> = (input, ctx) => {
  const before = findRecordRow(ctx, input.id);
  if (before.enterpriseId === null) fail('E_NOT_FOUND', `编号为 ${input.id} 的记录尚未确认企业，请先在待识别列表中确认`);
  const kind = toRecordView(before).kind;
  // A follow-up in progress owns the state: an edit keeps it, and the machine alone moves it on.
  const r = validated(ctx, kind, before.enterpriseId, input.draft);
  const state = kind === 'spot-checks' && eventsOf(ctx, before.id).length > 0 ? before.state : r.state;
  const row = ctx.ws.orm.update(creditRecords).set({
    personId: r.personId, productId: r.productId, effect: r.effect, authority: r.authority, authorityCode: r.authorityCode, docNo: r.docNo,
    occurredOn: r.occurredOn, datePrecision: r.datePrecision, endsOn: r.endsOn, outcome: kind === 'spot-checks' ? before.outcome ?? r.outcome : r.outcome,
    severity: r.severity, state, summary: r.summary, details: JSON.stringify(r.details), updatedAt: toBeijingIso(ctx.now()),
  }).where(eq(creditRecords.id, before.id)).returning().get();
  if (!row) fail('E_NOT_FOUND');
  ctx.audit({ action: 'records:update', entity: 'record', entityId: String(row.id), before: audited(before), after: audited(row) });
  return toRecordView(row);
};

export const recordsDelete: Handler<'records:delete'> = (input, ctx) => {
  const row = findRecordRow(ctx, input.id);
  return softDelete(ctx, creditRecords, { id: row.id, action: 'records:delete', entity: 'record', reason: input.reason, before: { enterpriseId: row.enterpriseId, kind: row.kind, summary: row.summary } });
};

const isEventType = (e: string): e is SpotCheckEventType => (SPOT_CHECK_EVENTS as readonly string[]).includes(e);

/** One step of a spot check's follow-up, checked by the state machine against the dates before it and today. */
export const recordsTransition: Handler<'records:transition'> = (input, ctx) => {
  const row = findRecordRow(ctx, input.id);
  if (row.kind !== 'spot-checks') fail('E_SPOTCHECK_TRANSITION', '只有监督抽查记录有后处理步骤');
  if (!isEventType(input.event)) fail('E_SPOTCHECK_TRANSITION', `未知的后处理步骤“${input.event}”`);
  const calendar = calendarOf(ctx.ws, ctx.resourcesDir);
  const today = toBeijingDate(ctx.now());
  const folded = replay(historyOf(eventsOf(ctx, row.id)), { calendar });
  if (!folded.ok) fail(folded.error.code, folded.error.message, folded.error.details);
  const next = transition(folded.value.case, { type: input.event, on: input.onDate, ...(input.note ? { note: input.note } : {}) }, { calendar, today });
  if (!next.ok) fail(next.error.code, next.error.message, next.error.details);
  const state = next.value.case.state;
  const at = toBeijingIso(ctx.now());
  const by = requireUser(ctx).username;
  ctx.ws.orm.insert(recordEvents).values({
    recordId: row.id, event: input.event, onDate: input.onDate, stateBefore: row.state, stateAfter: state,
    docNo: input.docNo ?? null, note: input.note ?? null, byUser: by, at,
  }).run();
  const outcome = outcomeForState(state);
  ctx.ws.orm.update(creditRecords).set({ state, outcome, updatedAt: at }).where(eq(creditRecords.id, row.id)).run();
  ctx.audit({
    action: 'records:transition', entity: 'record', entityId: String(row.id),
    before: { state: row.state, outcome: row.outcome }, after: { state, outcome, event: input.event, onDate: input.onDate, docNo: input.docNo ?? null, warnings: next.value.warnings },
  });
  return recordDetail(ctx, findRecordRow(ctx, row.id), today);
};
