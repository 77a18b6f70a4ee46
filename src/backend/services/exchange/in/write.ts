import type Database from 'better-sqlite3';
import type { ExchangeRecord } from '../../../../core/exchange/record';
import { matchStateOf, type SubjectMatch } from './match';

export type Change = 'added' | 'amended' | 'removed' | 'dropped' | 'unchanged';
export type Counts = Record<Change, number>;
export type MatchCounts = { linked: number; review: number; none: number };

const UPSERT = `INSERT INTO list_entries (entry_uid, list_type, enterprise_id, person_id, subject_name, subject_uscc, state, source, issuer_agency,
  reason, legal_basis, basis, deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, removed_on, removal_reason, removal_authority,
  created_at, updated_at, content_sha256, stream_id, external_id, record, match_state, subject_key)
  VALUES (?, ?, ?, NULL, ?, ?, ?, 'exchange', ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT(issuer_agency, stream_id, external_id) DO UPDATE SET list_type = excluded.list_type, enterprise_id = excluded.enterprise_id,
  subject_name = excluded.subject_name, subject_uscc = excluded.subject_uscc, state = excluded.state, reason = excluded.reason,
  legal_basis = excluded.legal_basis, deciding_authority = excluded.deciding_authority, authority_code = excluded.authority_code,
  decision_doc_no = excluded.decision_doc_no, listed_on = excluded.listed_on, planned_end = excluded.planned_end, removed_on = excluded.removed_on,
  removal_reason = excluded.removal_reason, removal_authority = excluded.removal_authority, updated_at = excluded.updated_at,
  content_sha256 = excluded.content_sha256, record = excluded.record, match_state = excluded.match_state, subject_key = excluded.subject_key
  RETURNING id`;

/**
 * Writes one issuer's stream into list_entries (source 'exchange'): each record as received, with
 * its match (linked enterprise, or name-only candidates waiting for review). Every statement is
 * prepared once: a snapshot may hold a million records.
 */
export function streamWriter(db: Database.Database, issuer: string, streamId: string, at: string) {
  const upsert = db.prepare(UPSERT).pluck();
  const clearCandidates = db.prepare('DELETE FROM list_match_candidates WHERE entry_id = ?');
  const addCandidate = db.prepare('INSERT INTO list_match_candidates (entry_id, enterprise_id, score, parts) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM list_entries WHERE id = ?');
  const idOf = db.prepare('SELECT id FROM list_entries WHERE issuer_agency = ? AND stream_id = ? AND external_id = ?').pluck();
  const matches: MatchCounts = { linked: 0, review: 0, none: 0 };
  return {
    matches,
    put(r: ExchangeRecord, line: string, m: SubjectMatch, existed: boolean): void {
      const s = r.subject;
      const state = matchStateOf(m);
      matches[state === 'linked' ? 'linked' : state] += 1;
      const id = upsert.get(
        `${issuer}|${streamId}|${r.id}`, r.listType, m.enterprise?.id ?? null, s.name, s.kind === 'enterprise' ? s.uscc : null, r.status, issuer,
        r.reason, r.legalBasis, r.authority.name, r.authority.code, r.decisionDocNo, r.listedOn, r.plannedEnd, r.removal?.date ?? null,
        r.removal?.reason ?? null, r.removal?.authority ?? null, at, at, r.contentSha256, streamId, r.id, line, state, m.key,
      ) as number;
      if (existed) clearCandidates.run(id);
      for (const c of m.candidates) addCandidate.run(id, c.enterpriseId, String(c.score), JSON.stringify({ ...c.parts, reason: c.reason }));
    },
    drop(entryId: number): void {
      clearCandidates.run(entryId);
      remove.run(entryId);
    },
    idOf: (externalId: string): number | undefined => idOf.get(issuer, streamId, externalId) as number | undefined,
  };
}

export type StreamWriter = ReturnType<typeof streamWriter>;
