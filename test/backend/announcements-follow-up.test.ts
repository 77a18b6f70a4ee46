import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { commit, preview, register, storedRecords, workbook, type Preview } from './announcements-fixtures';

const NOW = () => new Date('2026-03-01T02:00:00Z');

const RESULTS = [
  ['2025年第3批电动自行车产品质量省级监督抽查结果（湖南省市场监督管理局）'],
  ['序号', '生产企业名称', '所在地', '产品名称', '规格型号', '生产日期/批号', '抽样日期', '检验结论', '主要不合格项目', '承检机构'],
  [1, '长沙甲电器有限公司', '湖南', '电热毯', 'A1', '2025-05-01/B001', '2025-06-10', '不合格', '发热', '湖南省产品质量检验研究院'],
  [2, '长沙乙电器有限公司', '湖南', '电热毯', 'A2', 'B002', '2025-06-11', '不合格', '标志和说明', '湖南省产品质量检验研究院'],
  [3, '长沙丙电器有限公司', '湖南', '电暖器', 'C1', '2025-05', '2025-06-12', '不合格', '输入功率', '湖南省产品质量检验研究院'],
  [4, '长沙丁电器有限公司', '湖南', '电暖器', 'C2', '2025-05', '2025-06-12', '合格', '/', '湖南省产品质量检验研究院'],
];

const FOLLOW_UPS = [
  ['不合格产品后处理情况'],
  ['序号', '企业名称', '产品名称', '生产日期/批号', '整改情况', '复查结果', '处罚情况'],
  [1, '长沙甲电器有限公司', '电热毯', '2025-05-01/B001', '已整改', '复查合格', '处罚金额:2080元'],
  [2, '标称：长沙乙电器有限公司', '电热毯', 'B002', '整改中', '/', '移交稽查处理中'],
  [3, '长沙丙电器有限公司', '电暖器', '2025-05', '已整改', '复查不合格', '/'],
  [4, '长沙丁电器有限公司', '电暖器', '2025-05', '已整改', '复查合格', '/'],
  [5, '长沙戊电器有限公司', '电热毯', '', '已整改', '', ''],
];

describe('a follow-up table (后处理情况) updates the earlier spot checks through their state machine', () => {
  let b: TestBackend;
  let s: string;
  let p: Preview;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    b = await testBackend({ now: NOW });
    s = await b.login('officer');
    for (const [n, name] of ['长沙甲电器有限公司', '长沙乙电器有限公司', '长沙丙电器有限公司', '长沙丁电器有限公司'].entries()) await register(b, s, n + 1, name);
    const first = await preview(b, s, '抽查结果.xlsx', workbook(RESULTS), { defaults: { announcedOn: '2025-07-01' } });
    expect(first.assumptions.join()).toContain('湖南省市场监督管理局');
    await commit(b, s, first.previewId);
    for (const r of storedRecords(b)) ids[r.subject_name] = r.id;
    p = await preview(b, s, '后处理情况.xls', workbook(FOLLOW_UPS, 'xls'), { defaults: { announcedOn: '2025-12-15' } });
  });
  afterAll(() => b.cleanup());

  it('is recognised as a follow-up table and previewed as updates of the earlier checks', () => {
    expect(p.mode).toBe('follow-up');
    expect(p.counts).toEqual({ rows: 5, importable: 3, review: 0, rejected: 2 });
    const row = (n: number) => p.rows.find((r) => r.row === n);
    expect(row(3)).toMatchObject({ status: 'update', followUp: { recordId: ids['长沙甲电器有限公司'], from: 'failed', to: 'closed-pass', events: ['notify', 'order-rectification', 'start-test', 'recheck-pass', 'penalty-opened'] } });
    expect(row(4)).toMatchObject({ status: 'update', followUp: { to: 'rectification', events: ['notify', 'order-rectification', 'penalty-opened'] } });
    expect(row(5)).toMatchObject({ status: 'update', followUp: { to: 'announced' } });
    // A check that passed has no follow-up: the machine refuses, and the row says why.
    expect(row(6)?.status).toBe('rejected');
    expect(row(6)?.problems.map((x) => x.code)).toEqual(['E_SPOTCHECK_TRANSITION']);
    expect(row(7)?.problems.map((x) => x.code)).toEqual(['E_FOLLOW_UP_NO_CHECK']);
  });

  it('records the steps on the earlier checks, with states, notes and the penalty amount', async () => {
    const done = await commit(b, s, p.previewId);
    expect(done).toMatchObject({ mode: 'follow-up', rows: 5, imported: 3, review: 0, rejected: 2, updated: 3 });
    const state = (name: string) => storedRecords(b).find((r) => r.id === ids[name]);
    expect(state('长沙甲电器有限公司')).toMatchObject({ state: 'closed-pass', outcome: 'fail' });
    expect(state('长沙乙电器有限公司')?.state).toBe('rectification');
    expect(state('长沙丙电器有限公司')?.state).toBe('announced');
    expect(state('长沙丁电器有限公司')?.state).toBe('passed');
    const events = b.ws.db.prepare('SELECT event, on_date, state_before, state_after, note FROM record_events WHERE record_id = ? ORDER BY id').all(ids['长沙甲电器有限公司']) as { event: string; on_date: string; state_before: string | null; state_after: string | null; note: string }[];
    expect(events.map((e) => e.event)).toEqual(['sample', 'start-test', 'result-fail', 'notify', 'order-rectification', 'start-test', 'recheck-pass', 'penalty-opened']);
    expect(events.at(-2)).toMatchObject({ on_date: '2025-12-15', state_before: 'recheck1', state_after: 'closed-pass' });
    expect(events.at(-1)?.note).toContain('处罚金额:2080元');
    expect(events.at(-1)?.note).toContain('第 3 行');
  });

  it('records nothing twice when the same table comes again', async () => {
    const again = await preview(b, s, '后处理情况（重发）.xls', workbook([...FOLLOW_UPS, [6, '长沙甲电器有限公司', '电热毯', 'B001', '已整改', '复查合格', '']], 'xls'), { defaults: { announcedOn: '2025-12-20' } });
    expect(again.rows.filter((r) => r.status === 'unchanged').map((r) => r.row)).toEqual([3, 4, 5, 8]);
  });
});
