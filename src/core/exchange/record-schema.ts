import { z } from 'zod';
import { USCC_ALPHABET } from '../identifiers/uscc';

/**
 * The field rules of a record, shared by the schema and by record-fast's hand-written check, so
 * the two cannot drift apart on what a date, an id or a code is.
 */
export const RECORD_ID = /^[\x21-\x7e]{1,200}$/;
export const LIST_TYPE = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const ORG_CODE = /^[0-9A-Z]{9}$/;
export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const STATUSES = ['active', 'expired', 'removed', 'suspended'] as const;

/** A calendar day that exists (the shape aside: DAY checks it). @example isRealDay('2026-02-29') // false */
export function isRealDay(d: string): boolean {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

/** Every character in the USCC alphabet (length aside). @example inUsccAlphabet('91430100MA0000001X') // true */
export const inUsccAlphabet = (c: string): boolean => [...c].every((ch) => USCC_ALPHABET.includes(ch));

const day = z.string().regex(DAY).refine(isRealDay, '日期不存在');
/** Well formed (check character aside: early pilot-area codes fail it and are legal). */
const uscc = z.string().length(18).refine(inUsccAlphabet, '统一社会信用代码格式错误');
const text = (max: number) => z.string().max(max);
const person = z.strictObject({ name: text(200), idType: text(50).nullable(), idNumber: text(64).nullable() });

/**
 * A record of data/entries.jsonl as formats.md §2 and the publications (services/publications/
 * record.ts) write it. Strict: a member we do not know is a schema error, since the content digest
 * covers every member and a receiver must not keep what it cannot show. Ids are printable ASCII,
 * so that SQLite's and JavaScript's orders agree and the state digest can be streamed in id order.
 * record-fast.ts repeats these rules by hand for speed: change one, change both (its test compares them).
 */
export const ExchangeRecordSchema = z.strictObject({
  id: z.string().regex(RECORD_ID, '记录编号应为可打印 ASCII'),
  formerIds: z.array(z.string().regex(RECORD_ID)).max(100),
  listType: z.string().regex(LIST_TYPE),
  listTypeName: text(100),
  subject: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('enterprise'), name: z.string().min(1).max(300), uscc: uscc.nullable(), orgCode: z.string().regex(ORG_CODE).nullable(),
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
  status: z.enum(STATUSES),
  removal: z.strictObject({ date: day, reason: text(2000).nullable(), authority: text(300).nullable() }).nullable(),
  history: z.array(z.strictObject({ date: day, transition: text(64), docNo: text(300).nullable() })).max(1000),
  provenance: z.strictObject({ source: text(32), agencyCode: text(64) }),
  contentSha256: z.string().regex(SHA256_HEX),
});
export type ExchangeRecord = z.infer<typeof ExchangeRecordSchema>;

export const ChangeOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.enum(['add', 'amend', 'remove']), record: z.unknown() }),
  z.strictObject({ op: z.literal('drop'), id: ExchangeRecordSchema.shape.id }),
]);
export type ChangeOp = { op: 'add' | 'amend' | 'remove'; record: ExchangeRecord } | { op: 'drop'; id: string };
