import type Database from 'better-sqlite3';
import type { EntryRow } from './entry-row';
import { loadDecisions, matchFirm, type FirmOutcome } from '../../announcements/match';
import { loadFirmIndex } from '../../announcements/subjects';

export type SubjectMatch = FirmOutcome & { key: string };

/**
 * Matches external subjects to our dossiers as announcements do (formats.md §5): an intact code
 * links by itself, a code we lack means a firm not registered here (never a name match, so a
 * same-name firm with another USCC is not linked); without a code, a person's earlier decision
 * for the same subject is replayed, else names give candidates for review. The register and the
 * decisions are read once per import.
 */
export function exchangeMatcher(db: Database.Database): (e: EntryRow) => SubjectMatch {
  const index = loadFirmIndex(db);
  const decisions = loadDecisions(db);
  return (e) => {
    if (e.subjectKind === 'person') return { key: e.key, verdict: 'none', via: 'none', enterprise: null, candidates: [], ruledOut: 0 };
    // The place weighed is the issuing authority's (see entryRows).
    const outcome = matchFirm({ name: e.subjectName, place: e.authorityName ?? '', code: e.subjectUscc ?? e.orgCode }, index, decisions.get(e.key));
    return { ...outcome, key: e.key };
  };
}

/** linked / review / none, as list_entries.match_state keeps it. */
export const matchStateOf = (m: FirmOutcome): 'linked' | 'review' | 'none' =>
  m.enterprise !== null ? 'linked' : m.candidates.length > 0 ? 'review' : 'none';
