import { afterEach, describe, expect, it } from 'vitest';
import type { Enterprise, ImportKindName } from '../../src/contract';
import type { CreditRecordView } from '../../src/contract/records';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { csvText, uscc } from './io/import-fixtures';

const backends: TestBackend[] = [];
afterEach(() => { while (backends.length) backends.pop()?.cleanup(); });

async function workspace(firms: number): Promise<{ b: TestBackend; s: string; firms: Enterprise[] }> {
  const b = await testBackend({ now: () => new Date('2026-03-01T02:00:00Z') });
  backends.push(b);
  const s = await b.login('officer');
  const out: Enterprise[] = [];
  for (let n = 1; n <= firms; n++) {
    out.push((await b.value('enterprises:create', { uscc: uscc(n), name: `长沙记录测试${n}有限公司`, regionCode: '430102', industryCode: 'C38', status: 'active' }, s)) as Enterprise);
  }
  return { b, s, firms: out };
}

const PENALTY_HEADER = ['统一社会信用代码', '企业名称', '严重程度', '行政处罚决定书文号', '处罚类别', '罚款金额（万元）', '处罚决定日期', '处罚机关', '违法事实'];

type Preview = { previewId: string; rows: number; valid: number; invalid: number; problems: { row: number; errors: { column: string; code: string; message: string; original: string }[] }[] };

const previewOf = async (b: TestBackend, s: string, kind: ImportKindName, fileName: string, bytes: Buffer) =>
  (await b.value('imports:preview', { kind, fileName, contentBase64: bytes.toString('base64') }, s)) as Preview;
const records = (b: TestBackend) => b.ws.db.prepare("SELECT count(*) FROM credit_records WHERE deleted_at IS NULL").pluck().get() as number;

describe('importing credit records', () => {
  it('checks every row with the kind rules, links by USCC only, commits the accepted rows and undoes the batch', async () => {
    const { b, s } = await workspace(2);
    const csv = csvText([
      PENALTY_HEADER,
      [uscc(1), '长沙记录测试1有限公司', '一般', '长市监处罚〔2025〕12号', '警告、罚款', '2.5', '2025-06-18', '长沙市市场监督管理局', '生产不合格产品'],
      [uscc(2), '长沙记录测试2有限公司', '严重', '长市监处罚〔2025〕13号', '罚款', '', '2025/7/2', '长沙市市场监督管理局', '以次充好'],
      [uscc(9), '未登记的同名有限公司', '一般', '长市监处罚〔2025〕14号', '警告', '', '2025-07-03', '长沙市市场监督管理局', '标识不符'],
    ]);
    const p = await previewOf(b, s, 'penalties', '处罚.csv', Buffer.from(csv));
    expect(p).toMatchObject({ rows: 3, valid: 1, invalid: 2 });
    expect(p.problems[0]).toMatchObject({ row: 3, errors: [{ column: '罚款金额（万元）', code: 'E_VALIDATION' }] });
    expect(p.problems[1]?.errors[0]).toMatchObject({ column: '统一社会信用代码', code: 'E_IMPORT_SUBJECT_UNKNOWN' });
    const refused = await b.call('imports:commit', { previewId: p.previewId }, s);
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_IMPORT_INVALID_ROWS', details: { row: 3 } } });
    expect(records(b)).toBe(0);
    const done = (await b.value('imports:commit', { previewId: p.previewId, rejectRows: [3, 4] }, s)) as { batchId: number; imported: number };
    expect(done.imported).toBe(1);
    const stored = b.ws.db.prepare('SELECT kind, doc_no, occurred_on, severity, details, source FROM credit_records').get() as Record<string, string>;
    expect(stored).toMatchObject({ kind: 'penalties', doc_no: '长市监处罚〔2025〕12号', occurred_on: '2025-06-18', severity: 'general', source: 'import' });
    expect(JSON.parse(stored.details ?? '{}')).toMatchObject({ CF_CFLB: ['警告', '罚款'], CF_NR_FK: '2.5' });
    // The same document number again is a duplicate, not a second record.
    const again = await previewOf(b, s, 'penalties', '处罚.csv', Buffer.from(csv));
    expect(again.problems[0]?.errors[0]).toMatchObject({ code: 'E_RECORD_DUPLICATE' });
    expect((await b.value('imports:undo', { batchId: done.batchId }, s)) as { removed: number }).toMatchObject({ removed: 1 });
    expect(records(b)).toBe(0);
  });

  it('exports spot checks in the template columns and imports them again unchanged into another workspace', async () => {
    const a = await workspace(1);
    const draft = {
      authority: '湖南省市场监督管理局', outcome: 'fail' as const,
      details: { planType: 'provincial', productName: '电热水壶', trademark: '989', batch: '20250301A', institution: '湖南省产品质量检验研究院',
        reportNo: 'HN-2025-0317', failedItems: ['发热', '标志和说明'], sampledOn: '2025-03-18', resultOn: '2025-04-10', seriousFail: true },
    };
    const original = (await a.b.value('records:create', { enterpriseId: a.firms[0]?.id ?? 0, kind: 'spot-checks', draft }, a.s)) as CreditRecordView;
    for (const format of ['xlsx', 'csv'] as const) {
      const file = (await a.b.value('exports:create', { kind: 'spot-checks', format }, a.s)) as { contentBase64: string; rows: number; fileName: string };
      expect(file).toMatchObject({ rows: 1 });
      expect(file.fileName).toMatch(/^监督抽查-\d{8}\./);
      const target = await workspace(1);
      const p = await previewOf(target.b, target.s, 'spot-checks', file.fileName, Buffer.from(file.contentBase64, 'base64'));
      expect(p).toMatchObject({ rows: 1, valid: 1, invalid: 0 });
      await target.b.value('imports:commit', { previewId: p.previewId }, target.s);
      const copy = ((await target.b.value('records:list', { enterpriseId: target.firms[0]?.id ?? 0 }, target.s)) as { items: CreditRecordView[] }).items[0];
      expect(copy).toMatchObject({ summary: original.summary, outcome: 'fail', state: 'failed', details: original.details, authority: original.authority });
      const events = (await target.b.value('records:get', { id: copy?.id ?? 0 }, target.s)) as { events: { event: string }[] };
      expect(events.events.map((e) => e.event)).toEqual(['sample', 'start-test', 'result-fail']);
    }
  });
});
