import type Database from 'better-sqlite3';
import { DEFAULT_LIST_TYPES, type ListTypeConfig } from '../../../core/lists/list-types';
import { fail } from '../../failure';
import { changeIn, onListAt, segmentsOf, type EventLine } from './lifecycle';
import { previousDay } from './dates';
import { recordOf, sealRecord, type EntrySource, type PublishedEntry } from './record';

/** What a publication covers: its stream name, the manifest's category, and the list types in it. */
export type PublicationScope = { key: string; category: 'black' | 'red'; types: readonly ListTypeConfig[] };

/**
 * `black` / `red`: every list type published under that category; or one list type id. Each scope
 * is its own stream (`publication/<key>`), numbered from 1.
 *
 * @example scopeOf('black').types.map((t) => t.id) // ['serious-dishonesty', 'quality-blacklist']
 */
export function scopeOf(key: string, types: readonly ListTypeConfig[] = DEFAULT_LIST_TYPES): PublicationScope {
  if (key === 'black' || key === 'red') return { key, category: key, types: types.filter((t) => t.publication === key) };
  const one = types.find((t) => t.id === key);
  if (!one?.publication) return fail('E_LIST_TYPE_UNKNOWN', `未知的名单类型，或该名单不定期公布：${key}`, { field: 'listType' });
  return { key, category: one.publication, types: [one] };
}

const ENTRY_SQL = `
SELECT le.id, le.entry_uid AS entryUid, le.list_type AS listType, le.enterprise_id AS enterpriseId, le.person_id AS personId,
  le.subject_name AS subjectName, le.subject_uscc AS subjectUscc, le.state, le.reason, le.legal_basis AS legalBasis,
  le.deciding_authority AS decidingAuthority, le.authority_code AS authorityCode, le.decision_doc_no AS decisionDocNo,
  le.listed_on AS listedOn, le.planned_end AS plannedEnd, le.removed_on AS removedOn, le.removal_reason AS removalReason,
  le.removal_authority AS removalAuthority, e.org_code AS orgCode, nullif(e.legal_representative, '') AS repText,
  p.name AS personName, p.id_type AS personIdType, p.id_number AS personIdNumber
FROM list_entries le
LEFT JOIN enterprises e ON e.id = le.enterprise_id
LEFT JOIN persons p ON p.id = coalesce(le.person_id, (
  SELECT ep.person_id FROM enterprise_persons ep
  WHERE ep.enterprise_id = le.enterprise_id AND ep.role = 'legal_representative' AND ep.to_date IS NULL ORDER BY ep.id DESC LIMIT 1))
WHERE le.source = 'local' AND le.list_type IN (SELECT value FROM json_each(?))`;

const EVENT_SQL = `
SELECT ev.entry_id AS entryId, ev.event, ev.on_date AS onDate, ev.doc_no AS docNo
FROM list_events ev JOIN list_entries le ON le.id = ev.entry_id
WHERE le.source = 'local' AND le.list_type IN (SELECT value FROM json_each(?))
ORDER BY ev.entry_id, ev.on_date, ev.id`;

/**
 * The publication's records: every local entry on the list at the end of `to`, and every one whose
 * standing changed in [from, to] (removals included: removal is a status, never a deletion),
 * sorted by permanent id. Each record is as it stood at the cut-off.
 */
export function selectEntries(db: Database.Database, scope: PublicationScope, from: string, to: string, agencyCode: string): PublishedEntry[] {
  const ids = JSON.stringify(scope.types.map((t) => t.id));
  const names = new Map(scope.types.map((t) => [t.id, t.label.zh]));
  const events = new Map<number, EventLine[]>();
  for (const ev of db.prepare(EVENT_SQL).iterate(ids) as Iterable<EventLine & { entryId: number }>) {
    const list = events.get(ev.entryId);
    const line = { event: ev.event, onDate: ev.onDate, docNo: ev.docNo };
    if (list) list.push(line);
    else events.set(ev.entryId, [line]);
  }
  const dayBefore = previousDay(from);
  const out: PublishedEntry[] = [];
  for (const e of db.prepare(ENTRY_SQL).iterate(ids) as Iterable<EntrySource>) {
    const history = events.get(e.id) ?? [];
    const segments = segmentsOf(e, history);
    const change = changeIn(segments, from, dayBefore, to);
    if (change === null && !onListAt(segments, to)) continue;
    const sealed = sealRecord(recordOf(e, history, segments, to, names.get(e.listType) ?? e.listType, agencyCode));
    out.push({ ...sealed, change });
  }
  // By permanent id in UTF-16 code units, as the state digest and canonical JSON order strings.
  return out.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}
