import { describe, expect, it } from 'vitest';
import { scanChangeLine, scanRecordLine } from '../../../src/core/exchange/record-scan';
import { canonicalJson } from '../../../src/core/shared/canonical-json';
import { bases, mutate, random, type Json } from './fixtures';

// The scanner may only answer for a line that is canonical JSON, and then with exactly what
// JSON.parse gives (members in the same order); it must answer for every plain canonical record.

function expectSound(line: string, scanned: unknown): void {
  if (scanned === undefined) return;
  let parsed: unknown;
  expect(() => (parsed = JSON.parse(line)), line).not.toThrow();
  expect(JSON.stringify(scanned), line).toBe(JSON.stringify(parsed));
  expect(canonicalJson(scanned), line).toBe(line);
}

const POOL = ['"', '\\', ',', ':', '{', '}', '[', ']', ' ', 'null', 'true', 'false', '1', 'a', '\u0001', '\ud800', '长', '"a":', '"x"', '\\"'];

/** A character-level change: something inserted, removed or replaced anywhere in the line. */
function garble(line: string, r: ReturnType<typeof random>): string {
  const at = r.int(line.length + 1);
  const kind = r.int(3);
  if (kind === 0) return line.slice(0, at) + r.pick(POOL) + line.slice(at);
  if (kind === 1) return line.slice(0, at) + line.slice(at + 1 + r.int(3));
  return line.slice(0, at) + r.pick(POOL) + line.slice(at + 1);
}

describe('record-scan', () => {
  it('reads every plain canonical record as JSON.parse does, and leaves escapes to it', () => {
    for (const b of bases()) {
      const line = canonicalJson(b);
      const plain = !/[\\\ud800-\udfff]/.test(line);
      expect(scanRecordLine(line) !== undefined, line).toBe(plain);
      expectSound(line, scanRecordLine(line));
      const change = canonicalJson({ op: 'amend', record: b });
      expect(scanChangeLine(change) !== undefined, change).toBe(plain);
      expectSound(change, scanChangeLine(change));
    }
  });

  it('answers only for canonical JSON among 40,000 garbled and mutated lines', () => {
    const r = random(99);
    let answered = 0;
    for (let i = 0; i < 40_000; i++) {
      const rec = JSON.parse(canonicalJson(r.pick(bases()))) as Record<string, Json>;
      for (let k = r.int(3); k > 0; k--) mutate(rec, r);
      const asChange = r.int(4) === 0;
      let line = asChange ? canonicalJson({ op: r.pick(['add', 'drop', 'x']), record: rec }) : r.int(5) === 0 ? JSON.stringify(rec) : canonicalJson(rec);
      for (let k = r.int(3); k > 0; k--) line = garble(line, r);
      const scanned = asChange ? scanChangeLine(line) : scanRecordLine(line);
      if (scanned !== undefined) answered++;
      expectSound(line, scanned);
    }
    expect(answered).toBeGreaterThan(4000);
  });
});
