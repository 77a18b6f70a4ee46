import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralised, headerKey } from '../../../src/backend/io/cell-text';
import { csvEncoding, readCsv } from '../../../src/backend/io/csv-read';
import { writeCsv } from '../../../src/backend/io/csv-write';

const texts = (bytes: Uint8Array) => [...readCsv(bytes)].map((r) => r.cells.map((c) => c.text));

describe('CSV reading', () => {
  it('reads UTF-8 with and without BOM alike', () => {
    const body = '名称,地址\r\n某某公司,"长沙,岳麓区"\r\n';
    expect(texts(Buffer.from(`\uFEFF${body}`))).toEqual(texts(Buffer.from(body)));
    expect(texts(Buffer.from(body))).toEqual([['名称', '地址'], ['某某公司', '长沙,岳麓区']]);
  });

  it('decodes GB18030 (GBK) without BOM', () => {
    // "名称\r\n湖南" in GBK, written out byte by byte so no encoder library is needed.
    const gbk = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xba, 0xfe, 0xc4, 0xcf]);
    expect(csvEncoding(gbk)).toBe('gb18030');
    expect(texts(gbk)).toEqual([['名称'], ['湖南']]);
  });

  it('handles quotes, embedded line breaks, LF and lone CR, and keeps record numbers', () => {
    const rows = [...readCsv(Buffer.from('a,"b ""q""\nc"\nd,e\rf,g'))];
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['a', 'b "q"\nc'], ['d', 'e'], ['f', 'g']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('never throws on an unclosed quote or arbitrary bytes', () => {
    expect(texts(Buffer.from('"abc,def\n'))).toEqual([['abc,def\n']]);
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect(() => texts(noise)).not.toThrow();
  });
});

describe('formula neutralisation', () => {
  it('prefixes dangerous cells and reading strips exactly that prefix', () => {
    for (const v of ['=1+1', '+86', '-5', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(v)).toBe(`'${v}`);
      expect(restoreNeutralised(neutraliseFormula(v))).toBe(v);
    }
    expect(restoreNeutralised("'s Hertogenbosch")).toBe("'s Hertogenbosch");
    const csv = writeCsv([['a'], ['=HYPERLINK("x")']]).toString('utf8');
    expect(csv).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n');
  });

  it('compares headers without spaces, width or case', () => {
    expect(headerKey(' 统一社会信用代码＊ ')).toBe('统一社会信用代码');
    expect(headerKey('ＵＳＣＣ')).toBe('uscc');
  });
});
