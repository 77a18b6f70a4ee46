import { deflateSync, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateForPackage, writePackageZip } from '../../../src/backend/packages/zip-write';
import { xlsxSheet } from '../../../src/backend/services/publications/xlsx-sheet';

/** Two megabytes of publication-like text: large enough to be deflated on a worker thread. */
const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `{"id":"QL-${String(i).padStart(7, '0')}","name":"长沙某某${i % 97}食品有限公司"}\n`).join(''), 'utf8');

describe('deflating a package entry on a worker thread', () => {
  it('gives the very bytes the writer would make itself, so a package does not depend on where it was compressed', async () => {
    expect(text.length).toBeGreaterThan(1 << 20);
    const deflated = await deflateForPackage({ path: 'data/entries.jsonl', bytes: text });
    expect(deflated).toEqual(deflateSync(text, { level: 6, mem: 8 }));
    const inline = writePackageZip([{ path: 'data/entries.jsonl', bytes: text }]);
    expect(writePackageZip([{ path: 'data/entries.jsonl', bytes: text, deflated }])).toEqual(inline);
    expect(unzipSync(inline)['data/entries.jsonl']).toEqual(new Uint8Array(text));
  });

  it('leaves stored and small entries to the writer', async () => {
    expect(await deflateForPackage({ path: 'data/entries.xlsx', bytes: text })).toBeUndefined();
    expect(await deflateForPackage({ path: 'mimetype', bytes: text, store: true })).toBeUndefined();
    expect(await deflateForPackage({ path: 'data/entries.csv', bytes: text.subarray(0, 1000) })).toBeUndefined();
  });

  it('a large publication sheet is the same workbook as one zipped on this thread', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`长沙某某${i}食品有限公司`, `91430100MA${String(i).padStart(7, '0')}X`]);
    const book = await xlsxSheet('名单', [{ header: '名称', width: 30, text: false }, { header: '代码', width: 20, text: true }], rows);
    const parts = unzipSync(book);
    expect((parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array()).length).toBeGreaterThan(160_000);
    expect(book).toEqual(zipSync(parts, { level: 1, mtime: new Date(1980, 0, 1) }));
  });
});
