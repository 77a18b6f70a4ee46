import { afterEach, describe, expect, it } from 'vitest';
import type { Enterprise, ImportKindName } from '../../src/contract';
import { gtinCheckDigit } from '../../src/core/identifiers/gtin';
import { residentIdCheckChar } from '../../src/core/persons/id-number';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { csvText, uscc } from './io/import-fixtures';

const backends: TestBackend[] = [];
afterEach(() => { while (backends.length) backends.pop()?.cleanup(); });

async function workspace(firms: number, user = 'officer'): Promise<{ b: TestBackend; s: string; firms: Enterprise[] }> {
  const b = await testBackend({ now: () => new Date('2026-03-01T02:00:00Z') });
  backends.push(b);
  const s = await b.login(user);
  const out: Enterprise[] = [];
  for (let n = 1; n <= firms; n++) {
    out.push((await b.value('enterprises:create', { uscc: uscc(n), name: `长沙人员产品测试${n}有限公司`, regionCode: '430102', industryCode: 'C38', status: 'active' }, s)) as Enterprise);
  }
  return { b, s, firms: out };
}

/** A valid resident ID number, distinct for each n. */
function residentId(n: number): string {
  const first17 = `43010219900307${String(n).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17) ?? '0'}`;
}

/** A valid GTIN-13, distinct for each n. */
function gtin13(n: number): string {
  const body = `690123456${String(n).padStart(3, '0')}`;
  return `${body}${gtinCheckDigit(body) ?? 0}`;
}

type Issue = { column: string; code: string; message: string; original: string };
type Preview = { previewId: string; rows: number; valid: number; invalid: number; invalidRows: number[]; problems: { row: number; errors: Issue[] }[] };

const previewOf = async (b: TestBackend, s: string, kind: ImportKindName, fileName: string, bytes: Buffer) =>
  (await b.value('imports:preview', { kind, fileName, contentBase64: bytes.toString('base64') }, s)) as Preview;
const errorsOf = (p: Preview, row: number) => p.problems.find((x) => x.row === row)?.errors ?? [];
const live = (b: TestBackend, table: string) => b.ws.db.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get() as number;
const links = (b: TestBackend) => b.ws.db.prepare('SELECT count(*) FROM enterprise_persons').pluck().get() as number;

const PERSON_HEADER = ['姓名', '证件类型', '证件号码', '统一社会信用代码', '企业名称', '角色', '任职起始日期', '任职终止日期'];

describe('importing persons', () => {
  it('checks ID numbers and links, registers each person once with every appointment, and undoes the batch', async () => {
    const { b, s, firms } = await workspace(2);
    const wrongCheck = `${residentId(5).slice(0, 17)}${residentId(5).endsWith('0') ? '1' : '0'}`;
    const csv = csvText([
      PERSON_HEADER,
      ['张三', '身份证', residentId(1), uscc(1), '', '法定代表人', '2020-01-05', ''],
      ['张三', '', residentId(1).toLowerCase(), uscc(2), '', '质量负责人', '2019/3/1', '2021年6月30日'],
      ['李四', '护照', 'E12345678', '', '', '', '', ''],
      ['王五', '身份证', wrongCheck, '', '', '', '', ''],
      ['赵六', '身份证', residentId(6), uscc(9), '未登记的同名有限公司', '负责人', '', ''],
      ['孙七', '身份证', '4301**********0011', '', '', '', '', ''],
      ['张三丰', '身份证', residentId(1), uscc(1), '', '负责人', '', ''],
      ['周八', '身份证', residentId(8), '', '', '法定代表人', '', ''],
      ['吴九', '身份证', residentId(9), uscc(1), '', '董事长', '2020-02-30', ''],
    ]);
    const p = await previewOf(b, s, 'persons', '人员.csv', Buffer.from(csv));
    expect(p).toMatchObject({ rows: 9, valid: 3, invalid: 6, invalidRows: [5, 6, 7, 8, 9, 10] });
    expect(errorsOf(p, 5)[0]).toMatchObject({ column: '证件号码', code: 'E_ID_NUMBER_INVALID' });
    expect(errorsOf(p, 5)[0]?.message).toMatch(/校验位不符/);
    expect(errorsOf(p, 6)[0]).toMatchObject({ code: 'E_IMPORT_SUBJECT_UNKNOWN' });
    expect(errorsOf(p, 6)[0]?.message).toMatch(/不会因此新建企业/);
    expect(errorsOf(p, 7)[0]?.message).toMatch(/已遮蔽/);
    expect(errorsOf(p, 8)[0]).toMatchObject({ code: 'E_PERSON_DUPLICATE' });
    expect(errorsOf(p, 8)[0]?.message).toMatch(/姓名为“张三”/);
    expect(errorsOf(p, 9)[0]).toMatchObject({ column: '统一社会信用代码', code: 'E_VALIDATION' });
    expect(errorsOf(p, 10).map((e) => e.code).sort()).toEqual(['E_LINK_DATE', 'E_VALIDATION']);
    expect(live(b, 'persons')).toBe(0);

    const refused = await b.call('imports:commit', { previewId: p.previewId }, s);
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_IMPORT_INVALID_ROWS', details: { row: 5 } } });
    const done = (await b.value('imports:commit', { previewId: p.previewId, rejectRows: p.invalidRows }, s)) as { batchId: number; imported: number };
    expect(done.imported).toBe(3);
    expect(live(b, 'persons')).toBe(2);
    expect(links(b)).toBe(2);
    // Officers see masked numbers; the links are the person's history.
    const list = (await b.value('persons:list', { query: '张三' }, s)) as { items: { id: number; idNumber: string; idNumberMasked: boolean }[] };
    expect(list.items[0]).toMatchObject({ idNumberMasked: true, idNumber: `4301**********${residentId(1).slice(-4)}` });
    const held = (await b.value('persons:enterprises', { personId: list.items[0]?.id ?? 0 }, s)) as { enterpriseId: number; role: string; fromDate: string; toDate: string | null }[];
    expect(held).toEqual(expect.arrayContaining([
      expect.objectContaining({ enterpriseId: firms[0]?.id, role: 'legal_representative', fromDate: '2020-01-05', toDate: null }),
      expect.objectContaining({ enterpriseId: firms[1]?.id, role: 'chief_quality_officer', fromDate: '2019-03-01', toDate: '2021-06-30' }),
    ]));
    // The same people again: never a second person for one ID number.
    const again = await previewOf(b, s, 'persons', '人员.csv', Buffer.from(csv));
    expect(errorsOf(again, 2)[0]).toMatchObject({ code: 'E_PERSON_DUPLICATE' });
    expect(errorsOf(again, 4)[0]).toMatchObject({ code: 'E_PERSON_DUPLICATE' });

    // An edited person blocks the undo of the whole batch, naming it.
    const lisi = (await b.value('persons:list', { query: '李四' }, s)) as { items: { id: number }[] };
    await b.value('persons:update', { id: lisi.items[0]?.id ?? 0, draft: { name: '李四', idType: '护照', idNumber: 'E12345679' } }, s);
    const blocked = await b.call('imports:undo', { batchId: done.batchId }, s);
    expect(blocked).toMatchObject({ ok: false, error: { code: 'E_IMPORT_UNDO_CHANGED' } });
    expect(blocked.ok ? '' : blocked.error.message).toMatch(/1 名人员.*李四/);
  });

  it('undoes a batch of persons whole', async () => {
    const { b, s } = await workspace(1);
    const csv = csvText([PERSON_HEADER, ['张三', '身份证', residentId(1), uscc(1), '', '法定代表人', '2020-01-05', ''], ['李四', '身份证', residentId(2), '', '', '', '', '']]);
    const p = await previewOf(b, s, 'persons', '人员.csv', Buffer.from(csv));
    const done = (await b.value('imports:commit', { previewId: p.previewId }, s)) as { batchId: number };
    expect(await b.value('imports:undo', { batchId: done.batchId }, s)).toMatchObject({ removed: 2 });
    expect(live(b, 'persons')).toBe(0);
    // Undone persons are in the trash, so the numbers can be imported again only after a decision.
    const again = await previewOf(b, s, 'persons', '人员.csv', Buffer.from(csv));
    expect(errorsOf(again, 2)[0]?.message).toMatch(/回收站/);
  });

  it("an administrator's export imports again unchanged; anyone else's has masked numbers and is refused", async () => {
    const a = await workspace(2, 'admin');
    const csv = csvText([
      PERSON_HEADER,
      ['张三', '身份证', residentId(1), uscc(1), '', '法定代表人', '2020-01-05', '2023-01-01'],
      ['张三', '身份证', residentId(1), uscc(2), '', '负责人', '', ''],
      ['=HYPERLINK("x")', '港澳居民来往内地通行证', 'H12345678', '', '', '', '', ''],
    ]);
    await b2commit(a.b, a.s, 'persons', csv);
    for (const format of ['xlsx', 'csv'] as const) {
      const file = (await a.b.value('exports:create', { kind: 'persons', format }, a.s)) as { contentBase64: string; rows: number; fileName: string };
      expect(file.rows).toBe(3);
      expect(file.fileName).toMatch(/^人员-\d{8}\./);
      const target = await workspace(2, 'admin');
      const p = await previewOf(target.b, target.s, 'persons', file.fileName, Buffer.from(file.contentBase64, 'base64'));
      expect(p).toMatchObject({ rows: 3, valid: 3, invalid: 0 });
      await target.b.value('imports:commit', { previewId: p.previewId }, target.s);
      const copy = (await target.b.value('exports:create', { kind: 'persons', format: 'csv' }, target.s)) as { contentBase64: string };
      const original = (await a.b.value('exports:create', { kind: 'persons', format: 'csv' }, a.s)) as { contentBase64: string };
      expect(Buffer.from(copy.contentBase64, 'base64').toString('utf8')).toBe(Buffer.from(original.contentBase64, 'base64').toString('utf8'));
    }
    const officer = await a.b.login('officer');
    const masked = (await a.b.value('exports:create', { kind: 'persons', format: 'csv' }, officer)) as { contentBase64: string; fileName: string };
    const text = Buffer.from(masked.contentBase64, 'base64').toString('utf8');
    expect(text).not.toContain(residentId(1));
    expect(text).toContain(`4301**********${residentId(1).slice(-4)}`);
    const target = await workspace(2, 'admin');
    const p = await previewOf(target.b, target.s, 'persons', masked.fileName, Buffer.from(masked.contentBase64, 'base64'));
    expect(p.valid).toBe(0);
    expect(p.problems[0]?.errors[0]).toMatchObject({ code: 'E_ID_NUMBER_INVALID', column: '证件号码' });
  });
});

async function b2commit(b: TestBackend, s: string, kind: ImportKindName, csv: string): Promise<number> {
  const p = await previewOf(b, s, kind, 'file.csv', Buffer.from(csv));
  expect(p.invalid, JSON.stringify(p.problems)).toBe(0);
  return ((await b.value('imports:commit', { previewId: p.previewId }, s)) as { batchId: number }).batchId;
}

const PRODUCT_HEADER = ['统一社会信用代码', '企业名称', '产品名称', '商品条码', '品牌', '规格型号', '产品类别', '产品风险等级', '执行标准', '许可证编号'];

describe('importing products', () => {
  it('checks the maker, the GTIN and the risk grade, refuses duplicates, commits and undoes', async () => {
    const { b, s, firms } = await workspace(2);
    const badGtin = `${gtin13(7).slice(0, 12)}${(Number(gtin13(7).at(-1)) + 1) % 10}`;
    const csv = csvText([
      PRODUCT_HEADER,
      [uscc(1), '', '电热水壶', gtin13(1), '美的', 'MK-HJ1705', '电器类/家用电器', 'Ⅰ', 'GB 4706.19-2008', 'XK16-001-00001'],
      [uscc(1), '', '电饭煲', ` ${gtin13(2).slice(0, 6)} ${gtin13(2).slice(6)} `, '', '', '', 'II', '', ''],
      [uscc(2), '', '电动自行车', '', '雅迪', 'TDT1', '', '3级', '', ''],
      [uscc(2), '', '头盔', '', '', '', '', '二级', '', ''],
      [uscc(1), '', '插座', badGtin, '', '', '', '', '', ''],
      [uscc(9), '', '未登记企业的产品', '', '', '', '', '', '', ''],
      [uscc(1), '', '电热水壶（重复条码）', gtin13(1), '', '', '', '', '', ''],
      [uscc(2), '', '童车', '', '', '', '', 'Ⅳ', '', ''],
      [uscc(2), '', '', '', '', '', '', '', '', ''],
      [uscc(2), '', '玩具', '', '', 'x'.repeat(201), '', '', '', ''],
    ]);
    const p = await previewOf(b, s, 'products', '产品.csv', Buffer.from(csv));
    expect(p).toMatchObject({ rows: 10, valid: 4, invalid: 6, invalidRows: [6, 7, 8, 9, 10, 11] });
    expect(errorsOf(p, 6)[0]).toMatchObject({ column: '商品条码', code: 'E_GTIN_INVALID' });
    expect(errorsOf(p, 7)[0]).toMatchObject({ column: '统一社会信用代码', code: 'E_IMPORT_SUBJECT_UNKNOWN' });
    expect(errorsOf(p, 8)[0]).toMatchObject({ code: 'E_IMPORT_DUPLICATE_IN_FILE' });
    expect(errorsOf(p, 9)[0]).toMatchObject({ column: '产品风险等级', code: 'E_VALIDATION' });
    expect(errorsOf(p, 10)[0]).toMatchObject({ column: '产品名称', code: 'E_VALIDATION', message: '请填写产品名称' });
    expect(errorsOf(p, 11)[0]).toMatchObject({ column: '规格型号', code: 'E_VALIDATION', message: '规格型号不能超过 200 个字符' });
    const done = (await b.value('imports:commit', { previewId: p.previewId, rejectRows: p.invalidRows }, s)) as { batchId: number; imported: number };
    expect(done.imported).toBe(4);
    const made = (await b.value('products:list', { enterpriseId: firms[0]?.id ?? 0 }, s)) as { id: number; name: string; gtin: string; riskGrade: string }[];
    expect(made.map((x) => [x.name, x.gtin, x.riskGrade])).toEqual([['电热水壶', gtin13(1), 'I'], ['电饭煲', gtin13(2), 'II']]);
    const grades = (await b.value('products:list', { enterpriseId: firms[1]?.id ?? 0 }, s)) as { riskGrade: string }[];
    expect(grades.map((x) => x.riskGrade)).toEqual(['III', 'II']);
    // Against the database: the same GTIN, or the same name and model without one, is a duplicate.
    const again = await previewOf(b, s, 'products', '产品.csv', Buffer.from(csv));
    expect(errorsOf(again, 2)[0]).toMatchObject({ code: 'E_PRODUCT_DUPLICATE' });
    expect(errorsOf(again, 5)[0]).toMatchObject({ code: 'E_PRODUCT_DUPLICATE' });

    await b.value('products:update', { id: made[0]?.id ?? 0, draft: { name: '电热水壶（改）', gtin: gtin13(1) } }, s);
    const blocked = await b.call('imports:undo', { batchId: done.batchId }, s);
    expect(blocked).toMatchObject({ ok: false, error: { code: 'E_IMPORT_UNDO_CHANGED' } });
    expect(blocked.ok ? '' : blocked.error.message).toMatch(/1 个产品.*电热水壶\(改\)/);
    await b.value('products:delete', { id: made[0]?.id ?? 0, reason: '测试' }, s);
    // The changed product is now in the trash; the rest of the batch can go.
    expect(await b.value('imports:undo', { batchId: done.batchId }, s)).toMatchObject({ removed: 3 });
    expect(live(b, 'products')).toBe(0);
  });

  it('exports in the template columns and imports again unchanged, formula-like names included', async () => {
    const a = await workspace(2);
    await a.b.value('products:create', { enterpriseId: a.firms[0]?.id ?? 0, draft: { name: '=1+1', gtin: gtin13(3), brand: '+品牌', model: '-M1', category: '@类', riskGrade: 'III', standards: 'GB 1', licenceNo: "'=x" } }, a.s);
    await a.b.value('products:create', { enterpriseId: a.firms[1]?.id ?? 0, draft: { name: '童车', riskGrade: 'I' } }, a.s);
    for (const format of ['xlsx', 'csv'] as const) {
      const file = (await a.b.value('exports:create', { kind: 'products', format }, a.s)) as { contentBase64: string; rows: number; fileName: string };
      expect(file.rows).toBe(2);
      if (format === 'csv') {
        const lines = Buffer.from(file.contentBase64, 'base64').toString('utf8').split('\r\n');
        expect(lines[1]).toContain(",'=1+1,");
        expect(lines[1]).toContain('Ⅲ');
      }
      const target = await workspace(2);
      const p = await previewOf(target.b, target.s, 'products', file.fileName, Buffer.from(file.contentBase64, 'base64'));
      expect(p).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
      await target.b.value('imports:commit', { previewId: p.previewId }, target.s);
      const copy = (await target.b.value('products:list', { enterpriseId: target.firms[0]?.id ?? 0 }, target.s)) as Record<string, unknown>[];
      expect(copy[0]).toMatchObject({ name: '=1+1', gtin: gtin13(3), brand: '+品牌', model: '-M1', category: '@类', riskGrade: 'III', standards: 'GB 1', licenceNo: "'=x" });
    }
  });
});
