import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { insertEnterprise, insertEntry } from './publications-fixtures';

const AGENCY = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
const AT = '2026-09-01T09:00:00.000+08:00';

let b: TestBackend;
let officer: string;
let reviewer: string;
let enterpriseId: number;
let penaltyId: number;

function proposal(on: string): InputOf<'lists:propose'> {
  return {
    enterpriseId, listType: 'serious-dishonesty', reason: '生产销售不合格电动自行车充电器，货值金额较大', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
    penaltyRecordIds: [penaltyId], authority: '长沙市市场监督管理局', authorityLevel: 'province', on,
    art12: { malice: '明知不合格仍继续销售', frequency: '两年内三次', duration: '持续约八个月', amount: '罚没款合计 32 万元' },
  };
}

const countOf = (table: string): number => b.ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const counts = () => ({ entries: countOf('list_entries'), events: countOf('list_events'), audit: countOf('audit_log') });

async function step(input: InputOf<'lists:step'>, session: string): Promise<OutputOf<'lists:step'>> {
  return (await b.value('lists:step', input, session)) as OutputOf<'lists:step'>;
}
const get = async (id: number, session: string) => (await b.value('lists:get', { id }, session)) as OutputOf<'lists:get'>;

beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-12-01T02:00:00Z') });
  const admin = await b.login('admin');
  await b.value('keys:generate', { alg: 'ed25519', passphrase: '签名口令 Sign-2026', ...AGENCY }, admin);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
  enterpriseId = insertEnterprise(b.ws.db, '91430100MA4L000099', '长沙飞驰电器有限公司', { name: '赵大海', id: '43010219800101123X' });
  penaltyId = Number(b.ws.db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, doc_no, occurred_on, summary, source, created_at, created_by, updated_at)
    VALUES ('penalties', ?, '长沙飞驰电器有限公司', 'negative', '长沙市市场监督管理局', '长市监罚〔2026〕88号', '2026-08-20', '销售不合格产品', 'manual', ?, 'officer', ?)`)
    .run(enterpriseId, AT, AT).lastInsertRowid);
}, 60_000);
afterAll(() => b.cleanup());

describe('lists: a serious-dishonesty listing through its life', () => {
  let id = 0;

  it('opens a draft with a permanent id under the agency code, its event and an audit row', async () => {
    const before = counts();
    const r = (await b.value('lists:propose', proposal('2026-10-09'), officer)) as OutputOf<'lists:propose'>;
    id = r.id;
    expect(r).toMatchObject({ entryUid: '11430100MB1234567X-serious-dishonesty-1', state: 'draft' });
    expect(counts()).toEqual({ entries: before.entries + 1, events: before.events + 1, audit: before.audit + 1 });
    const d = await get(id, officer);
    expect(d.entry).toMatchObject({ subjectName: '长沙飞驰电器有限公司', subjectUscc: '91430100MA4L000099', proposedBy: 'officer', source: 'local' });
    expect(d.basis).toMatchObject({ penaltyRecordIds: [penaltyId], authorityLevel: 'province' });
    expect(d.events.map((e) => e.event)).toEqual(['propose']);
    // The officer records facts; only a reviewer may reject.
    expect(d.allowed).toEqual(['serve-notice']);
    expect((await get(id, reviewer)).allowed).toEqual(['serve-notice', 'reject-proposal', 'withdraw']);
  });

  it('refuses an incomplete basis and a penalty of another firm, writing nothing', async () => {
    const before = counts();
    const missing = await b.call('lists:propose', { ...proposal('2026-10-09'), art12: { malice: '明知' } }, officer);
    expect(missing.ok ? null : missing.error.code).toBe('E_LIST_BASIS');
    const other = insertEnterprise(b.ws.db, '91430100MA4L000088', '别家公司');
    const borrowed = await b.call('lists:propose', { ...proposal('2026-10-09'), enterpriseId: other }, officer);
    expect(borrowed.ok ? null : borrowed.error.code).toBe('E_LIST_BASIS');
    expect(counts()).toEqual(before);
  });

  it('refuses a step the state does not admit with E_LIST_TRANSITION, and writes nothing', async () => {
    const before = counts();
    const state = b.ws.db.prepare('SELECT state, updated_at FROM list_entries WHERE id = ?').get(id);
    const r = await b.call('lists:step', { entryId: id, type: 'publish', on: '2026-10-10' }, reviewer);
    expect(r.ok ? null : r.error.code).toBe('E_LIST_TRANSITION');
    expect(counts()).toEqual(before);
    expect(b.ws.db.prepare('SELECT state, updated_at FROM list_entries WHERE id = ?').get(id)).toEqual(state);
  });

  it('takes notice, objection and verification, then the reviewer decides and publishes', async () => {
    expect((await step({ entryId: id, type: 'serve-notice', on: '2026-10-12', docNo: '长市监信告〔2026〕5号' }, officer)).state).toBe('notice-served');
    expect((await step({ entryId: id, type: 'receive-objection', on: '2026-10-14', hearing: false, note: '书面陈述' }, officer)).state).toBe('objection');
    expect((await step({ entryId: id, type: 'verify-objection', on: '2026-10-16', outcome: 'upheld' }, reviewer)).state).toBe('heard');
    // The officer may not decide: a decision is a reviewer's.
    const byOfficer = await b.call('lists:step', { entryId: id, type: 'decide', on: '2026-10-20', docNo: '长市监信决〔2026〕7号' }, officer);
    expect(byOfficer.ok ? null : byOfficer.error.code).toBe('E_FORBIDDEN');
    const noDocNo = await b.call('lists:step', { entryId: id, type: 'decide', on: '2026-10-20' }, reviewer);
    expect(noDocNo.ok ? null : noDocNo.error.code).toBe('E_LIST_DOCUMENT');
    expect((await step({ entryId: id, type: 'decide', on: '2026-10-20', docNo: '长市监信决〔2026〕7号' }, reviewer)).state).toBe('decided');
    expect((await step({ entryId: id, type: 'publish', on: '2026-10-23' }, officer)).state).toBe('active');
    const d = await get(id, reviewer);
    expect(d.entry).toMatchObject({ state: 'active', decisionDocNo: '长市监信决〔2026〕7号' });
    expect(d.entry.listedOn).not.toBeNull();
    expect(d.entry.plannedEnd).not.toBeNull();
    expect(d.events.map((e) => [e.event, e.byUser])).toEqual([
      ['propose', 'officer'], ['serve-notice', 'officer'], ['receive-objection', 'officer'], ['verify-objection', 'reviewer'],
      ['decide', 'reviewer'], ['publish', 'officer'],
    ]);
    // Expiry and early removal lie years ahead: not offered today.
    expect(d.allowed).toEqual(['withdraw']);
    expect(d.deadlines.find((x) => x.id === 'expiry')).toMatchObject({ due: d.entry.plannedEnd, status: 'open' });
    const audit = b.ws.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'lists:step' AND entity_id = ?").pluck().get(String(id));
    expect(audit).toBe(5);
  });

  it('appears in the publication preview and in the filtered list', async () => {
    const p = (await b.value('publications:preview', { listType: 'black', from: '2026-10-01', to: '2026-10-31' }, officer)) as OutputOf<'publications:preview'>;
    expect(p.active).toBe(1);
    expect(p.stats).toMatchObject({ entries: 1, added: 1 });
    const listed = (await b.value('lists:list', { state: 'active', query: '飞驰' }, officer)) as OutputOf<'lists:list'>;
    expect(listed.items.map((e) => e.id)).toEqual([id]);
    const byUid = (await b.value('lists:list', { query: '11430100mb1234567x-serious-dishonesty-1' }, officer)) as OutputOf<'lists:list'>;
    expect(byUid.items.map((e) => e.id)).toEqual([id]);
    // Typed wildcards are letters.
    for (const query of ['%', '_']) expect(((await b.value('lists:list', { query }, officer)) as OutputOf<'lists:list'>).total).toBe(0);
    const none = (await b.value('lists:list', { listType: 'red' }, officer)) as OutputOf<'lists:list'>;
    expect(none.total).toBe(0);
  });
});

describe('lists: separation of duties', () => {
  it('refuses the proposer deciding, or rejecting, their own proposal', async () => {
    const r = (await b.value('lists:propose', proposal('2026-10-09'), reviewer)) as OutputOf<'lists:propose'>;
    expect(r.entryUid).toBe('11430100MB1234567X-serious-dishonesty-2');
    expect((await get(r.id, reviewer)).allowed).toEqual(['serve-notice', 'withdraw']);
    const rejected = await b.call('lists:step', { entryId: r.id, type: 'reject-proposal', on: '2026-10-10' }, reviewer);
    expect(rejected.ok ? null : rejected.error.code).toBe('E_SELF_APPROVAL');
    await step({ entryId: r.id, type: 'serve-notice', on: '2026-10-12', docNo: '长市监信告〔2026〕6号' }, officer);
    const before = counts();
    const own = await b.call('lists:step', { entryId: r.id, type: 'decide', on: '2026-10-20', docNo: '长市监信决〔2026〕8号' }, reviewer);
    expect(own.ok ? null : own.error.code).toBe('E_SELF_APPROVAL');
    expect(counts()).toEqual(before);
    expect((await get(r.id, reviewer)).entry.state).toBe('notice-served');
  });

  it('refuses a decision inside the party\'s objection window', async () => {
    const r = (await b.value('lists:propose', proposal('2026-10-09'), officer)) as OutputOf<'lists:propose'>;
    await step({ entryId: r.id, type: 'serve-notice', on: '2026-10-12', docNo: '长市监信告〔2026〕9号' }, officer);
    const early = await b.call('lists:step', { entryId: r.id, type: 'decide', on: '2026-10-13', docNo: '长市监信决〔2026〕9号' }, reviewer);
    expect(early.ok ? null : early.error.code).toBe('E_LIST_DEADLINE');
  });
});

describe('lists: withdrawn before publication', () => {
  it('never reaches a publication', async () => {
    const r = (await b.value('lists:propose', proposal('2026-10-09'), officer)) as OutputOf<'lists:propose'>;
    await step({ entryId: r.id, type: 'serve-notice', on: '2026-10-12', docNo: '长市监信告〔2026〕12号' }, officer);
    await step({ entryId: r.id, type: 'decide', on: '2026-10-20', docNo: '长市监信决〔2026〕12号' }, reviewer);
    expect((await get(r.id, reviewer)).entry.listedOn).toBeNull();
    expect((await step({ entryId: r.id, type: 'withdraw', on: '2026-10-21', docNo: '长市监信撤〔2026〕1号' }, reviewer)).state).toBe('withdrawn');
    const p = (await b.value('publications:preview', { listType: 'black', from: '2026-10-01', to: '2026-10-31' }, officer)) as OutputOf<'publications:preview'>;
    expect(p.stats).toMatchObject({ entries: 1, added: 1, removed: 0 });
  });
});

describe('lists: histories written elsewhere', () => {
  it('shows an entry whose history these services did not write, without offering steps', async () => {
    const legacy = insertEntry(b.ws.db, { uid: 'QL-9001', name: '旧系统录入有限公司', state: 'active', listedOn: '2025-03-10', events: [['propose', '2025-01-05'], ['decide', '2025-03-01', '长市监信〔2025〕1号'], ['publish', '2025-03-10']] });
    const d = await get(legacy, reviewer);
    expect(d.events.map((e) => e.event)).toEqual(['propose', 'decide', 'publish']);
    expect(d.allowed).toEqual([]);
    expect(d.deadlines).toEqual([]);
    const r = await b.call('lists:step', { entryId: legacy, type: 'withdraw', on: '2026-11-01', docNo: '长市监信〔2026〕99号' }, reviewer);
    expect(r.ok).toBe(false);
  });
});
