import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKindName } from '../../src/contract';
import { writeSheet } from '../../src/backend/io/sheet-file';
import { kindEntry } from '../../src/backend/io/kinds';
import { csvText, uscc } from '../backend/io/import-fixtures';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { encode, ENCODINGS, type TestEncoding } from './encodings';
import { gtin13, previewQuietly, residentId, Tally } from './import-harness';
import { RUNS } from './runs';

let b: TestBackend;
let officer: string;
const tally = new Tally();
const outcomes = new Tally();
/** A real XLSX of the products template, the seed of the mangled ones. */
let xlsxSeed: Buffer;
/** Files too costly to build per case: one huge cell, 10,000 columns. */
let heavy: { name: string; bytes: Buffer }[] = [];

const KINDS: ImportKindName[] = ['persons', 'products', 'enterprises', 'penalties'];

function headerOf(kind: ImportKindName): string[] {
  return kindEntry(kind).kind.columns.map((c) => c.header);
}

/** A file a person might have made: the right header and believable rows, with Chinese text. */
function goodText(kind: ImportKindName, n: number): string {
  const rowOf = (i: number): string[] => ({
    persons: ['张三', '身份证', residentId(i), uscc(1), '某某有限公司', '法定代表人', '2020-01-05', ''],
    products: [uscc(1), '某某有限公司', '電熱水壺（繁體）', gtin13(i), '品牌', '型号', '电器类', 'Ⅱ', 'GB 4706.19', ''],
    enterprises: [uscc(100 + i), '长沙市测试企业有限公司', '430102', 'C14', '张三', '岳麓区', '存续', '否'],
    penalties: [uscc(1), '某某有限公司', '一般', `长市监处罚〔2025〕${i}号`],
  } as Record<string, string[]>)[kind] ?? [];
  return csvText([headerOf(kind), ...Array.from({ length: 1 + (n % 3) }, (_, i) => rowOf(n + i))]);
}

beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
  await b.value('enterprises:create', { uscc: uscc(1), name: '敌意文件测试有限公司', regionCode: '430102', industryCode: 'C38', status: 'active' }, officer);
  const products = [{ uscc: uscc(1), name: '电热水壶', gtin: gtin13(1), brand: null, model: null, category: null, riskGrade: 'I' as const, standards: null, licenceNo: null }];
  xlsxSeed = (await writeSheet(kindEntry('products').kind as never, 'xlsx', products)).bytes;
  const header = headerOf('persons');
  const wide = [...header, ...Array.from({ length: 10_000 - header.length }, (_, i) => `列${i}`)];
  heavy = [
    { name: 'huge-cell.csv', bytes: Buffer.from(csvText([header, ['张三', '身份证', residentId(1), '', '', '', '', `${'长'.repeat(4_000_000)}`]])) },
    { name: 'huge-unquoted.csv', bytes: Buffer.from(`${header.join(',')}\r\n${'x'.repeat(20_000_000)}\r\n`) },
    { name: 'wide.csv', bytes: Buffer.from(csvText([wide, wide.map((_, i) => String(i))])) },
    { name: 'wide-unbalanced.csv', bytes: Buffer.from(`${wide.join(',')}\r\n"${'a,'.repeat(10_000)}\r\n`) },
    { name: 'wide.xlsx', bytes: (await writeSheet({ ...kindEntry('persons').kind, columns: wide.map((h) => ({ key: h, header: h, synonyms: [], required: false, code: false, width: 8 })) } as never, 'xlsx', [])).bytes },
  ];
}, 120_000);
afterAll(() => {
  b.cleanup();
  console.warn(`hostile import files: ${tally.total()} cases (${tally.toString()}); outcomes: ${outcomes.toString()}`);
});

type Mutation = { t: 'none' } | { t: 'truncate'; at: number } | { t: 'nul'; at: number[] } | { t: 'bytes'; at: number; bytes: Uint8Array } | { t: 'quote'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ t: 'none' as const }),
  fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('nul' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }) }),
  fc.record({ t: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ t: fc.constant('quote' as const), at: fc.nat() }),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = (n: number) => (bytes.length === 0 ? 0 : n % bytes.length);
  switch (m.t) {
    case 'none': return bytes;
    // Anywhere, so also inside a multibyte sequence.
    case 'truncate': return bytes.subarray(0, Math.max(1, at(m.at)));
    case 'nul': {
      const out = Buffer.from(bytes);
      for (const n of m.at) out[at(n)] = 0;
      return out;
    }
    case 'bytes': return Buffer.concat([bytes.subarray(0, at(m.at)), m.bytes, bytes.subarray(at(m.at))]);
    case 'quote': return Buffer.concat([bytes.subarray(0, at(m.at)), Buffer.from('"'), bytes.subarray(at(m.at))]);
  }
}

const fileName = fc.constantFrom('file.csv', 'file.xlsx', 'file.xls', 'file.CSV', 'file.txt', 'file', '人员.csv');

/** A CSV in some encoding, maybe damaged. */
const csvCase = fc.record({ kind: fc.constantFrom(...KINDS), n: fc.nat(50), encoding: fc.constantFrom(...ENCODINGS), m: mutation, name: fileName })
  .map(({ kind, n, encoding, m, name }) => ({ label: `csv ${encoding}`, kind, name, bytes: mutate(encode(goodText(kind, n), encoding), m) }));

/** Any bytes at all. */
const randomCase = fc.record({ kind: fc.constantFrom(...KINDS), bytes: fc.uint8Array({ minLength: 1, maxLength: 3000 }), name: fileName })
  .map(({ kind, bytes, name }) => ({ label: 'random bytes', kind, name, bytes: Buffer.from(bytes) }));

type ZipDamage = { t: 'truncate'; at: number } | { t: 'flip'; at: number[]; xor: number } | { t: 'zero'; at: number; length: number } | { t: 'entries'; files: [string, string][] };

const zipDamage: fc.Arbitrary<ZipDamage> = fc.oneof(
  fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('flip' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ t: fc.constant('zero' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({
    t: fc.constant('entries' as const),
    files: fc.array(fc.tuple(fc.constantFrom('[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', '../evil', 'a'), fc.oneof(fc.string(), fc.constantFrom('<worksheet><sheetData><row><c t="s"><v>99999</v></c></row></sheetData></worksheet>', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>', '<sst><si><t>'))), { maxLength: 5 }),
  }),
);

async function damagedZip(d: ZipDamage): Promise<Buffer> {
  const seed = xlsxSeed;
  const at = (n: number) => n % seed.length;
  switch (d.t) {
    case 'truncate': return seed.subarray(0, Math.max(1, at(d.at)));
    case 'flip': {
      const out = Buffer.from(seed);
      for (const n of d.at) out[at(n)] = (out[at(n)] ?? 0) ^ d.xor;
      return out;
    }
    case 'zero': {
      const out = Buffer.from(seed);
      out.fill(0, at(d.at), Math.min(seed.length, at(d.at) + d.length));
      return out;
    }
    case 'entries': {
      // The real workbook with some parts replaced by garbage (or a ZIP of garbage alone).
      const zip = d.files.length % 2 === 0 ? await JSZip.loadAsync(seed) : new JSZip();
      for (const [path, content] of d.files) zip.file(path, content);
      return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
    }
  }
}

const xlsxCase = fc.record({ kind: fc.constantFrom<ImportKindName>('products', 'persons'), d: zipDamage, name: fc.constantFrom('file.xlsx', 'file.csv') })
  .map(({ kind, d, name }) => ({ label: `xlsx ${d.t}`, kind, name, d }));

describe('imports:preview survives hostile files', () => {
  it('answers every CSV, in any encoding and however damaged, with a preview or a stable code', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: csvCase }, { weight: 1, arbitrary: randomCase }), async (c) => {
      const r = await previewQuietly(b, officer, c.kind, c.name, c.bytes);
      tally.add(c.label);
      outcomes.add(r.ok ? 'preview' : r.code);
    }), { numRuns: RUNS, endOnFailure: true });
  }, 1_800_000);

  it('answers every damaged XLSX with a preview or a stable code', async () => {
    await fc.assert(fc.asyncProperty(xlsxCase, async (c) => {
      const r = await previewQuietly(b, officer, c.kind, c.name, await damagedZip(c.d));
      tally.add(c.label);
      outcomes.add(r.ok ? 'preview' : r.code);
    }), { numRuns: RUNS, endOnFailure: true });
  }, 1_800_000);

  it('reads each heavy file (a huge cell, 10,000 columns) or refuses it with a stable code', async () => {
    for (const f of heavy) {
      const r = await previewQuietly(b, officer, 'persons', f.name, f.bytes);
      tally.add(`heavy ${f.name}`);
      outcomes.add(r.ok ? 'preview' : r.code);
    }
  }, 600_000);

  it.each(ENCODINGS)('a good persons file in %s is read, or refused with a stable code', async (encoding: TestEncoding) => {
    const r = await previewQuietly(b, officer, 'persons', '人员.csv', encode(goodText('persons', 2), encoding));
    tally.add(`example ${encoding}`);
    outcomes.add(`${encoding}: ${r.ok ? `preview of ${r.rows} rows, ${r.invalidRows.length} invalid` : r.code}`);
    // What the readers promise (issues 3 and 7): UTF-8 with or without BOM, UTF-16 with BOM, and GB18030.
    if (['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'gb18030', 'gb18030-bom'].includes(encoding)) expect(r).toMatchObject({ ok: true, rows: 3, invalidRows: [] });
  });
});
