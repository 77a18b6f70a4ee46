import { RECORD_KINDS, type RecordKind } from '../../core/records/record';
import { toBeijingDate } from '../../core/shared/time';
import { CLOSED_STATES } from '../../core/spot-checks/states';
import { and, asc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import { creditRecords } from '../db/schema';
import type { Handler } from '../router/context';
import { attachmentsOf } from './attachments';
import { findEnterpriseRow } from './enterprises';
import { eventsOf, followUpOf } from './spot-check-follow-up';
import { banAppointments } from './todo/bans';

/** Spot-check states in which nothing more is expected of anybody: the closed ones, and a check not yet sampled. */
const SETTLED: readonly string[] = [...CLOSED_STATES, 'planned'];

type CountRow = { kind: string; total: number; negative: number; positive: number };

export const dossierSummary: Handler<'dossier:summary'> = (input, ctx) => {
  const enterprise = findEnterpriseRow(ctx, input.enterpriseId);
  const asOf = input.asOf ?? toBeijingDate(ctx.now());
  const db = ctx.ws.db;
  const counted = db.prepare(`SELECT kind, count(*) AS total, sum(effect = 'negative') AS negative, sum(effect = 'positive') AS positive
    FROM credit_records WHERE enterprise_id = ? AND deleted_at IS NULL GROUP BY kind`).all(enterprise.id) as CountRow[];
  const byKind = new Map(counted.map((c) => [c.kind, c]));
  const counts = RECORD_KINDS.map((kind: RecordKind) => {
    const c = byKind.get(kind);
    return { kind, total: c?.total ?? 0, negative: c?.negative ?? 0, positive: c?.positive ?? 0 };
  });
  const open = ctx.ws.orm.select().from(creditRecords).where(and(
    eq(creditRecords.enterpriseId, enterprise.id), eq(creditRecords.kind, 'spot-checks'), isNull(creditRecords.deletedAt),
    isNotNull(creditRecords.state), notInArray(creditRecords.state, [...SETTLED]),
  )).orderBy(asc(creditRecords.occurredOn)).all();
  const openFollowUps = open.map((row) => {
    const { raw: deadlines } = followUpOf(ctx, row, eventsOf(ctx, row.id), asOf);
    const pending = deadlines.filter((d) => d.status === 'open' || d.status === 'overdue').sort((a, b) => a.due.localeCompare(b.due));
    return { recordId: row.id, summary: row.summary, state: row.state ?? '', nextDue: pending[0]?.due ?? null, overdue: pending.some((d) => d.status === 'overdue') };
  });
  const banWarnings = banAppointments(ctx, asOf, { enterpriseId: enterprise.id });
  return { enterpriseId: enterprise.id, counts, lists: [], openFollowUps, banWarnings, attachments: attachmentsOf(ctx, { enterpriseId: enterprise.id, recordId: null }) };
};
