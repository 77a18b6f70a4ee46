import type Database from 'better-sqlite3';
import type { EntryRow } from './entry-row';
import { matchStateOf, type SubjectMatch } from './match';

export type Change = 'added' | 'amended' | 'removed' | 'dropped' | 'unchanged';
export type Counts = Record<Change, number>;
export type MatchCounts = { linked: number; review: number; none: number };

/**
 * The columns a record sets, on insert and again on update, in the order `put` gives the values.
 * Positional parameters: binding 20 values by name costs a million-entry snapshot seconds.
 */
const COLUMNS = ['list_type', 'enterprise_id', 'subject_name', 'subject_uscc', 'state', 'reason', 'legal_basis', 'basis', 'deciding_authority',
  'authority_code', 'decision_doc_no', 'listed_on', 'planned_end', 'removed_on', 'removal_reason', 'removal_authority', 'updated_at',
  'content_sha256', 'match_state', 'subject_key'] as const;
const INSERT = `INSERT INTO list_entries (${COLUMNS.join(', ')}, entry_uid, person_id, source, issuer_agency, created_at, stream_id, external_id)
  VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, NULL, 'exchange', ?, ?, ?, ?)`;
const UPDATE = `UPDATE list_entries SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

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
    put(e: EntryRow, m: SubjectMatch, existing: number | undefined): void {
      const state = matchStateOf(m);
      matches[state] += 1;
      const values: (string | number | null)[] = [
        e.listType, m.enterprise?.id ?? null, e.subjectName, e.subjectUscc, e.status, e.reason, e.legalBasis, e.basis,
        e.authorityName, e.authorityCode, e.decisionDocNo, e.listedOn, e.plannedEnd, e.removedOn, e.removalReason,
        e.removalAuthority, at, e.contentSha256, state, m.key,
      ];
      let id = existing;
      if (id === undefined) id = Number(insert.run(...values, `${issuer}|${streamId}|${e.id}`, issuer, at, streamId, e.id).lastInsertRowid);
      else {
        update.run(...values, id);
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
