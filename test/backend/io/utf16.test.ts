import { describe, expect, it } from 'vitest';
import { csvEncoding, readCsv } from '../../../src/backend/io/csv-read';
import { scanSource } from '../../../src/backend/io/stream/source';
import { utf16Of } from '../../../src/backend/io/utf16';
import { encode } from '../../hostile/encodings';

/**
 * Issue 7: a CSV saved as "Unicode text" (UTF-16) was read as UTF-8 — its ASCII is valid UTF-8
 * with a NUL after every character — and refused with a misleading E_IMPORT_HEADER.
 */
const BODY = '统一社会信用代码,企业名称,地址\r\n91430100MA4L0000XX,长沙市某某有限公司,"岳麓区,麓山路 1 号"\r\n';
const ROWS = [['统一社会信用代码', '企业名称', '地址'], ['91430100MA4L0000XX', '长沙市某某有限公司', '岳麓区,麓山路 1 号']];
const texts = (bytes: Uint8Array) => [...readCsv(bytes)].map((r) => r.cells.map((c) => c.text));
const noBom = (b: Buffer) => b.subarray(2);

describe('UTF-16 CSV', () => {
  it.each([
    ['utf-16le-bom', 'utf-16le'],
    ['utf-16be-bom', 'utf-16be'],
  ] as const)('decodes %s in memory and when streamed, without the BOM in the first header', (encoding, expected) => {
    const bytes = encode(BODY, encoding);
    expect(csvEncoding(bytes)).toBe(expected);
    expect(scanSource({ kind: 'bytes', bytes }).encoding).toBe(expected);
    expect(texts(bytes)).toEqual(ROWS);
  });

  it('recognises UTF-16 without a BOM when the NULs beside ASCII make it clear', () => {
    expect(utf16Of(noBom(encode(BODY, 'utf-16le-bom')))).toBe('utf-16le');
    expect(utf16Of(noBom(encode(BODY, 'utf-16be-bom')))).toBe('utf-16be');
    expect(texts(noBom(encode(BODY, 'utf-16be-bom')))).toEqual(ROWS);
  });

  it('leaves UTF-8, GB18030 and text without NULs alone', () => {
    expect(csvEncoding(encode(BODY, 'utf-8'))).toBe('utf-8');
    expect(csvEncoding(encode(BODY, 'utf-8-bom'))).toBe('utf-8');
    expect(csvEncoding(encode(BODY, 'gb18030'))).toBe('gb18030');
    // Chinese alone in UTF-16 without BOM has no NULs: not guessed (GB18030 then reads it as damaged text).
    expect(utf16Of(Buffer.from('企业名称统一代码', 'utf16le'))).toBeNull();
    // One stray NUL in a long UTF-8 file is damage, not UTF-16.
    const damaged = Buffer.from(`${'a,b\r\n'.repeat(200)}`);
    damaged[101] = 0;
    expect(utf16Of(damaged)).toBeNull();
  });
});
