import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkRecord, readChangeLine, readEntryLine } from '../../../src/core/exchange/record';
import { canonicalChange, canonicalRecord, fastRecord, FAST_KEYS } from '../../../src/core/exchange/record-fast';
import { ChangeOpSchema, ExchangeRecordSchema } from '../../../src/core/exchange/record-schema';
import { refuse } from '../../../src/core/packages/package-error';
import { canonicalJson } from '../../../src/core/shared/canonical-json';
import { ok } from '../../../src/core/shared/result';

// record-fast repeats the record schema by hand. These tests hold it to its promise: what it
// accepts, the schema accepts with the same output (members and their order); what the schema
// accepts in canonical order, it accepts; and reading a line gives what the schema-only path gave.

const sha256Utf8 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const PATH = 'data/entries.jsonl';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A seeded PRNG (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

function sealed(r: Record<string, Json>): Record<string, Json> {
  return { ...r, contentSha256: sha256Utf8(canonicalJson(r)) };
}

/** Valid records of every shape the schema allows: enterprise or person, nulls, removal, histories. */
function bases(): Record<string, Json>[] {
  const common = {
    id: '11430100MB1234567X-serious-dishonesty-0000001', formerIds: ['old-1', 'old~2'], listType: 'serious-dishonesty', listTypeName: '严重违法失信名单',
    reason: '生产销售不合格产品', legalBasis: '《办法》第九条', authority: { name: '长沙市市场监督管理局', code: '11430100MB1234567X' },
    decisionDocNo: '长市监信〔2026〕1号', listedOn: '2024-02-29', plannedEnd: '2027-02-28', status: 'active', removal: null,
    history: [{ date: '2024-02-29', transition: 'publish', docNo: '长市监信〔2026〕1号' }], provenance: { source: 'local', agencyCode: '11430100MB1234567X' },
  };
  const firm = { kind: 'enterprise', name: '湘江机械有限公司', uscc: '91430100MA0000001X', orgCode: 'MA0000001', legalRepresentative: { name: '王某某', idType: '身份证', idNumber: '430102********1234' }, representativeListed: false };
  return [
    sealed({ ...common, subject: firm }),
    sealed({ ...common, formerIds: [], subject: { ...firm, uscc: null, orgCode: null, legalRepresentative: null, representativeListed: true }, decisionDocNo: null, listedOn: null, plannedEnd: null, history: [] }),
    sealed({ ...common, subject: { kind: 'person', name: '李某', idType: null, idNumber: null }, authority: { name: null, code: null } }),
    sealed({ ...common, subject: { kind: 'person', name: '', idType: '护照', idNumber: 'E1234****' }, status: 'removed',
      removal: { date: '2026-05-01', reason: '信用修复', authority: null },
      history: [{ date: '2024-02-29', transition: 'publish', docNo: null }, { date: '2026-05-01', transition: 'remove', docNo: '长市监信〔2026〕9号' }] }),
    sealed({ ...common, subject: { ...firm, name: '𠀀字号有限公司\n"引号"\\' }, reason: '\u2028 \ud800 lone surrogate', status: 'suspended', removal: { date: '2000-01-01', reason: null, authority: '某局' } }),
  ];
}

/** Values that sit on, or just past, the edges of what the schema allows. */
const TRICKY: Json[] = [
  null, true, false, 0, 1.5, '', 'x', [], {}, ['a'], 'x'.repeat(32), 'x'.repeat(33), 'x'.repeat(64), 'x'.repeat(65), 'x'.repeat(100), 'x'.repeat(101),
  'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(300), 'x'.repeat(301), 'x'.repeat(2000), 'x'.repeat(2001), 'x'.repeat(5000), 'x'.repeat(5001),
  '2024-02-29', '2026-02-29', '2026-13-01', '2026-1-01', ' 2026-01-01', '２０２６-01-01', '0000-01-01', '9999-12-31',
  '91430100MA0000001X', '91430100MA0000001I', '91430100MA000001X', '91430100MA00000001X', '91430100MA000000😀', 'MA0000001', 'ma0000001', 'MA000000', 'MA00000001',
  'active', 'expired', 'removed', 'suspended', 'deleted', 'enterprise', 'person', 'a-b', 'A-b', '-ab', 'x y', '~', 'é', 'a'.repeat(64), 'f'.repeat(64), 'F'.repeat(64),
  { date: '2026-01-01', reason: null, authority: null }, { date: '2026-01-01', transition: 'x', docNo: null }, { name: 'a', idType: null, idNumber: null },
  Array.from({ length: 101 }, (_, i) => `id-${i}`), Array.from({ length: 100 }, (_, i) => `id-${i}`),
];

type Node = Record<string, Json> | Json[];

/** Every object or array inside `v`, with itself. */
function containers(v: Json, out: Node[] = []): Node[] {
  if (v !== null && typeof v === 'object') {
    out.push(v);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

/** One random change: a member replaced, removed, added, or an object's members reordered. */
function mutate(rec: Record<string, Json>, r: ReturnType<typeof random>): void {
  const tricky = (): Json => structuredClone(r.pick(TRICKY));
  const target = r.pick(containers(rec));
  const keys = Object.keys(target);
  const kind = r.int(10);
  if (Array.isArray(target)) {
    if (kind < 2) target.push(tricky());
    else if (target.length > 0) target[r.int(target.length)] = tricky();
    return;
  }
  const key = r.pick(keys);
  if (kind < 6 && key !== undefined) target[key] = tricky();
  else if (kind === 6 && key !== undefined) delete target[key];
  else if (kind === 7) target[r.pick(['extra', 'kind', 'aa', 'zz', '__proto__', '1'])] = tricky();
  else {
    const entries = Object.entries(target).reverse();
    for (const k of keys) delete target[k];
    for (const [k, v] of entries) target[k] = v;
  }
}

/** The schema-only path readEntryLine took before record-fast: the reference it must agree with. */
function slowEntry(text: string, line: number) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('E_DATA_SCHEMA', { path: PATH, line, reason: 'not JSON' });
  }
  if (canonicalJson(value) !== text) return refuse('E_DATA_SCHEMA', { path: PATH, line, reason: 'not canonical JSON' }, `${PATH} 第 ${line} 行不是规范 JSON`);
  return checkRecord(value, PATH, line, sha256Utf8, text);
}

function slowChange(text: string, line: number) {
  const value = JSON.parse(text) as unknown;
  if (canonicalJson(value) !== text) return refuse('E_DATA_SCHEMA', { path: PATH, line, reason: 'not canonical JSON' }, `${PATH} 第 ${line} 行不是规范 JSON`);
  const op = ChangeOpSchema.safeParse(value);
  if (!op.success) return refuse('E_DATA_SCHEMA', { path: PATH, line, message: op.error.issues[0]?.message }, `${PATH} 第 ${line} 行不是有效的变更操作`);
  if (op.data.op === 'drop') return ok({ op: 'drop', id: op.data.id });
  const record = checkRecord(op.data.record, PATH, line, sha256Utf8);
  return record.ok ? ok({ op: op.data.op, record: record.value }) : record;
}

const spelled = (v: unknown): string => JSON.stringify(v);

describe('record-fast', () => {
  it('knows exactly the members the schema has', () => {
    const shape = ExchangeRecordSchema.shape;
    const [firm, person] = shape.subject.options;
    const keys = (o: { shape: object }) => Object.keys(o.shape).sort();
    expect(FAST_KEYS.record).toEqual(keys(ExchangeRecordSchema));
    expect(FAST_KEYS.enterprise).toEqual(keys(firm));
    expect(FAST_KEYS.personSubject).toEqual(keys(person));
    expect(FAST_KEYS.person).toEqual(keys(firm.shape.legalRepresentative.unwrap()));
    expect(FAST_KEYS.authority).toEqual(keys(shape.authority));
    expect(FAST_KEYS.removal).toEqual(keys(shape.removal.unwrap()));
    expect(FAST_KEYS.history).toEqual(keys(shape.history.element));
    expect(FAST_KEYS.provenance).toEqual(keys(shape.provenance));
  });

  it('accepts every valid canonical record, giving the schema\'s output member for member', () => {
    for (const b of bases()) {
      const v = JSON.parse(canonicalJson(b)) as unknown;
      const fast = fastRecord(v);
      expect(fast).not.toBeNull();
      expect(spelled(fast)).toBe(spelled(ExchangeRecordSchema.parse(v)));
      expect(canonicalRecord(v, canonicalJson(b))).toEqual(fast);
    }
  });

  it('agrees with the schema on 20,000 mutated records: never more, and all of it in canonical order', () => {
    const r = random(20260702);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const rec = JSON.parse(canonicalJson(r.pick(bases()))) as Record<string, Json>;
      for (let k = 1 + r.int(2); k > 0; k--) mutate(rec, r);
      const fast = fastRecord(rec);
      const schema = ExchangeRecordSchema.safeParse(rec);
      // Plain data in canonical order, as JSON.parse of a canonical line gives, must take the fast path.
      const plain = containers(rec).every((c) => [Object.prototype, Array.prototype].includes(Object.getPrototypeOf(c) as object));
      const inOrder = plain && spelled(rec) === canonicalJson(rec);
      if (fast !== null) {
        expect(schema.success, JSON.stringify(rec)).toBe(true);
        expect(spelled(fast)).toBe(spelled(schema.data));
        accepted++;
      } else {
        expect(schema.success && inOrder, JSON.stringify(rec)).toBe(false);
        refused++;
      }
    }
    // Both sides well exercised.
    expect(accepted).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(2000);
  });

  it('reads entry lines exactly as the schema-only path did, good, bad or not canonical', () => {
    const r = random(7);
    for (let i = 0; i < 5000; i++) {
      const rec = JSON.parse(canonicalJson(r.pick(bases()))) as Record<string, Json>;
      for (let k = r.int(3); k > 0; k--) mutate(rec, r);
      const spelling = r.int(4);
      const text = spelling === 0 ? spelled(rec) : spelling === 1 ? JSON.stringify(rec, null, 1) : canonicalJson(rec);
      expect(readEntryLine(text, PATH, i + 1, sha256Utf8)).toEqual(slowEntry(text, i + 1));
    }
  });

  it('reads change lines exactly as the schema-only path did', () => {
    const r = random(11);
    for (let i = 0; i < 3000; i++) {
      const rec = JSON.parse(canonicalJson(r.pick(bases()))) as Record<string, Json>;
      for (let k = r.int(3); k > 0; k--) mutate(rec, r);
      const op = r.pick(['add', 'amend', 'remove', 'drop', 'other']);
      const value = op === 'drop' ? { id: rec.id ?? null, op } : r.int(5) === 0 ? { record: rec, op } : { op, record: rec };
      const text = r.int(3) === 0 ? JSON.stringify(value) : canonicalJson(value);
      expect(readChangeLine(text, PATH, i + 1, sha256Utf8)).toEqual(slowChange(text, i + 1));
      if (canonicalChange(JSON.parse(text), text)) expect(op).not.toBe('drop');
    }
  });

  it('still finds a wrong content digest on the fast path', () => {
    const [b] = bases();
    const text = canonicalJson({ ...b, reason: '改过的理由' });
    const read = readEntryLine(text, PATH, 3, sha256Utf8);
    expect(read.ok ? null : read.error.code).toBe('E_CONTENT_DIGEST');
    expect(read).toEqual(slowEntry(text, 3));
  });
});
