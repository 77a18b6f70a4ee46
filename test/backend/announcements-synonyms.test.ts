import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { preview, workbook } from './announcements-fixtures';

type Synonyms = OutputOf<'synonyms:get'>;

/** A result table whose firm column is headed 受检主体 and institution column 检测单位: no shipped synonym for either. */
const FILE = workbook([
  ['2025年第3批产品质量监督抽查结果'],
  ['序号', '受检主体', '所在地', '产品名称', '商标', '生产日期/批号', '抽查结果', '检测单位'],
  [1, '长沙市同义词测试电器有限公司', '湖南长沙', '电热水壶', '同义', '2025-01-05', '合格', '湖南省产品质量检验研究院'],
  [2, '株洲市变体测试厨具有限公司', '湖南株洲', '电饭锅', '变体', '2025-02', '合格', '湖南省产品质量检验研究院'],
]);

let b: TestBackend;
let officer: string;
let reviewer: string;
beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
}, 60_000);
afterAll(() => b.cleanup());

const fieldOf = (s: Synonyms, field: string) => s.fields.find((f) => f.field === field);

describe('a workspace synonym table for published files', () => {
  it('shows the shipped headers per field, with nothing added yet', async () => {
    const s = (await b.value('synonyms:get', { kind: 'spot-checks' }, reviewer)) as Synonyms;
    expect(fieldOf(s, 'firmName')?.shipped).toEqual(expect.arrayContaining(['企业名称', '生产企业名称', '标称生产单位']));
    expect(fieldOf(s, 'firmName')?.added).toEqual([]);
    expect(s.updatedAt).toBeNull();
  });

  it('without the officer\'s variants the file has no firm column and no institution', async () => {
    const p = await preview(b, officer, '抽查结果.xlsx', FILE);
    expect(p.missing).toContain('firmName');
    expect(p.mapping.institution).toBeUndefined();
  });

  it('stores an officer\'s variants (audited), and the importer reads the same file with them', async () => {
    const s = (await b.value('synonyms:update', { kind: 'spot-checks', added: { firmName: ['受检主体', ' 受检主体 ', '企业名称'], institution: ['检测单位'] } }, officer)) as Synonyms;
    // Repeats and the field's own shipped header are dropped.
    expect(fieldOf(s, 'firmName')?.added).toEqual(['受检主体']);
    expect(fieldOf(s, 'institution')?.added).toEqual(['检测单位']);
    expect(s.updatedBy).toBe('officer');
    const audit = b.ws.db.prepare("SELECT after_json FROM audit_log WHERE action = 'synonyms:update'").pluck().all() as string[];
    expect(audit.map((a) => JSON.parse(a) as unknown)).toEqual([{ firmName: ['受检主体'], institution: ['检测单位'] }]);

    const p = await preview(b, officer, '抽查结果.xlsx', FILE);
    expect(p.missing).not.toContain('firmName');
    expect(p.mapping).toMatchObject({ firmName: '受检主体', institution: '检测单位' });
    expect(p.fields.find((f) => f.field === 'firmName')).toMatchObject({ header: '受检主体', via: 'synonym' });
    expect(p.rows.map((r) => r.values.firmName?.text)).toEqual(['长沙市同义词测试电器有限公司', '株洲市变体测试厨具有限公司']);
    expect(p.rows.map((r) => r.values.institution?.text)).toEqual(['湖南省产品质量检验研究院', '湖南省产品质量检验研究院']);
  });

  it('refuses a header that already names another field, keeping what was stored', async () => {
    const r = await b.call('synonyms:update', { kind: 'spot-checks', added: { firmName: ['受检主体', '产品名称'] } }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_SYNONYM_CONFLICT' } });
    const s = (await b.value('synonyms:get', { kind: 'spot-checks' }, officer)) as Synonyms;
    expect(fieldOf(s, 'firmName')?.added).toEqual(['受检主体']);
  });

  it('refuses an unknown field, and a reviewer may look but not change', async () => {
    expect(await b.call('synonyms:update', { kind: 'spot-checks', added: { noSuchField: ['x'] } }, officer)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    expect(await b.call('synonyms:update', { kind: 'spot-checks', added: {} }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
  });

  it('keeps each kind apart: penalty lists do not see spot-check variants', async () => {
    const s = (await b.value('synonyms:get', { kind: 'penalties' }, officer)) as Synonyms;
    expect(s.fields.flatMap((f) => f.added)).toEqual([]);
  });
});
