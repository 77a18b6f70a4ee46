import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../../src/contract';
import type { CreditRecordView, RecordDetail, RecordDraftInput } from '../../src/contract/records';
import { attachmentPath } from '../../src/backend/services/attachments';
import { testBackend, type TestBackend } from '../helpers/workspace';

let clock = new Date('2025-06-30T02:00:00Z');
let b: TestBackend;
let officer: string;
let enterprise: Enterprise;
beforeAll(async () => {
  b = await testBackend({ now: () => clock });
  officer = await b.login('officer');
  enterprise = (await b.value('enterprises:create', {
    uscc: '91430100MA4L0B2X6T', name: '长沙抽查电器有限公司', regionCode: '430104', industryCode: 'C38', status: 'active',
  }, officer)) as Enterprise;
});
afterAll(() => b.cleanup());

const FAILED_CHECK: RecordDraftInput = {
  authority: '湖南省市场监督管理局', outcome: 'fail',
  details: {
    planType: 'provincial', productName: '电热水壶', trademark: '989', batch: '20250301A', institution: '湖南省产品质量检验研究院',
    reportNo: 'HN-2025-0317', failedItems: ['发热', '标志和说明'], sampledOn: '2025-03-18', resultOn: '2025-04-10',
  },
};

const step = async (id: number, event: string, onDate: string) => (await b.value('records:transition', { id, event, onDate }, officer)) as RecordDetail;

describe('credit records', () => {
  it('keeps a failed spot check with its report, implied history and summary', async () => {
    const r = (await b.value('records:create', { enterpriseId: enterprise.id, kind: 'spot-checks', draft: FAILED_CHECK }, officer)) as CreditRecordView;
    expect(r).toMatchObject({ kind: 'spot-checks', outcome: 'fail', effect: 'negative', state: 'failed', occurredOn: '2025-03-18', docNo: 'HN-2025-0317' });
    expect(r.summary).toContain('电热水壶');
    const detail = (await b.value('records:get', { id: r.id }, officer)) as RecordDetail;
    expect(detail.events.map((e) => e.event)).toEqual(['sample', 'start-test', 'result-fail']);
    expect(detail.allowedEvents.map((e) => e.event)).toContain('notify');
  });

  it('walks a failed check through rectification to a passed recheck, with deadlines, refusing steps out of order', async () => {
    const r = (await b.value('records:create', { enterpriseId: enterprise.id, kind: 'spot-checks', draft: FAILED_CHECK }, officer)) as CreditRecordView;
    const early = await b.call('records:transition', { id: r.id, event: 'order-rectification', onDate: '2025-04-20' }, officer);
    expect(early).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_TRANSITION' } });
    await step(r.id, 'notify', '2025-04-15');
    const backwards = await b.call('records:transition', { id: r.id, event: 'order-rectification', onDate: '2025-04-01' }, officer);
    expect(backwards).toMatchObject({ ok: false, error: { code: 'E_SPOTCHECK_DATE_ORDER' } });
    const ordered = await step(r.id, 'order-rectification', '2025-04-20');
    expect(ordered.state).toBe('rectification');
    // 60 days to rectify and 75 to recheck, counted from the order (2025-04-20).
    expect(ordered.deadlines.find((d) => d.key === 'rectification')).toMatchObject({ due: '2025-06-19', met: false });
    expect(ordered.deadlines.find((d) => d.key === 'recheck1')).toMatchObject({ due: '2025-07-04', overdue: false });
    await step(r.id, 'start-test', '2025-06-25');
    const closed = await step(r.id, 'recheck-pass', '2025-06-28');
    expect(closed).toMatchObject({ state: 'closed-pass', outcome: 'fail' });
    // Once closed, only side events (约谈, a penalty case, a transfer) can still be recorded.
    expect(closed.allowedEvents.map((e) => e.event).sort()).toEqual(['interview', 'penalty-opened', 'transfer']);
    expect(closed.events.at(-1)).toMatchObject({ event: 'recheck-pass', stateBefore: 'recheck1', stateAfter: 'closed-pass', byUser: 'officer' });
    const future = await b.call('records:transition', { id: r.id, event: 'notify', onDate: '2025-07-30' }, officer);
    expect(future.ok).toBe(false);
  });

  it('refuses a record that breaks its kind rules, naming the field, and writes nothing', async () => {
    const before = b.ws.db.prepare('SELECT count(*) FROM credit_records').pluck().get();
    const r = await b.call('records:create', { enterpriseId: enterprise.id, kind: 'penalties', draft: { authority: '长沙市市场监督管理局', details: { CF_NR_FK: '1.5' } } }, officer);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('E_VALIDATION');
      expect(r.error.message).toMatch(/：/);
    }
    expect(b.ws.db.prepare('SELECT count(*) FROM credit_records').pluck().get()).toBe(before);
  });

  it('lists a dossier newest first, counts by kind and shows open follow-ups', async () => {
    await b.value('records:create', { enterpriseId: enterprise.id, kind: 'awards', draft: { authority: '长沙市人民政府', details: { awardName: '长沙市市长质量奖', level: 'municipal', year: 2024, grantor: '长沙市人民政府' } } }, officer);
    const list = (await b.value('records:list', { enterpriseId: enterprise.id }, officer)) as { items: CreditRecordView[]; total: number };
    expect(list.total).toBe(3);
    const dates = list.items.map((i) => i.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const summary = (await b.value('dossier:summary', { enterpriseId: enterprise.id }, officer)) as { counts: { kind: string; total: number; negative: number; positive: number }[]; openFollowUps: unknown[] };
    expect(summary.counts.find((c) => c.kind === 'spot-checks')).toEqual({ kind: 'spot-checks', total: 2, negative: 2, positive: 0 });
    expect(summary.counts.find((c) => c.kind === 'awards')).toMatchObject({ total: 1, positive: 1 });
    expect(summary.openFollowUps).toHaveLength(1);
  });

  it('finds enterprises by record facts: failed a spot check since a date', async () => {
    const page = (await b.value('enterprises:list', { recordKind: 'spot-checks', recordOutcome: 'fail', recordSince: '2025-01-01' }, officer)) as { items: Enterprise[] };
    expect(page.items.map((e) => e.id)).toEqual([enterprise.id]);
    const none = (await b.value('enterprises:list', { recordKind: 'spot-checks', recordOutcome: 'fail', recordSince: '2025-04-01' }, officer)) as { items: Enterprise[] };
    expect(none.items).toEqual([]);
  });

  it('stores evidence by its SHA-256, opens it, and reports a file changed on disk', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% 检验报告\n');
    const a = (await b.value('attachments:add', { enterpriseId: enterprise.id, fileName: '检验报告.pdf', contentBase64: pdf.toString('base64') }, officer)) as { id: number; sha256: string; mediaType: string };
    expect(a.mediaType).toBe('application/pdf');
    const opened = (await b.value('attachments:get', { id: a.id }, officer)) as { contentBase64: string };
    expect(Buffer.from(opened.contentBase64, 'base64')).toEqual(pdf);
    const fake = await b.call('attachments:add', { enterpriseId: enterprise.id, fileName: '报告.pdf', contentBase64: Buffer.from('MZ...').toString('base64') }, officer);
    expect(fake).toMatchObject({ ok: false, error: { code: 'E_ATTACHMENT_TYPE' } });
    writeFileSync(attachmentPath(b.ws.dir, a.sha256), 'tampered');
    expect(await b.call('attachments:get', { id: a.id }, officer)).toMatchObject({ ok: false, error: { code: 'E_ATTACHMENT_CORRUPT' } });
  });

  it('keeps products with a checked GTIN, and the field history of the dossier', async () => {
    const bad = await b.call('products:create', { enterpriseId: enterprise.id, draft: { name: '电热水壶', gtin: '6901234567890' } }, officer);
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_GTIN_INVALID' } });
    const p = (await b.value('products:create', { enterpriseId: enterprise.id, draft: { name: '电热水壶', gtin: '６９０１２３４５６７８９２', riskGrade: 'II' } }, officer)) as { id: number; gtin: string };
    expect(p.gtin).toBe('6901234567892');
    clock = new Date('2025-06-30T03:00:00Z');
    await b.value('products:update', { id: p.id, draft: { name: '电热水壶', gtin: '6901234567892', riskGrade: 'I' } }, officer);
    const history = (await b.value('dossier:history', { enterpriseId: enterprise.id }, officer)) as { items: { field: string; before: unknown; after: unknown; username: string }[] };
    expect(history.items[0]).toMatchObject({ field: 'riskGrade', before: 'II', after: 'I', username: 'officer' });
    await b.value('products:delete', { id: p.id, reason: '录入重复' }, officer);
    expect(await b.value('products:list', { enterpriseId: enterprise.id }, officer)).toEqual([]);
  });
});
