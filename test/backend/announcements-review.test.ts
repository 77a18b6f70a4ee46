import { afterEach, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { uscc } from './io/import-fixtures';
import { commit, preview, register, storedRecords, workbook } from './announcements-fixtures';

const NOW = () => new Date('2026-03-01T02:00:00Z');
const backends: TestBackend[] = [];
afterEach(() => { while (backends.length) backends.pop()?.cleanup(); });

async function workspace() {
  const b = await testBackend({ now: NOW });
  backends.push(b);
  return { b, s: await b.login('officer') };
}

const HEADER = ['序号', '标称生产企业名称', '所在地', '统一社会信用代码', '产品名称', '商标', '生产日期', '抽查结果', '不合格项目'];
const table = (rows: (string | number)[][]) => workbook([['某市电线电缆产品质量监督抽查结果'], HEADER, ...rows]);

type ReviewList = OutputOf<'review:list'>;

describe('firms named without a code: matching, review and decisions replayed', () => {
  it('never links a same-name firm whose code differs, and offers a name match only for review', async () => {
    const { b, s } = await workspace();
    const registered = await register(b, s, 1, '湖南同名电缆有限公司', '湖南省长沙市');
    const p = await preview(b, s, '同名.xlsx', table([
      [1, '湖南同名电缆有限公司', '湖南', uscc(2), '电线', '甲', '2025-01', '合格', '/'],
      [2, '湖南同名电缆有限公司', '湖南', '', '电缆', '甲', '2025-01', '合格', '/'],
    ]));
    const withCode = p.firms.find((f) => f.rows.includes(3));
    expect(withCode).toMatchObject({ verdict: 'none', enterprise: null, candidates: [] });
    const withoutCode = p.firms.find((f) => f.rows.includes(4));
    expect(withoutCode).toMatchObject({ verdict: 'candidate', candidates: [{ enterpriseId: registered, reason: 'name-equal' }] });
    expect(withoutCode?.candidates[0]?.parts).toMatchObject({ tradeName: 1, place: 1 });
    const done = await commit(b, s, p.previewId);
    expect(done).toMatchObject({ imported: 0, review: 2, rejected: 0 });
    expect(storedRecords(b).every((r) => r.enterprise_id === null)).toBe(true);
  });

  it("replays a 'not-same' decision (the pair never comes back) and a 'same' one (links by itself)", async () => {
    const { b, s } = await workspace();
    const near = await register(b, s, 1, '长沙华兴电器有限公司', '湖南省长沙市');
    const file = (product: string) => table([[1, '长沙华兴电器有限公司', '湖南', '', product, '甲', '2025-01', '不合格', '发热']]);
    const first = await preview(b, s, '第1批.xlsx', file('电热毯'));
    expect(first.firms[0]).toMatchObject({ verdict: 'candidate', candidates: [{ enterpriseId: near }] });
    await commit(b, s, first.previewId);
    const waiting = storedRecords(b)[0];
    const refused = await b.call('review:resolve', { recordId: waiting?.id ?? 0, enterpriseId: near, decision: 'not-same' }, await b.login('reviewer'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    await b.value('review:resolve', { recordId: waiting?.id ?? 0, enterpriseId: near, decision: 'not-same' }, s);
    const second = await preview(b, s, '第2批.xlsx', file('电暖器'));
    expect(second.firms[0]).toMatchObject({ verdict: 'none', candidates: [], ruledOut: 1 });
    await commit(b, s, second.previewId);
    // Both waiting records are one firm: linking one links the other.
    const list = (await b.value('review:list', {}, s)) as ReviewList;
    expect(list).toMatchObject({ total: 1, records: 2 });
    expect(list.items[0]?.candidates).toEqual([]);
    const linked = (await b.value('review:link-uscc', { recordId: waiting?.id ?? 0, uscc: uscc(1) }, s)) as { linkedRecordIds: number[] };
    expect(linked.linkedRecordIds).toHaveLength(2);
    expect(storedRecords(b).every((r) => r.enterprise_id === near)).toBe(true);
    const third = await preview(b, s, '第3批.xlsx', file('电吹风'));
    expect(third.firms[0]).toMatchObject({ verdict: 'sure', via: 'decision', enterprise: { id: near } });
    expect(third.counts).toMatchObject({ importable: 1, review: 0 });
    const audit = b.ws.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'review:%' ORDER BY seq").pluck().all();
    expect(audit).toEqual(['review:resolve', 'review:link-uscc']);
  });

  it('resolves a firm in the review queue to its candidate, linking every waiting record of that firm', async () => {
    const { b, s } = await workspace();
    const target = await register(b, s, 1, '株洲宏达电缆有限公司', '湖南省株洲市');
    await register(b, s, 2, '株洲宏达电缆科技有限公司', '湖南省株洲市');
    const p = await preview(b, s, '株洲.xlsx', table([
      [1, '株洲宏达电缆有限公司', '湖南省株洲市', '', '电线', '甲', '2025-01', '合格', '/'],
      [2, '株洲宏达电缆有限公司', '湖南省株洲市', '', '电缆', '甲', '2025-02', '不合格', '导体电阻'],
    ]));
    await commit(b, s, p.previewId);
    const list = (await b.value('review:list', {}, s)) as ReviewList;
    const group = list.items[0];
    expect(group?.records).toHaveLength(2);
    expect(group?.candidates.map((c) => c.enterpriseId)[0]).toBe(target);
    expect(group?.candidates[0]?.parts).toHaveProperty('tradeName');
    const r = (await b.value('review:resolve', { recordId: group?.records[0]?.id ?? 0, enterpriseId: target, decision: 'same' }, s)) as { linkedRecordIds: number[] };
    expect(r.linkedRecordIds).toHaveLength(2);
    expect(((await b.value('review:list', {}, s)) as ReviewList).total).toBe(0);
    const dossier = (await b.value('records:list', { enterpriseId: target }, s)) as { items?: unknown[]; total?: number } | unknown[];
    const n = Array.isArray(dossier) ? dossier.length : (dossier.total ?? dossier.items?.length ?? 0);
    expect(n).toBe(2);
    expect(b.ws.db.prepare('SELECT count(*) FROM match_candidates').pluck().get()).toBe(0);
  });

  it('takes a person’s correction of one column, and remembers it for files of the same layout', async () => {
    const { b, s } = await workspace();
    const rows = [[1, '长沙某某电器有限公司', '湖南', '', '电线', '甲', '2025-01', '合格', '/']];
    const withBrand = workbook([['抽查结果'], [...HEADER, '品牌名称'], [...rows[0] ?? [], '乙']]);
    const first = await preview(b, s, 'a.xlsx', withBrand, { mapping: { trademark: '品牌名称' } });
    expect(first.fields.find((f) => f.field === 'trademark')).toMatchObject({ header: '品牌名称', via: 'override' });
    expect(first.rows[0]?.values.trademark?.text).toBe('乙');
    const changed = await b.call('announcements:commit', { previewId: first.previewId, mapping: { ...first.mapping, trademark: '商标' } }, s);
    expect(changed).toMatchObject({ ok: false, error: { code: 'E_ANNOUNCE_MAPPING_CHANGED' } });
    await commit(b, s, first.previewId, { mapping: first.mapping });
    const second = await preview(b, s, 'b.xlsx', withBrand, {});
    expect(second.remembered).toBe(true);
    expect(second.rows[0]?.values.trademark?.text).toBe('乙');
  });
});
