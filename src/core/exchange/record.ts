import { z } from 'zod';
import { USCC_ALPHABET } from '../identifiers/uscc';
import { refuse } from '../packages/package-error';
import { canonicalJson } from '../shared/canonical-json';
import { ok, type Result } from '../shared/result';

/** The files of an exchange package (formats.md §1): a snapshot's records, a delta's operations. */
export const ENTRIES_PATH = 'data/entries.jsonl';
export const CHANGES_PATH = 'data/changes.jsonl';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}, '日期不存在');
/** Well formed (check character aside: early pilot-area codes fail it and are legal). */
const uscc = z.string().length(18).refine((c) => [...c].every((ch) => USCC_ALPHABET.includes(ch)), '统一社会信用代码格式错误');
const text = (max: number) => z.string().max(max);
const person = z.strictObject({ name: text(200), idType: text(50).nullable(), idNumber: text(64).nullable() });

/**
 * A record of data/entries.jsonl as formats.md §2 and the publications (services/publications/
 * record.ts) write it. Strict: a member we do not know is a schema error, since the content digest
 * covers every member and a receiver must not keep what it cannot show. Ids are printable ASCII,
 * so that SQLite's and JavaScript's orders agree and the state digest can be streamed in id order.
 */
export const ExchangeRecordSchema = z.strictObject({
  id: z.string().regex(/^[\x21-\x7e]{1,200}$/, '记录编号应为可打印 ASCII'),
  formerIds: z.array(z.string().regex(/^[\x21-\x7e]{1,200}$/)).max(100),
  listType: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  listTypeName: text(100),
  subject: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('enterprise'), name: z.string().min(1).max(300), uscc: uscc.nullable(), orgCode: z.string().regex(/^[0-9A-Z]{9}$/).nullable(),
      legalRepresentative: person.nullable(), representativeListed: z.boolean(),
    }),
    person.extend({ kind: z.literal('person') }).strict(),
  ]),
  reason: text(5000),
  legalBasis: text(5000),
  authority: z.strictObject({ name: text(300).nullable(), code: text(64).nullable() }),
  decisionDocNo: text(300).nullable(),
  listedOn: day.nullable(),
  plannedEnd: day.nullable(),
  status: z.enum(['active', 'expired', 'removed', 'suspended']),
  removal: z.strictObject({ date: day, reason: text(2000).nullable(), authority: text(300).nullable() }).nullable(),
  history: z.array(z.strictObject({ date: day, transition: text(64), docNo: text(300).nullable() })).max(1000),
  provenance: z.strictObject({ source: text(32), agencyCode: text(64) }),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExchangeRecord = z.infer<typeof ExchangeRecordSchema>;

export const ChangeOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.enum(['add', 'amend', 'remove']), record: z.unknown() }),
  z.strictObject({ op: z.literal('drop'), id: ExchangeRecordSchema.shape.id }),
]);
export type ChangeOp = { op: 'add' | 'amend' | 'remove'; record: ExchangeRecord } | { op: 'drop'; id: string };

function parseJson(line: string, where: Record<string, unknown>): Result<unknown> {
  try {
    return ok(JSON.parse(line) as unknown);
  } catch {
    return refuse('E_DATA_SCHEMA', { ...where, reason: 'not JSON' });
  }
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
  const { contentSha256, ...rest } = parsed.data;
  // From a canonical line, the text without the member is the line less `"contentSha256":"…",`
  // (keys are sorted and it is never last; inside strings a quote is escaped, so only the key matches).
  const member = `"contentSha256":"${contentSha256}",`;
  const without = canonicalLine?.includes(member) ? canonicalLine.replace(member, '') : canonicalJson(rest);
  const actual = sha256Utf8(without);
  if (actual !== contentSha256) return refuse('E_CONTENT_DIGEST', { path, line, id: parsed.data.id, expected: contentSha256, actual }, `${path} 第 ${line} 行（${parsed.data.id}）`);
  return ok(parsed.data);
}

/** One line of entries.jsonl: JSON, canonical, a valid record. */
export function readEntryLine(text: string, path: string, line: number, sha256Utf8: (s: string) => string): Result<ExchangeRecord> {
  const json = parseJson(text, { path, line });
  if (!json.ok) return json;
  if (canonicalJson(json.value) !== text) return refuse('E_DATA_SCHEMA', { path, line, reason: 'not canonical JSON' }, `${path} 第 ${line} 行不是规范 JSON`);
  return checkRecord(json.value, path, line, sha256Utf8, text);
}

/** One line of changes.jsonl: JSON, canonical, an operation with a valid record. */
export function readChangeLine(text: string, path: string, line: number, sha256Utf8: (s: string) => string): Result<ChangeOp> {
  const json = parseJson(text, { path, line });
  if (!json.ok) return json;
  if (canonicalJson(json.value) !== text) return refuse('E_DATA_SCHEMA', { path, line, reason: 'not canonical JSON' }, `${path} 第 ${line} 行不是规范 JSON`);
  const op = ChangeOpSchema.safeParse(json.value);
  if (!op.success) return refuse('E_DATA_SCHEMA', { path, line, message: op.error.issues[0]?.message }, `${path} 第 ${line} 行不是有效的变更操作`);
  if (op.data.op === 'drop') return ok({ op: 'drop', id: op.data.id });
  const record = checkRecord(op.data.record, path, line, sha256Utf8);
  return record.ok ? ok({ op: op.data.op, record: record.value }) : record;
}

/** The id a line is sorted by. */
export const idOf = (c: ChangeOp | ExchangeRecord): string => ('op' in c ? (c.op === 'drop' ? c.id : c.record.id) : c.id);
