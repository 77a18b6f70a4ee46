import { refuse } from '../packages/package-error';
import { canonicalJson } from '../shared/canonical-json';
import { ok, type Result } from '../shared/result';
import { canonicalChange, canonicalRecord, fastChange, fastRecord, recordTextOf } from './record-fast';
import { scanChangeLine, scanRecordLine } from './record-scan';
import { ChangeOpSchema, ExchangeRecordSchema, type ChangeOp, type ExchangeRecord } from './record-schema';

export { ChangeOpSchema, ExchangeRecordSchema, type ChangeOp, type ExchangeRecord };

/** The files of an exchange package (formats.md §1): a snapshot's records, a delta's operations. */
export const ENTRIES_PATH = 'data/entries.jsonl';
export const CHANGES_PATH = 'data/changes.jsonl';

function parseJson(line: string, where: Record<string, unknown>): Result<unknown> {
  try {
    return ok(JSON.parse(line) as unknown);
  } catch {
    return refuse('E_DATA_SCHEMA', { ...where, reason: 'not JSON' });
  }
}

/**
 * The content digest of a record the schema accepted: SHA-256 of its canonical JSON without
 * `contentSha256`. From a canonical line, that text is the line less `"contentSha256":"…",` (keys
 * are sorted and it is never last; inside strings a quote is escaped, so only the key matches).
 */
function checkDigest(r: ExchangeRecord, path: string, line: number, sha256Utf8: (s: string) => string, canonicalLine?: string): Result<ExchangeRecord> {
  const member = `"contentSha256":"${r.contentSha256}",`;
  const at = canonicalLine === undefined ? -1 : canonicalLine.indexOf(member);
  let without: string;
  if (canonicalLine !== undefined && at >= 0) without = canonicalLine.slice(0, at) + canonicalLine.slice(at + member.length);
  else {
    const { contentSha256: _, ...rest } = r;
    without = canonicalJson(rest);
  }
  const actual = sha256Utf8(without);
  if (actual !== r.contentSha256) return refuse('E_CONTENT_DIGEST', { path, line, id: r.id, expected: r.contentSha256, actual }, `${path} 第 ${line} 行（${r.id}）`);
  return ok(r);
}

/**
 * A record checked as formats.md §4 asks: schema (codes, dates, enums), canonical form (the line
 * is exactly its canonical JSON, so one record has one spelling), and its content digest, the
 * SHA-256 of its canonical JSON without `contentSha256`.
 *
 * @example checkRecord(value, 'data/entries.jsonl', 12, sha256Utf8) // { ok: true, value: record }
 */
export function checkRecord(value: unknown, path: string, line: number, sha256Utf8: (s: string) => string, canonicalLine?: string): Result<ExchangeRecord> {
  const parsed = ExchangeRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('E_DATA_SCHEMA', { path, line, field: issue?.path.join('.'), message: issue?.message }, `${path} 第 ${line} 行 ${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}`);
  }
  return checkDigest(parsed.data, path, line, sha256Utf8, canonicalLine);
}

/**
 * One line of entries.jsonl: JSON, canonical, a valid record. A line certainly canonical and valid
 * goes straight to its digest: read in one pass when plain (record-scan), else parsed; either way
 * vouched for by record-fast. Any other takes the schema's and canonicalJson's path, which finds
 * and explains what is wrong.
 */
export function readEntryLine(text: string, path: string, line: number, sha256Utf8: (s: string) => string): Result<ExchangeRecord> {
  const plain = fastRecord(scanRecordLine(text));
  if (plain) return checkDigest(plain, path, line, sha256Utf8, text);
  const json = parseJson(text, { path, line });
  if (!json.ok) return json;
  const fast = canonicalRecord(json.value, text);
  if (fast) return checkDigest(fast, path, line, sha256Utf8, text);
  if (canonicalJson(json.value) !== text) return refuse('E_DATA_SCHEMA', { path, line, reason: 'not canonical JSON' }, `${path} 第 ${line} 行不是规范 JSON`);
  return checkRecord(json.value, path, line, sha256Utf8, text);
}

/** One line of changes.jsonl: JSON, canonical, an operation with a valid record (fast as readEntryLine when it can be). */
export function readChangeLine(text: string, path: string, line: number, sha256Utf8: (s: string) => string): Result<ChangeOp> {
  const plain = fastChange(scanChangeLine(text));
  if (plain) {
    const record = checkDigest(plain.record, path, line, sha256Utf8, recordTextOf(plain.op, text));
    return record.ok ? ok({ op: plain.op, record: record.value }) : record;
  }
  const json = parseJson(text, { path, line });
  if (!json.ok) return json;
  const fast = canonicalChange(json.value, text);
  if (fast) {
    const record = checkDigest(fast.record, path, line, sha256Utf8, fast.recordLine);
    return record.ok ? ok({ op: fast.op, record: record.value }) : record;
  }
  if (canonicalJson(json.value) !== text) return refuse('E_DATA_SCHEMA', { path, line, reason: 'not canonical JSON' }, `${path} 第 ${line} 行不是规范 JSON`);
  const op = ChangeOpSchema.safeParse(json.value);
  if (!op.success) return refuse('E_DATA_SCHEMA', { path, line, message: op.error.issues[0]?.message }, `${path} 第 ${line} 行不是有效的变更操作`);
  if (op.data.op === 'drop') return ok({ op: 'drop', id: op.data.id });
  const record = checkRecord(op.data.record, path, line, sha256Utf8);
  return record.ok ? ok({ op: op.data.op, record: record.value }) : record;
}

/** The id a line is sorted by. */
export const idOf = (c: ChangeOp | ExchangeRecord): string => ('op' in c ? (c.op === 'drop' ? c.id : c.record.id) : c.id);
