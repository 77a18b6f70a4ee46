import type { RecordDetail } from '../../contract/records';
import { toBeijingDate } from '../../core/shared/time';
import type { CreditRecordRow } from '../db/schema';
import type { CallContext, Handler } from '../router/context';
import { attachmentsOf } from './attachments';
import { findRecordRow, toRecordView } from './records-read';
import { eventsOf, followUpOf } from './spot-check-follow-up';

/** A record with its follow-up history, the steps allowed next, its running deadlines and its evidence. */
export function recordDetail(ctx: CallContext, row: CreditRecordRow, asOf: string): RecordDetail {
  const events = eventsOf(ctx, row.id);
  const followUp = followUpOf(ctx, row, events, asOf);
  return {
    ...toRecordView(row),
    events: events.map((e) => ({ id: e.id, event: e.event, onDate: e.onDate, stateBefore: e.stateBefore, stateAfter: e.stateAfter, docNo: e.docNo, note: e.note, byUser: e.byUser, at: e.at })),
    allowedEvents: followUp.allowed,
    deadlines: followUp.deadlines,
    attachments: row.enterpriseId === null ? [] : attachmentsOf(ctx, { enterpriseId: row.enterpriseId, recordId: row.id }),
  };
}

export const recordsGet: Handler<'records:get'> = (input, ctx) =>
  recordDetail(ctx, findRecordRow(ctx, input.id), input.asOf ?? toBeijingDate(ctx.now()));
