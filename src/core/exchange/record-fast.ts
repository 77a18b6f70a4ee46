import { inUsccAlphabet, LIST_TYPE, ORG_CODE, RECORD_ID, SHA256_HEX, STATUSES, type ExchangeRecord } from './record-schema';

/*
 * A million-entry snapshot spends most of its checking time in zod and in the generic canonical
 * JSON (about 30 µs a record together). This is the same check written out for the one shape a
 * record has: it answers only "certainly valid and canonical", or "don't know" (null), and then
 * the caller runs the schema and canonicalJson as before, which decide and explain. So it may
 * refuse more than the schema, never less: a record it accepts is one the schema accepts, with
 * the very output the schema gives (same members, same order: write.ts serialises parts of it).
 */

type Obj = Record<string, unknown>;

/** Members in canonical JSON order (UTF-16 code units, which is sort()'s default order). */
const keysOf = (...keys: string[]): readonly string[] => keys.sort();

export const FAST_KEYS = {
  record: keysOf('id', 'formerIds', 'listType', 'listTypeName', 'subject', 'reason', 'legalBasis', 'authority', 'decisionDocNo', 'listedOn',
    'plannedEnd', 'status', 'removal', 'history', 'provenance', 'contentSha256'),
  enterprise: keysOf('kind', 'name', 'uscc', 'orgCode', 'legalRepresentative', 'representativeListed'),
  person: keysOf('name', 'idType', 'idNumber'),
  personSubject: keysOf('name', 'idType', 'idNumber', 'kind'),
  authority: keysOf('name', 'code'),
  removal: keysOf('date', 'reason', 'authority'),
  history: keysOf('date', 'transition', 'docNo'),
  provenance: keysOf('source', 'agencyCode'),
  change: keysOf('op', 'record'),
} as const;

/**
 * A plain object whose own members are exactly `keys`, enumerated in that (canonical) order: then
 * the schema's strictness holds, and JSON.stringify writes it as canonicalJson does. (The schema
 * also sees inherited enumerable members: JSON.parse never makes any, but anything else might.)
 */
function exactly(v: unknown, keys: readonly string[]): v is Obj {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  const own = Object.keys(v);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const textOrNull = (v: unknown, max: number): v is string | null => v === null || text(v, max);

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * DAY and isRealDay in arithmetic (a Date and a regular expression per date were a good part of
 * the check): `YYYY-MM-DD` of ASCII digits naming a day of the proleptic Gregorian calendar, as
 * Date reads it. The test compares the two over every month and day of years 0000–2100 and more.
 */
export function isDay(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const m = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  if (Number.isNaN(y + m + d) || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}
const dayOrNull = (v: unknown): v is string | null => v === null || isDay(v);

type Person = { name: string; idType: string | null; idNumber: string | null };
type Subject = ExchangeRecord['subject'];

function person(v: unknown, keys: readonly string[]): Person | null {
  if (!exactly(v, keys) || !text(v.name, 200) || !textOrNull(v.idType, 50) || !textOrNull(v.idNumber, 64)) return null;
  return { name: v.name, idType: v.idType, idNumber: v.idNumber };
}

function subject(v: unknown): Subject | null {
  if (typeof v !== 'object' || v === null) return null;
  const kind = (v as Obj).kind;
  if (kind === 'person') {
    const p = person(v, FAST_KEYS.personSubject);
    return p && { ...p, kind: 'person' };
  }
  if (kind !== 'enterprise' || !exactly(v, FAST_KEYS.enterprise)) return null;
  const { name, uscc, orgCode, legalRepresentative: rep, representativeListed } = v;
  if (typeof name !== 'string' || name.length < 1 || name.length > 300) return null;
  if (uscc !== null && (typeof uscc !== 'string' || uscc.length !== 18 || !inUsccAlphabet(uscc))) return null;
  if (orgCode !== null && (typeof orgCode !== 'string' || !ORG_CODE.test(orgCode))) return null;
  const legalRepresentative = rep === null ? null : person(rep, FAST_KEYS.person);
  if (rep !== null && legalRepresentative === null) return null;
  if (typeof representativeListed !== 'boolean') return null;
  return { kind: 'enterprise', name, uscc, orgCode, legalRepresentative, representativeListed };
}

function idList(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > 100) return null;
  for (const id of v) if (typeof id !== 'string' || !RECORD_ID.test(id)) return null;
  return v.slice() as string[];
}

function history(v: unknown): ExchangeRecord['history'] | null {
  if (!Array.isArray(v) || v.length > 1000) return null;
  const out: ExchangeRecord['history'] = [];
  for (const h of v) {
    if (!exactly(h, FAST_KEYS.history) || !isDay(h.date) || !text(h.transition, 64) || !textOrNull(h.docNo, 300)) return null;
    out.push({ date: h.date, transition: h.transition, docNo: h.docNo });
  }
  return out;
}

function removal(v: unknown): ExchangeRecord['removal'] | undefined {
  if (v === null) return null;
  if (!exactly(v, FAST_KEYS.removal) || !isDay(v.date) || !textOrNull(v.reason, 2000) || !textOrNull(v.authority, 300)) return undefined;
  return { date: v.date, reason: v.reason, authority: v.authority };
}

/**
 * The record as ExchangeRecordSchema.parse returns it, when `v` (plain data, as JSON.parse gives)
 * certainly meets the schema with every object's members in canonical order; else null.
 *
 * @example fastRecord(JSON.parse(line)) // the record, or null: then ask the schema
 */
export function fastRecord(v: unknown): ExchangeRecord | null {
  if (!exactly(v, FAST_KEYS.record)) return null;
  const { id, listType, listTypeName, reason, legalBasis, decisionDocNo, listedOn, plannedEnd, status, contentSha256, authority: a, provenance: p } = v;
  if (typeof id !== 'string' || !RECORD_ID.test(id) || typeof listType !== 'string' || !LIST_TYPE.test(listType) || !text(listTypeName, 100)) return null;
  if (!text(reason, 5000) || !text(legalBasis, 5000) || !textOrNull(decisionDocNo, 300) || !dayOrNull(listedOn) || !dayOrNull(plannedEnd)) return null;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) return null;
  if (typeof contentSha256 !== 'string' || !SHA256_HEX.test(contentSha256)) return null;
  if (!exactly(a, FAST_KEYS.authority) || !textOrNull(a.name, 300) || !textOrNull(a.code, 64)) return null;
  if (!exactly(p, FAST_KEYS.provenance) || !text(p.source, 32) || !text(p.agencyCode, 64)) return null;
  const formerIds = idList(v.formerIds);
  const s = subject(v.subject);
  const r = removal(v.removal);
  const h = history(v.history);
  if (formerIds === null || s === null || r === undefined || h === null) return null;
  return {
    id, formerIds, listType, listTypeName, subject: s, reason, legalBasis, authority: { name: a.name, code: a.code }, decisionDocNo, listedOn, plannedEnd,
    status: status as ExchangeRecord['status'], removal: r, history: h, provenance: { source: p.source, agencyCode: p.agencyCode }, contentSha256,
  };
}

/**
 * The record of a JSONL line, when it certainly is a valid record and the line its canonical JSON:
 * with every object's members in canonical order, JSON.stringify writes what canonicalJson writes.
 *
 * @example canonicalRecord(JSON.parse(line), line) // the record, or null: then check the slow way
 */
export function canonicalRecord(value: unknown, line: string): ExchangeRecord | null {
  const r = fastRecord(value);
  return r !== null && JSON.stringify(value) === line ? r : null;
}

/** An add, amend or remove operation (plain data) with a record fastRecord accepts; else null. */
export function fastChange(value: unknown): { op: 'add' | 'amend' | 'remove'; record: ExchangeRecord } | null {
  if (!exactly(value, FAST_KEYS.change)) return null;
  const op = value.op;
  if (op !== 'add' && op !== 'amend' && op !== 'remove') return null;
  const record = fastRecord(value.record);
  return record && { op, record };
}

/**
 * The record's own canonical text inside a canonical change line, which is `{"op":"…","record":`,
 * the record's canonical JSON, and `}`: for its content digest.
 */
export const recordTextOf = (op: string, line: string): string => line.slice(`{"op":"${op}","record":`.length, -1);

/**
 * An add, amend or remove line of changes.jsonl when certainly valid and canonical, with the
 * record's own canonical text, for its digest.
 *
 * @example canonicalChange(JSON.parse(line), line)?.op // 'add', or undefined: then check the slow way
 */
export function canonicalChange(value: unknown, line: string): { op: 'add' | 'amend' | 'remove'; record: ExchangeRecord; recordLine: string } | null {
  const change = fastChange(value);
  if (change === null || JSON.stringify(value) !== line) return null;
  return { ...change, recordLine: recordTextOf(change.op, line) };
}
