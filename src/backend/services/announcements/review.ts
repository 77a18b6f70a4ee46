import type Database from 'better-sqlite3';
import { matchScore } from '../../../core/matching/classify';
import { surfaceName } from '../../../core/matching/name';
import { toBeijingIso } from '../../../core/shared/time';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { subjectKey } from './subjects';
import { proposeRedSuspensions } from '../red-list/suspension-proposals';

type WaitingRow = { id: number; kind: string; summary: string; occurred_on: string; import_batch_id: number | null; subject_name: string; subject_place: string | null; details: string };
type CandidateRow = { enterprise_id: number; score: string; parts: string; uscc: string; name: string; address: string };

function waitingRows(db: Database.Database, batchId?: number): WaitingRow[] {
  const where = batchId === undefined ? '' : 'AND import_batch_id = ?';
  const sql = `SELECT id, kind, summary, occurred_on, import_batch_id, subject_name, subject_place, details FROM credit_records
    WHERE enterprise_id IS NULL AND deleted_at IS NULL ${where} ORDER BY id`;
  return (batchId === undefined ? db.prepare(sql).all() : db.prepare(sql).all(batchId)) as WaitingRow[];
}

function notesOf(details: string): string {
  const d = JSON.parse(details) as { notes?: unknown; BZ?: unknown };
  return typeof d.notes === 'string' ? d.notes : typeof d.BZ === 'string' ? d.BZ : '';
}

function candidatesOf(db: Database.Database, ids: readonly number[]) {
  const stmt = db.prepare(`SELECT c.enterprise_id, c.score, c.parts, e.uscc, e.name, e.address FROM match_candidates c
    JOIN enterprises e ON e.id = c.enterprise_id WHERE c.record_id = ? AND e.deleted_at IS NULL`);
  const best = new Map<number, CandidateRow>();
  for (const id of ids) for (const c of stmt.all(id) as CandidateRow[]) if (!best.has(c.enterprise_id)) best.set(c.enterprise_id, c);
  return [...best.values()].map((c) => {
    const { reason, ...parts } = JSON.parse(c.parts) as Record<string, number> & { reason?: string };
    return { enterpriseId: c.enterprise_id, uscc: c.uscc, name: c.name, address: c.address, score: Number(c.score), parts, reason: String(reason ?? '') };
  }).sort((a, b) => b.score - a.score || a.enterpriseId - b.enterpriseId);
}

/** Records awaiting identification, grouped by firm (one decision settles a group), with candidates. */
export const reviewList: Handler<'review:list'> = (input, ctx) => {
  const groups = new Map<string, WaitingRow[]>();
  const query = input.query ? surfaceName(input.query) : '';
  for (const r of waitingRows(ctx.ws.db, input.batchId)) {
    if (query !== '' && !surfaceName(r.subject_name).includes(query)) continue;
    const key = subjectKey(r.subject_name, r.subject_place);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const all = [...groups.entries()];
  const page = all.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  return {
    total: all.length,
    records: all.reduce((n, [, rs]) => n + rs.length, 0),
    items: page.map(([key, rs]) => ({
      subjectKey: key, subjectName: rs[0]?.subject_name ?? '', subjectPlace: rs[0]?.subject_place ?? '',
      records: rs.map((r) => ({ id: r.id, kind: r.kind, summary: r.summary, occurredOn: r.occurred_on, importBatchId: r.import_batch_id, notes: notesOf(r.details) })),
      candidates: candidatesOf(ctx.ws.db, rs.map((r) => r.id)),
    })),
  };
};

type Target = { record: WaitingRow; key: string; group: number[] };

/** The waiting record named, its firm's key, and every waiting record of the same firm. */
function target(ctx: CallContext, recordId: number): Target {
  const record = ctx.ws.db.prepare('SELECT id, kind, summary, occurred_on, import_batch_id, subject_name, subject_place, details, enterprise_id FROM credit_records WHERE id = ? AND deleted_at IS NULL')
    .get(recordId) as (WaitingRow & { enterprise_id: number | null }) | undefined;
  if (!record) fail('E_NOT_FOUND', `没有编号为 ${recordId} 的记录`);
  if (record.enterprise_id !== null) fail('E_REVIEW_NOT_WAITING');
  const key = subjectKey(record.subject_name, record.subject_place);
  const group = waitingRows(ctx.ws.db).filter((r) => subjectKey(r.subject_name, r.subject_place) === key).map((r) => r.id);
  return { record, key, group };
}

function enterprise(ctx: CallContext, by: { id?: number | undefined; uscc?: string | undefined }): { id: number; name: string; address: string; uscc: string } {
  const row = (by.id !== undefined
    ? ctx.ws.db.prepare('SELECT id, name, address, uscc FROM enterprises WHERE id = ? AND deleted_at IS NULL').get(by.id)
    : ctx.ws.db.prepare('SELECT id, name, address, uscc FROM enterprises WHERE uscc = ? AND deleted_at IS NULL').get(by.uscc?.toUpperCase())) as { id: number; name: string; address: string; uscc: string } | undefined;
  if (!row) fail('E_NOT_FOUND', '未找到该企业');
  return row;
}

function decide(ctx: CallContext, t: Target, enterpriseId: number | null, decision: 'same' | 'not-same' | 'unsure', via: string): number[] {
  const db = ctx.ws.db;
  const by = requireUser(ctx).username;
  const at = toBeijingIso(ctx.now());
  const e = enterpriseId === null ? null : enterprise(ctx, { id: enterpriseId });
  const score = e ? matchScore({ name: t.record.subject_name, place: t.record.subject_place }, { name: e.name, place: e.address }) : null;
  const evidence = (id: number | null) => JSON.stringify({ via, recordId: t.record.id, subjectName: t.record.subject_name, subjectPlace: t.record.subject_place, enterpriseId: id, ...(score && id === e?.id ? { score: score.score, parts: score.parts } : {}) });
  const insert = db.prepare('INSERT INTO match_decisions (subject_key, enterprise_id, decision, decided_by, decided_at, evidence) VALUES (?, ?, ?, ?, ?, ?)');
  const dropPair = db.prepare('DELETE FROM match_candidates WHERE record_id = ? AND enterprise_id = ?');
  let linked: number[] = [];
  if (decision === 'same' && e) {
    const link = db.prepare('UPDATE credit_records SET enterprise_id = ?, updated_at = ? WHERE id = ? AND enterprise_id IS NULL');
    const clear = db.prepare('DELETE FROM match_candidates WHERE record_id = ?');
    for (const id of t.group) { link.run(e.id, at, id); clear.run(id); }
    linked = t.group;
    insert.run(t.key, e.id, 'same', by, at, evidence(e.id));
  } else if (decision === 'not-same') {
    const ruled = e ? [e.id] : (db.prepare(`SELECT DISTINCT enterprise_id FROM match_candidates WHERE record_id IN (${t.group.map(() => '?').join(',')})`).pluck().all(...t.group) as number[]);
    for (const id of ruled) insert.run(t.key, id, 'not-same', by, at, evidence(id));
    if (ruled.length === 0) insert.run(t.key, null, 'not-same', by, at, evidence(null));
    for (const r of t.group) for (const id of ruled) dropPair.run(r, id);
  } else {
    insert.run(t.key, e?.id ?? null, 'unsure', by, at, evidence(e?.id ?? null));
  }
  // Records now known to be a red-listed firm's arrive for it only here: a suspension may be due.
  if (linked.length > 0) proposeRedSuspensions(ctx, { recordIds: linked });
  ctx.audit({
    action: via === 'link-uscc' ? 'review:link-uscc' : 'review:resolve', entity: 'record', entityId: String(t.record.id),
    before: { enterpriseId: null, subjectKey: t.key }, after: { decision, enterpriseId: e?.id ?? null, linkedRecordIds: linked },
  });
  return linked;
}

/** A person's decision on a waiting firm, kept and replayed on every later import. */
export const reviewResolve: Handler<'review:resolve'> = (input, ctx) => {
  const t = target(ctx, input.recordId);
  const linkedRecordIds = decide(ctx, t, input.enterpriseId, input.decision, 'review');
  return { decision: input.decision, enterpriseId: input.enterpriseId, linkedRecordIds };
};

/** Links a waiting firm to a registered one (often registered after the import), by id or code. */
export const reviewLinkUscc: Handler<'review:link-uscc'> = (input, ctx) => {
  const t = target(ctx, input.recordId);
  const e = enterprise(ctx, { id: input.enterpriseId, uscc: input.uscc });
  const linkedRecordIds = decide(ctx, t, e.id, 'same', 'link-uscc');
  return { decision: 'same' as const, enterpriseId: e.id, linkedRecordIds };
};
