import { impliedEvents } from '../../../core/spot-checks/implied';
import type Database from 'better-sqlite3';
import { outcomeForState } from '../../../core/spot-checks/states';
import { fail } from '../../failure';
import type { Plan } from './plan';

export type WriteContext = { db: Database.Database; batchId: number; by: string; at: string; signal: AbortSignal; progress: (done: number, total: number) => void };

const CHUNK = 500;

function checkpoint(ctx: WriteContext, done: number, total: number): void {
  if (done % CHUNK !== 0) return;
  if (ctx.signal.aborted) fail('E_CANCELLED');
  ctx.progress(done, total);
}

/**
 * Stores each row the plan accepts as a record of the batch: linked when its firm was surely
 * identified, otherwise with no enterprise and the candidates a person will review. The name and
 * place the source gave stay on the record; a spot check gets the history its state implies.
 */
export function writeRecords(ctx: WriteContext, plan: Plan, accepted: ReadonlySet<number>): { linked: number; waiting: number } {
  const { db } = ctx;
  const insert = db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, subject_place, effect, authority, authority_code, doc_no,
    occurred_on, date_precision, ends_on, outcome, severity, state, summary, details, source, created_at, created_by, updated_at, import_batch_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?, ?, ?)`);
  const event = db.prepare("INSERT INTO record_events (record_id, event, on_date, state_before, state_after, note, by_user, at) VALUES (?, ?, ?, NULL, NULL, '导入时录入', ?, ?)");
  const candidate = db.prepare('INSERT INTO match_candidates (record_id, enterprise_id, score, parts) VALUES (?, ?, ?, ?)');
  let linked = 0;
  let waiting = 0;
  const drafts = plan.drafts.filter((d) => d.draft && d.firm && accepted.has(d.row));
  drafts.forEach((d, i) => {
    const r = d.draft;
    const firm = d.firm;
    if (!r || !firm) return;
    const group = plan.firms.get(plan.firmOfRow.get(d.row) ?? '');
    const enterpriseId = group?.outcome.verdict === 'sure' ? (group.outcome.enterprise?.id ?? null) : null;
    const id = Number(insert.run(
      r.kind, enterpriseId, firm.name, firm.place === '' ? null : firm.place, r.effect, r.authority, r.authorityCode, r.docNo,
      r.occurredOn, r.datePrecision, r.endsOn, r.outcome, r.severity, r.state, r.summary, JSON.stringify(r.details),
      ctx.at, ctx.by, ctx.at, ctx.batchId,
    ).lastInsertRowid);
    if (r.kind === 'spot-checks') for (const e of impliedEvents(r.state, r.details)) event.run(id, e.type, e.on, ctx.by, ctx.at);
    if (enterpriseId !== null) linked++;
    else {
      waiting++;
      for (const c of group?.outcome.candidates ?? []) candidate.run(id, c.enterpriseId, String(c.score), JSON.stringify({ ...c.parts, reason: c.reason }));
    }
    checkpoint(ctx, i + 1, drafts.length);
  });
  return { linked, waiting };
}

/**
 * Records the follow-up steps of each accepted row on its earlier check, with the states the
 * machine moved through, and moves the check's state and outcome on.
 */
export function writeFollowUps(ctx: WriteContext, plan: Plan, accepted: ReadonlySet<number>): { updated: number; applied: number } {
  const { db } = ctx;
  const event = db.prepare('INSERT INTO record_events (record_id, event, on_date, state_before, state_after, note, by_user, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE credit_records SET state = ?, outcome = ?, updated_at = ? WHERE id = ?');
  let updated = 0;
  let applied = 0;
  plan.followUps.forEach((f, i) => {
    if (!f.plan || f.recordId === null || !accepted.has(f.row)) return;
    applied++;
    if (f.plan.events.length === 0) return;
    let before: string = f.plan.from;
    f.plan.events.forEach((e, k) => {
      const after = f.plan?.states[k] ?? before;
      event.run(f.recordId, e.type, e.on, before, after, e.note ?? null, ctx.by, ctx.at);
      before = after;
    });
    update.run(f.plan.to, outcomeForState(f.plan.to), ctx.at, f.recordId);
    updated++;
    checkpoint(ctx, i + 1, plan.followUps.length);
  });
  return { updated, applied };
}
