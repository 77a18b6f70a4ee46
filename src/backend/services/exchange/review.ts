import type { z } from 'zod';
import type { ExternalEntrySchema } from '../../../contract/exchange';
import { matchScore } from '../../../core/matching/classify';
import { toBeijingIso } from '../../../core/shared/time';
import { fail } from '../../failure';
import { requireUser, type CallContext, type Handler } from '../../router/context';

type ExternalEntry = z.infer<typeof ExternalEntrySchema>;

const COLUMNS = `e.id AS entryId, e.issuer_agency AS issuer,
  (SELECT agency_name FROM trusted_keys t WHERE t.agency_code = e.issuer_agency ORDER BY t.id DESC LIMIT 1) AS agencyName,
  e.stream_id AS streamId, e.external_id AS externalId, e.list_type AS listType, e.state AS status, e.subject_name AS subjectName,
  e.subject_uscc AS subjectUscc, e.reason, e.legal_basis AS legalBasis, e.deciding_authority AS authority, e.decision_doc_no AS decisionDocNo,
  e.listed_on AS listedOn, e.planned_end AS plannedEnd, e.removed_on AS removedOn, e.enterprise_id AS enterpriseId,
  coalesce(e.match_state, 'none') AS matchState, coalesce(e.subject_key, '') AS subjectKey`;

/** External entries (联合惩戒), for a dossier, an issuer, or those awaiting identification. */
export const exchangeEntries: Handler<'exchange:entries'> = (input, ctx) => {
  const where = ["e.source = 'exchange'"];
  const params: (string | number)[] = [];
  if (input.enterpriseId !== undefined) { where.push('e.enterprise_id = ?'); params.push(input.enterpriseId); }
  if (input.issuer !== undefined) { where.push('e.issuer_agency = ?'); params.push(input.issuer); }
  if (input.matchState !== undefined) { where.push('e.match_state = ?'); params.push(input.matchState); }
  const db = ctx.ws.db;
  const total = db.prepare(`SELECT count(*) FROM list_entries e WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
  const items = db.prepare(`SELECT ${COLUMNS} FROM list_entries e WHERE ${where.join(' AND ')} ORDER BY e.listed_on DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.pageSize, (input.page - 1) * input.pageSize) as (ExternalEntry & { subjectKey: string })[];
  return { total, items };
};

type CandidateRow = { enterprise_id: number; score: string; parts: string; uscc: string; name: string; address: string };

function candidatesOf(ctx: CallContext, entryId: number) {
  const rows = ctx.ws.db.prepare(`SELECT c.enterprise_id, c.score, c.parts, en.uscc, en.name, en.address FROM list_match_candidates c
    JOIN enterprises en ON en.id = c.enterprise_id WHERE c.entry_id = ? AND en.deleted_at IS NULL`).all(entryId) as CandidateRow[];
  return rows.map((c) => {
    const { reason, ...parts } = JSON.parse(c.parts) as Record<string, number> & { reason?: string };
    return { enterpriseId: c.enterprise_id, uscc: c.uscc, name: c.name, address: c.address, score: Number(c.score), parts, reason: String(reason ?? '') };
  }).sort((a, b) => b.score - a.score || a.enterpriseId - b.enterpriseId);
}

/** External entries whose subject only resembles dossiers of ours by name, with the candidates and the score's parts. */
export const exchangeReviewList: Handler<'exchange:review-list'> = (input, ctx) => {
  const db = ctx.ws.db;
  const where = "e.source = 'exchange' AND e.enterprise_id IS NULL AND e.match_state = 'review'";
  const total = db.prepare(`SELECT count(*) FROM list_entries e WHERE ${where}`).pluck().get() as number;
  const rows = db.prepare(`SELECT ${COLUMNS} FROM list_entries e WHERE ${where} ORDER BY e.subject_key, e.id LIMIT ? OFFSET ?`)
    .all(input.pageSize, (input.page - 1) * input.pageSize) as (ExternalEntry & { subjectKey: string })[];
  return { total, items: rows.map((r) => ({ ...r, candidates: candidatesOf(ctx, r.entryId) })) };
};

type Waiting = { id: number; subject_name: string; deciding_authority: string | null; subject_key: string; enterprise_id: number | null };

/**
 * A person's decision on an external subject, kept under its subject key in match_decisions (the
 * table announcements use) and replayed on every later import: 'same' links every waiting entry
 * of the subject, 'not-same' rules the pair out so it never comes back as a candidate.
 */
export const exchangeReviewResolve: Handler<'exchange:review-resolve'> = (input, ctx) => {
  const db = ctx.ws.db;
  const entry = db.prepare("SELECT id, subject_name, deciding_authority, coalesce(subject_key, '') AS subject_key, enterprise_id FROM list_entries WHERE id = ? AND source = 'exchange'")
    .get(input.entryId) as Waiting | undefined;
  if (!entry) fail('E_NOT_FOUND', `没有编号为 ${input.entryId} 的外部名单记录`);
  if (entry.enterprise_id !== null) fail('E_REVIEW_NOT_WAITING');
  const e = input.enterpriseId === null ? null
    : (db.prepare('SELECT id, name, address FROM enterprises WHERE id = ? AND deleted_at IS NULL').get(input.enterpriseId) as { id: number; name: string; address: string } | undefined)
      ?? fail('E_NOT_FOUND', '未找到该企业');
  // Every entry of the same subject waiting for review, and this one (through the partial index).
  const waiting = db.prepare("SELECT id FROM list_entries WHERE match_state = 'review' AND subject_key = ? AND source = 'exchange' AND enterprise_id IS NULL").pluck().all(entry.subject_key) as number[];
  const group = waiting.includes(entry.id) ? waiting : [entry.id, ...waiting];
  const by = requireUser(ctx).username;
  const at = toBeijingIso(ctx.now());
  const score = e ? matchScore({ name: entry.subject_name, place: entry.deciding_authority }, { name: e.name, place: e.address }) : null;
  const evidence = (id: number | null) => JSON.stringify({ via: 'exchange-review', entryId: entry.id, subjectName: entry.subject_name, enterpriseId: id, ...(score && id === e?.id ? { score: score.score, parts: score.parts } : {}) });
  const decide = db.prepare('INSERT INTO match_decisions (subject_key, enterprise_id, decision, decided_by, decided_at, evidence) VALUES (?, ?, ?, ?, ?, ?)');
  let linked: number[] = [];
  if (input.decision === 'same' && e) {
    const link = db.prepare("UPDATE list_entries SET enterprise_id = ?, match_state = 'linked', updated_at = ? WHERE id = ?");
    const clear = db.prepare('DELETE FROM list_match_candidates WHERE entry_id = ?');
    for (const id of group) { link.run(e.id, at, id); clear.run(id); }
    linked = group;
    decide.run(entry.subject_key, e.id, 'same', by, at, evidence(e.id));
  } else if (input.decision === 'not-same') {
    const ruled = e ? [e.id] : (db.prepare(`SELECT DISTINCT enterprise_id FROM list_match_candidates WHERE entry_id IN (${group.map(() => '?').join(',')})`).pluck().all(...group) as number[]);
    for (const id of ruled) decide.run(entry.subject_key, id, 'not-same', by, at, evidence(id));
    if (ruled.length === 0) decide.run(entry.subject_key, null, 'not-same', by, at, evidence(null));
    const drop = db.prepare('DELETE FROM list_match_candidates WHERE entry_id = ? AND enterprise_id = ?');
    const settle = db.prepare("UPDATE list_entries SET match_state = 'none' WHERE id = ? AND NOT EXISTS (SELECT 1 FROM list_match_candidates WHERE entry_id = ?)");
    for (const r of group) { for (const id of ruled) drop.run(r, id); settle.run(r, r); }
  } else {
    decide.run(entry.subject_key, e?.id ?? null, 'unsure', by, at, evidence(e?.id ?? null));
  }
  ctx.audit({
    action: 'exchange:review-resolve', entity: 'list_entry', entityId: String(entry.id),
    before: { enterpriseId: null, subjectKey: entry.subject_key }, after: { decision: input.decision, enterpriseId: e?.id ?? null, linkedEntryIds: linked },
  });
  return { decision: input.decision, enterpriseId: e?.id ?? null, linkedEntryIds: linked };
};
