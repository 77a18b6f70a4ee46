import type Database from 'better-sqlite3';
import type { ExchangeRecord } from '../../../../core/exchange/record';
import { matchStateOf, type SubjectMatch } from './match';

export type Change = 'added' | 'amended' | 'removed' | 'dropped' | 'unchanged';
export type Counts = Record<Change, number>;
export type MatchCounts = { linked: number; review: number; none: number };

const INSERT = `INSERT INTO list_entries (entry_uid, list_type, enterprise_id, person_id, subject_name, subject_uscc, state, source, issuer_agency,
  reason, legal_basis, basis, deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, removed_on, removal_reason, removal_authority,
  created_at, updated_at, content_sha256, stream_id, external_id, match_state, subject_key)
  VALUES (@uid, @listType, @enterpriseId, NULL, @name, @uscc, @state, 'exchange', @issuer, @reason, @legalBasis, @basis, @authority, @authorityCode,
  @docNo, @listedOn, @plannedEnd, @removedOn, @removalReason, @removalAuthority, @at, @at, @sha, @streamId, @externalId, @matchState, @subjectKey)`;

const UPDATE = `UPDATE list_entries SET list_type = @listType, enterprise_id = @enterpriseId, subject_name = @name, subject_uscc = @uscc, state = @state,
  reason = @reason, legal_basis = @legalBasis, basis = @basis, deciding_authority = @authority, authority_code = @authorityCode, decision_doc_no = @docNo,
  listed_on = @listedOn, planned_end = @plannedEnd, removed_on = @removedOn, removal_reason = @removalReason, removal_authority = @removalAuthority,
  updated_at = @at, content_sha256 = @sha, match_state = @matchState, subject_key = @subjectKey WHERE id = @id`;

/**
 * What the columns do not hold of a received record, for the dossier: its public history, former
 * ids and the subject's other identifiers. The whole record stays in the package kept as evidence.
 */
function basisOf(r: ExchangeRecord): string {
  const s = r.subject;
  return JSON.stringify({
    history: r.history, formerIds: r.formerIds, listTypeName: r.listTypeName,
    ...(s.kind === 'enterprise' ? { orgCode: s.orgCode, legalRepresentative: s.legalRepresentative } : { subject: s }),
  });
}

/**
 * Writes one issuer's stream into list_entries (source 'exchange'): each record as received, with
 * its match (linked enterprise, or name-only candidates waiting for review). Every statement is
 * prepared once: a snapshot may hold a million records.
 */
export function streamWriter(db: Database.Database, issuer: string, streamId: string, at: string) {
  // Plain INSERT and UPDATE by id (the caller knows which): RETURNING and ON CONFLICT cost
  // three times as much per row, which a million-entry snapshot feels.
  const insert = db.prepare(INSERT);
  const update = db.prepare(UPDATE);
  const clearCandidates = db.prepare('DELETE FROM list_match_candidates WHERE entry_id = ?');
  const addCandidate = db.prepare('INSERT INTO list_match_candidates (entry_id, enterprise_id, score, parts) VALUES (?, ?, ?, ?)');
  const remove = db.prepare('DELETE FROM list_entries WHERE id = ?');
  const idOf = db.prepare('SELECT id FROM list_entries WHERE issuer_agency = ? AND stream_id = ? AND external_id = ?').pluck();
  const matches: MatchCounts = { linked: 0, review: 0, none: 0 };
  return {
    matches,
    /** Writes the record: a new row, or the row `existing` of the same id. */
    put(r: ExchangeRecord, m: SubjectMatch, existing: number | undefined): void {
      const s = r.subject;
      const state = matchStateOf(m);
      matches[state] += 1;
      const row = {
        uid: `${issuer}|${streamId}|${r.id}`, listType: r.listType, enterpriseId: m.enterprise?.id ?? null, name: s.name, uscc: s.kind === 'enterprise' ? s.uscc : null,
        state: r.status, issuer, reason: r.reason, legalBasis: r.legalBasis, basis: basisOf(r), authority: r.authority.name, authorityCode: r.authority.code,
        docNo: r.decisionDocNo, listedOn: r.listedOn, plannedEnd: r.plannedEnd, removedOn: r.removal?.date ?? null, removalReason: r.removal?.reason ?? null,
        removalAuthority: r.removal?.authority ?? null, at, sha: r.contentSha256, streamId, externalId: r.id, matchState: state, subjectKey: m.key,
      };
      let id = existing;
      if (id === undefined) id = Number(insert.run(row).lastInsertRowid);
      else {
        update.run({ ...row, id });
        clearCandidates.run(id);
      }
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
