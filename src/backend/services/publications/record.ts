import { createHash } from 'node:crypto';
import { maskIdNumber } from '../../../core/persons/id-number';
import { canonicalJson } from '../../../core/shared/canonical-json';
import { exitAt, isPublicEvent, statusAt, type EntryDates, type EventLine, type PeriodChange, type PublicStatus, type Segment } from './lifecycle';

/** One row of the selection query: the entry with its subject's identifiers. */
export type EntrySource = EntryDates & {
  id: number; entryUid: string; listType: string; enterpriseId: number | null; personId: number | null;
  subjectName: string; subjectUscc: string | null; reason: string; legalBasis: string;
  decidingAuthority: string | null; authorityCode: string | null; decisionDocNo: string | null; plannedEnd: string | null;
  removalReason: string | null; removalAuthority: string | null;
  orgCode: string | null; repText: string | null;
  personName: string | null; personIdType: string | null; personIdNumber: string | null;
};

type PersonRef = { name: string; idType: string | null; idNumber: string | null };

/**
 * The canonical record of data/entries.jsonl (formats.md §2). Every member is always present (null
 * when unknown) so that all records have one shape; ID numbers are masked; the history is the
 * public steps up to the cut-off.
 */
export type PublicationRecord = {
  id: string;
  formerIds: string[];
  listType: string;
  listTypeName: string;
  subject:
    | { kind: 'enterprise'; name: string; uscc: string | null; orgCode: string | null; legalRepresentative: PersonRef | null; representativeListed: boolean }
    | ({ kind: 'person' } & PersonRef);
  reason: string;
  legalBasis: string;
  authority: { name: string | null; code: string | null };
  decisionDocNo: string | null;
  listedOn: string | null;
  plannedEnd: string | null;
  status: PublicStatus;
  removal: { date: string; reason: string | null; authority: string | null } | null;
  history: { date: string; transition: string; docNo: string | null }[];
  provenance: { source: 'local'; agencyCode: string };
  contentSha256: string;
};

export type PublishedEntry = { record: PublicationRecord; change: PeriodChange; line: string };

const masked = (id: string | null): string | null => (id ? maskIdNumber(id) : null);

function subjectOf(e: EntrySource): PublicationRecord['subject'] {
  const person: PersonRef | null = e.personName !== null ? { name: e.personName, idType: e.personIdType, idNumber: masked(e.personIdNumber) } : null;
  if (e.enterpriseId === null && person) return { kind: 'person', ...person };
  return {
    kind: 'enterprise', name: e.subjectName, uscc: e.subjectUscc, orgCode: e.orgCode ?? (e.subjectUscc?.length === 18 ? e.subjectUscc.slice(8, 17) : null),
    legalRepresentative: person ?? (e.repText ? { name: e.repText, idType: null, idNumber: null } : null),
    representativeListed: e.personId !== null,
  };
}

const DEFAULT_REMOVAL_REASON: Readonly<Record<string, string>> = { expired: '列入期满', withdraw: '列入所依据的行政处罚决定被撤销' };

/** The record as it stood at the cut-off `to`, with its content digest and its JSONL line. */
export function recordOf(e: EntrySource, events: readonly EventLine[], segments: readonly Segment[], to: string, listTypeName: string, agencyCode: string): Omit<PublicationRecord, 'contentSha256'> {
  const status = statusAt(e, segments, to);
  const exit = status === 'active' ? undefined : exitAt(segments, to);
  const history = events.filter((ev) => ev.onDate <= to && isPublicEvent(ev.event)).map((ev) => ({ date: ev.onDate, transition: ev.event, docNo: ev.docNo }));
  const withdrawn = history.at(-1)?.transition === 'withdraw';
  const removalDate = exit?.to ?? (status === 'active' ? null : e.removedOn);
  return {
    id: e.entryUid, formerIds: [], listType: e.listType, listTypeName, subject: subjectOf(e), reason: e.reason, legalBasis: e.legalBasis,
    authority: { name: e.decidingAuthority, code: e.authorityCode }, decisionDocNo: e.decisionDocNo,
    listedOn: e.listedOn ?? segments[0]?.from ?? null, plannedEnd: e.plannedEnd, status,
    removal: removalDate === null ? null : {
      date: removalDate,
      reason: e.removalReason ?? DEFAULT_REMOVAL_REASON[withdrawn ? 'withdraw' : status] ?? null,
      authority: e.removalAuthority ?? e.decidingAuthority,
    },
    history, provenance: { source: 'local', agencyCode },
  };
}

/**
 * contentSha256 = SHA-256 of the record's canonical JSON without that member; the JSONL line is the
 * canonical JSON with it, so anyone can recompute both. The key sorts second, after `authority`
 * (always present), so the line is the first serialisation with the digest spliced in rather than
 * a second serialisation of the whole record (half the selection's time at 100,000 entries).
 */
export function sealRecord(r: Omit<PublicationRecord, 'contentSha256'>): { record: PublicationRecord; line: string } {
  const body = canonicalJson(r);
  const contentSha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  const record = { ...r, contentSha256 };
  const head = `{"authority":${canonicalJson(r.authority)}`;
  const line = body.startsWith(`${head},`) ? `${head},"contentSha256":"${contentSha256}"${body.slice(head.length)}` : canonicalJson(record);
  return { record, line };
}
