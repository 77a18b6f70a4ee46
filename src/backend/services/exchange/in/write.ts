import type Database from 'better-sqlite3';
import type { ExchangeRecord } from '../../../../core/exchange/record';
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

type Person = { name: string; idType: string | null; idNumber: string | null };
const person = (p: Person | null): Person | null => (p === null ? null : { name: p.name, idType: p.idType, idNumber: p.idNumber });

/**
 * What the columns do not hold of a received record, for the dossier: its public history, former
 * ids and the subject's other identifiers. The whole record stays in the package kept as evidence.
 * Members are written in the schema's order whatever order the record's objects have (a record
 * checked here and one parsed from a line checked on a thread store the same text).
 */
function basisOf(r: ExchangeRecord): string {
  const s = r.subject;
  return JSON.stringify({
    history: r.history.map((h) => ({ date: h.date, transition: h.transition, docNo: h.docNo })), formerIds: r.formerIds, listTypeName: r.listTypeName,
    ...(s.kind === 'enterprise' ? { orgCode: s.orgCode, legalRepresentative: person(s.legalRepresentative) } : { subject: { name: s.name, idType: s.idType, idNumber: s.idNumber, kind: s.kind } }),
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
      const values: (string | number | null)[] = [
        r.listType, m.enterprise?.id ?? null, s.name, s.kind === 'enterprise' ? s.uscc : null, r.status, r.reason, r.legalBasis, basisOf(r),
        r.authority.name, r.authority.code, r.decisionDocNo, r.listedOn, r.plannedEnd, r.removal?.date ?? null, r.removal?.reason ?? null,
        r.removal?.authority ?? null, at, r.contentSha256, state, m.key,
      ];
      let id = existing;
      if (id === undefined) id = Number(insert.run(...values, `${issuer}|${streamId}|${r.id}`, issuer, at, streamId, r.id).lastInsertRowid);
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
