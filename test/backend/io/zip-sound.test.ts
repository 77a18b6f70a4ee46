import { describe, expect, it } from 'vitest';
import { readWorkbookGrids } from '../../../src/backend/io/layout/workbook-grids';
import { writeSheet } from '../../../src/backend/io/sheet-file';
import { kindEntry } from '../../../src/backend/io/kinds';
import { zipDamage } from '../../../src/backend/io/zip-sound';
import { uscc } from './import-fixtures';

/**
 * CI hung for half an hour on one damaged XLSX: a single flipped bit inside a deflated member sent
 * SheetJS's own inflater into an endless loop (exceljs had refused the file, and SheetJS is the
 * fallback). Workbooks now pass through zlib and the CRC before SheetJS sees them.
 */
async function workbook(): Promise<Buffer> {
  const rows = Array.from({ length: 20 }, (_, i) => ({ uscc: uscc(i + 1), name: `电热水壶${i}`, gtin: null, brand: '品牌', model: `型号${i}`, category: null, riskGrade: 'I' as const, standards: null, licenceNo: null }));
  return (await writeSheet(kindEntry('products').kind as never, 'xlsx', rows)).bytes;
}

/** Where each deflated member's compressed bytes lie, from the central directory (sizes may follow the data). */
function deflatedRanges(buf: Buffer): [number, number][] {
  const out: [number, number][] = [];
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const local = buf.readUInt32LE(p + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (buf.readUInt16LE(p + 10) === 8) out.push([start, start + buf.readUInt32LE(p + 20)]);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe('a damaged workbook ZIP', () => {
  it('passes the check when whole', async () => {
    expect(zipDamage(await workbook(), 1 << 30)).toBeNull();
  });

  it('is refused with E_IMPORT_FORMAT, at once, whichever byte of its compressed data is damaged', async () => {
    const good = await workbook();
    const ranges = deflatedRanges(good);
    expect(ranges.length).toBeGreaterThan(3);
    let cases = 0;
    for (const [start, end] of ranges) {
      // Not the last byte: its high bits may be padding after the end-of-block code, which no reader looks at.
      for (let at = start; at < end - 1; at += 7) {
        const bad = Buffer.from(good);
        bad[at] = (bad[at] ?? 0) ^ 32;
        const r = readWorkbookGrids(bad);
        expect(r.ok ? 'read' : r.error.code, `flip at ${at}`).toBe('E_IMPORT_FORMAT');
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(100);
  });

  it('is refused when it ends early or a member claims another size', async () => {
    const good = await workbook();
    expect(zipDamage(good.subarray(0, good.length - 30), 1 << 30)).not.toBeNull();
    const lying = Buffer.from(good);
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(lying.readUInt32LE(central + 24) + 1, central + 24);
    expect(zipDamage(lying, 1 << 30)).toMatch(/size or CRC/);
  });
});
