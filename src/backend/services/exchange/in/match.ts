import type Database from 'better-sqlite3';
import type { ExchangeRecord } from '../../../../core/exchange/record';
import { loadDecisions, matchFirm, type FirmOutcome } from '../../announcements/match';
import { loadFirmIndex, placeKey, subjectKeyIn } from '../../announcements/subjects';

export type SubjectMatch = FirmOutcome & { key: string };

/**
 * The place a subject's name is weighed against: the issuing authority's name (湖南省市场监督管理局
 * → 湖南), since a list names a firm of its own territory and the record carries no address.
 */
export const placeOf = (r: ExchangeRecord): string => r.authority.name ?? '';

/**
 * Matches external subjects to our dossiers as announcements do (formats.md §5): an intact code
 * links by itself, a code we lack means a firm not registered here (never a name match, so a
 * same-name firm with another USCC is not linked); without a code, a person's earlier decision
 * for the same subject is replayed, else names give candidates for review. The register and the
 * decisions are read once per import.
 */
export function exchangeMatcher(db: Database.Database): (r: ExchangeRecord) => SubjectMatch {
  const index = loadFirmIndex(db);
  const decisions = loadDecisions(db);
  // A stream comes from one authority or a few: the place part of each key is worked out once
  // (kept bounded all the same, should every record name another authority).
  const places = new Map<string, string>();
  return (r) => {
    const s = r.subject;
    const place = placeOf(r);
    let placePart = places.get(place);
    if (placePart === undefined) {
      if (places.size >= 1000) places.clear();
      places.set(place, (placePart = placeKey(place)));
    }
    const key = subjectKeyIn(s.name, placePart);
    if (s.kind === 'person') return { key, verdict: 'none', via: 'none', enterprise: null, candidates: [], ruledOut: 0 };
    const outcome = matchFirm({ name: s.name, place: placeOf(r), code: s.uscc ?? s.orgCode }, index, decisions.get(key));
    return { ...outcome, key };
  };
}

/** linked / review / none, as list_entries.match_state keeps it. */
export const matchStateOf = (m: FirmOutcome): 'linked' | 'review' | 'none' =>
  m.enterprise !== null ? 'linked' : m.candidates.length > 0 ? 'review' : 'none';
