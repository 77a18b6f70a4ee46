import { describe, expect, it } from 'vitest';
import { linesOf, Refusal } from '../../src/backend/services/exchange/in/zip-lazy';

// linesOf checks UTF-8 a chunk at a time and yields lines in batches. It must read any byte
// stream, cut anywhere, exactly as decoding each line on its own with a fatal TextDecoder did.

/** The line-by-line reading linesOf replaced: the reference. */
function reference(bytes: Buffer): string[] | string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let start = 0;
  for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, start)) {
    try {
      lines.push(utf8.decode(bytes.subarray(start, nl)));
    } catch {
      return 'not UTF-8';
    }
    start = nl + 1;
  }
  return start < bytes.length ? 'last line has no newline' : lines;
}

async function read(chunks: Buffer[]): Promise<string[] | string> {
  async function* source(): AsyncGenerator<Buffer> {
    for (const c of chunks) yield c;
  }
  const lines: string[] = [];
  try {
    for await (const batch of linesOf(source(), 'data/entries.jsonl')) lines.push(...batch);
  } catch (e) {
    if (e instanceof Refusal) return String(e.error.details?.reason);
    throw e;
  }
  return lines;
}

const PIECES = [
  '{"a":"长沙"}', '{"b":1}', 'plain', '', '𠀀字', 'é', '\uFEFF{"bom":true}', '\uFEFF\uFEFFtwo', 'x\uFEFF', '\u2028',
].map((s) => Buffer.from(s, 'utf8'));
const BAD = [[0xff], [0x80], [0xe9, 0x95], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]].map((b) => Buffer.from(b));

describe('linesOf', () => {
  it('reads 3,000 random streams, cut at random places, as the line-by-line decoder did', async () => {
    let seed = 42;
    const int = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const seen = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const parts: Buffer[] = [];
      for (let k = int(12); k > 0; k--) {
        parts.push(int(40) === 0 ? (BAD[int(BAD.length)] as Buffer) : (PIECES[int(PIECES.length)] as Buffer));
        if (int(4) > 0) parts.push(Buffer.from('\n'));
      }
      if (int(3) > 0) parts.push(Buffer.from('\n'));
      const bytes = Buffer.concat(parts);
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length;) {
        const size = 1 + int(int(2) === 0 ? 4 : 40);
        chunks.push(bytes.subarray(at, at + size));
        at += size;
      }
      const expected = reference(bytes);
      expect(await read(chunks), JSON.stringify([...bytes])).toEqual(expected);
      const kind = typeof expected === 'string' ? expected : expected.some((l) => l.startsWith('\uFEFF')) ? 'lines, one still with a BOM' : 'lines';
      seen.set(kind, (seen.get(kind) ?? 0) + 1);
    }
    // Every outcome well represented: good streams, bad bytes, truncation, a BOM left after the first.
    for (const kind of ['lines', 'not UTF-8', 'last line has no newline', 'lines, one still with a BOM']) expect(seen.get(kind) ?? 0).toBeGreaterThan(100);
  });
});
