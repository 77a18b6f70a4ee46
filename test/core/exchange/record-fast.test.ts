import { describe, expect, it } from 'vitest';
import { checkRecord, readChangeLine, readEntryLine } from '../../../src/core/exchange/record';
import { canonicalChange, canonicalRecord, fastRecord, FAST_KEYS, isDay } from '../../../src/core/exchange/record-fast';
import { ChangeOpSchema, DAY, ExchangeRecordSchema, isRealDay } from '../../../src/core/exchange/record-schema';
import { refuse } from '../../../src/core/packages/package-error';
import { canonicalJson } from '../../../src/core/shared/canonical-json';
import { ok } from '../../../src/core/shared/result';
import { bases, containers, mutate, random, sha256Utf8, type Json } from './fixtures';

// record-fast repeats the record schema by hand. These tests hold it to its promise: what it
// accepts, the schema accepts with the same output (members and their order); what the schema
// accepts in canonical order, it accepts; and reading a line gives what the schema-only path gave.

const PATH = 'data/entries.jsonl';

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

describe('isDay', () => {
  const reference = (v: string): boolean => DAY.test(v) && isRealDay(v);
  it('agrees with the schema\'s date rule on every month and day of years 0000–2100, and on odd spellings', () => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    for (let y = 0; y <= 2100; y++) {
      const year = String(y).padStart(4, '0');
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
        const v = `${year}-${p2(m)}-${p2(d)}`;
        if (isDay(v) !== reference(v)) expect(isDay(v), v).toBe(reference(v));
      }
    }
    for (const y of [2400, 2500, 9996, 9999]) for (const d of ['02-28', '02-29', '02-30', '12-31']) expect(isDay(`${y}-${d}`)).toBe(reference(`${y}-${d}`));
    for (const v of ['2026-1-01', '2026-01-1', '20260-1-01', '2026/01/01', ' 2026-01-01', '2026-01-01 ', '２０２６-01-01', '2026-0a-01', '+2026-01-01', '-2026-01-0', '2026-01-01\n', '']) {
      expect(isDay(v), v).toBe(reference(v));
    }
  });
});
