import type { ExchangeRecord } from '../../../../core/exchange/record';
import { placeKey, subjectKeyIn } from '../../announcements/subjects';

/**
 * What an import does with a checked record: its id and digest (merge, state digest), the columns
 * list_entries keeps of it, and what matching weighs. Made here or on the record check thread
 * (check-worker.ts), which sends rows as flat arrays of strings: a million record objects cloned
 * between threads would cost the importing thread more than checking them itself.
 */
export type EntryRow = {
  id: string; contentSha256: string; listType: string; status: string;
  subjectKind: 'enterprise' | 'person'; subjectName: string; subjectUscc: string | null; orgCode: string | null;
  reason: string; legalBasis: string; basis: string;
  authorityName: string | null; authorityCode: string | null; decisionDocNo: string | null;
  listedOn: string | null; plannedEnd: string | null; removedOn: string | null; removalReason: string | null; removalAuthority: string | null;
  /** The subject's normalised name and place (announcements/subjects): decisions are kept under it. */
  key: string;
};

/** The members of a row in the order a flat array holds them. */
export const ROW_FIELDS = ['id', 'contentSha256', 'listType', 'status', 'subjectKind', 'subjectName', 'subjectUscc', 'orgCode', 'reason', 'legalBasis',
  'basis', 'authorityName', 'authorityCode', 'decisionDocNo', 'listedOn', 'plannedEnd', 'removedOn', 'removalReason', 'removalAuthority', 'key'] as const satisfies readonly (keyof EntryRow)[];
export const ROW_WIDTH = ROW_FIELDS.length;

type Person = { name: string; idType: string | null; idNumber: string | null };
const person = (p: Person | null): Person | null => (p === null ? null : { name: p.name, idType: p.idType, idNumber: p.idNumber });

/**
 * What the columns do not hold of a received record, for the dossier: its public history, former
 * ids and the subject's other identifiers. The whole record stays in the package kept as evidence.
 * Members in the schema's order whatever order the record's objects have.
 */
function basisOf(r: ExchangeRecord): string {
  const s = r.subject;
  return JSON.stringify({
    history: r.history.map((h) => ({ date: h.date, transition: h.transition, docNo: h.docNo })), formerIds: r.formerIds, listTypeName: r.listTypeName,
    ...(s.kind === 'enterprise' ? { orgCode: s.orgCode, legalRepresentative: person(s.legalRepresentative) } : { subject: { name: s.name, idType: s.idType, idNumber: s.idNumber, kind: s.kind } }),
  });
}

/**
 * Rows of records: the place part of each subject key worked out once per issuing authority
 * (a stream comes from one or a few; kept bounded all the same). The place a subject's name is
 * weighed against is the authority's name (湖南省市场监督管理局 → 湖南): a list names a firm of its
 * own territory, and the record carries no address.
 */
export function entryRows(): (r: ExchangeRecord) => EntryRow {
  const places = new Map<string, string>();
  return (r) => {
    const s = r.subject;
    const place = r.authority.name ?? '';
    let placePart = places.get(place);
    if (placePart === undefined) {
      if (places.size >= 1000) places.clear();
      places.set(place, (placePart = placeKey(place)));
    }
    const enterprise = s.kind === 'enterprise';
    return {
      id: r.id, contentSha256: r.contentSha256, listType: r.listType, status: r.status, subjectKind: s.kind, subjectName: s.name,
      subjectUscc: enterprise ? s.uscc : null, orgCode: enterprise ? s.orgCode : null, reason: r.reason, legalBasis: r.legalBasis, basis: basisOf(r),
      authorityName: r.authority.name, authorityCode: r.authority.code, decisionDocNo: r.decisionDocNo, listedOn: r.listedOn, plannedEnd: r.plannedEnd,
      removedOn: r.removal?.date ?? null, removalReason: r.removal?.reason ?? null, removalAuthority: r.removal?.authority ?? null,
      key: subjectKeyIn(s.name, placePart),
    };
  };
}

/** Appends a row's members to `out` in ROW_FIELDS order. */
export function flattenRow(e: EntryRow, out: (string | null)[]): void {
  for (const f of ROW_FIELDS) out.push(e[f]);
}

/** The row whose members start at `at` of a flat array made by flattenRow. */
export function rowAt(flat: readonly (string | null)[], at: number): EntryRow {
  const v = (i: number): string | null => flat[at + i] ?? null;
  const s = (i: number): string => flat[at + i] ?? '';
  return {
    id: s(0), contentSha256: s(1), listType: s(2), status: s(3), subjectKind: s(4) === 'person' ? 'person' : 'enterprise', subjectName: s(5),
    subjectUscc: v(6), orgCode: v(7), reason: s(8), legalBasis: s(9), basis: s(10), authorityName: v(11), authorityCode: v(12),
    decisionDocNo: v(13), listedOn: v(14), plannedEnd: v(15), removedOn: v(16), removalReason: v(17), removalAuthority: v(18), key: s(19),
  };
}
