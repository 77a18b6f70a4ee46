import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheet, type SheetFormat } from '../../src/backend/io/sheet-file';
import { enterpriseKind } from '../../src/backend/io/kinds/enterprises';
import { productKind, type ImportedProduct } from '../../src/backend/io/kinds/products';
import type { EnterpriseFields } from '../../src/core/enterprises/enterprise';
import { uscc } from '../backend/io/import-fixtures';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { RUNS } from './runs';

let b: TestBackend;
let officer: string;
const counted = { csv: 0, xlsx: 0, cells: 0 };

beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
});
afterAll(() => {
  b.cleanup();
  console.warn(`hostile export formulas: ${counted.csv + counted.xlsx} cases (csv ${counted.csv}, xlsx ${counted.xlsx}), ${counted.cells} cells checked`);
});

/** What spreadsheet software runs as a formula when a cell starts with it (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Names built to start like formulas, behind apostrophes, or with quotes and separators inside. */
const name = fc.tuple(
  fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', "'", "''", "'=", "''+", ' =', '＝', '"=', '=cmd|', '-2+3', '@SUM(', '\r\n='),
  fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('1+1', 'HYPERLINK("http://x","y")', "cmd|'/C calc'!A0", '"', ',', '\n', '长沙', '\u0001', 'a\u000Bb', '\uFFFE', '_x0041_')),
).map(([a, z]) => a + z)
  // What the app can store: the forms trim. Control characters stay: XLSX writes them as _xHHHH_ (issue 7).
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** RFC 4180 fields of the CSV our writer makes (BOM, CRLF, quotes doubled). */
function csvFields(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && body[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  return rows;
}

async function xlsxCells(bytes: Buffer): Promise<{ formulas: number; typed: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  // Cells with content, below the header row (an empty cell is written as a bare <c …/>).
  const typed = [...sheet.matchAll(/<c r="[A-Z]+(\d+)"([^>]*?)>[\s\S]*?<\/c>/g)].filter((m) => m[1] !== '1')
    .map((m) => / t="(\w+)"/.exec(m[2] ?? '')?.[1] ?? 'n');
  return { formulas: (sheet.match(/<f[ >]/g) ?? []).length, typed };
}

type Items = { items: { row: number; values: Record<string, string> }[] };

async function readBack(kind: 'enterprises' | 'products', format: SheetFormat, bytes: Buffer): Promise<Items['items']> {
  const r = await b.router.call({ requestId: 'formula', channel: 'imports:preview', input: { kind, fileName: `x.${format}`, contentBase64: bytes.toString('base64') }, session: officer });
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return (r.value as Items).items;
}

const firm = (n: number, text: string): EnterpriseFields => ({
  uscc: uscc(n), usccCheckAcknowledged: false, name: text, regionCode: '430102', industryCode: 'C38', legalRepresentative: text, address: text, status: 'active',
});
const product = (n: number, text: string): ImportedProduct => ({
  uscc: uscc(n), name: text, gtin: null, brand: text, model: text, category: null, riskGrade: null, standards: text, licenceNo: text,
});

/**
 * Any name, exported: no CSV cell starts a formula, no XLSX cell is a formula (strings only),
 * and reading the file back gives every text exactly as stored.
 */
describe('exports neutralise formula injection and read back unchanged', () => {
  it.each(['csv', 'xlsx'] as const)('%s', async (format) => {
    await fc.assert(fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 4 }), async (names) => {
      const firms = names.map((s, i) => firm(i + 1, s));
      const products = names.map((s, i) => product(i + 1, s));
      const files = { enterprises: (await writeSheet(enterpriseKind, format, firms)).bytes, products: (await writeSheet(productKind, format, products)).bytes };
      for (const bytes of Object.values(files)) {
        if (format === 'csv') {
          const cells = csvFields(bytes.toString('utf8')).slice(1).flat();
          for (const c of cells) expect(FORMULA_START.test(c), JSON.stringify(c)).toBe(false);
          counted.cells += cells.length;
        } else {
          const { formulas, typed } = await xlsxCells(bytes);
          expect(formulas).toBe(0);
          // Every non-empty data cell is a shared or inline string, never a number or a formula.
          for (const t of typed) expect(['s', 'inlineStr', 'str']).toContain(t);
          counted.cells += typed.length;
        }
      }
      const firmsBack = await readBack('enterprises', format, files.enterprises);
      const productsBack = await readBack('products', format, files.products);
      names.forEach((s, i) => {
        expect(firmsBack[i]?.values, JSON.stringify(s)).toMatchObject({ name: s, legalRepresentative: s, address: s });
        expect(productsBack[i]?.values, JSON.stringify(s)).toMatchObject({ name: s, brand: s, model: s, standards: s, licenceNo: s });
      });
      counted[format]++;
    }), { numRuns: RUNS });
  }, 1_800_000);
});
