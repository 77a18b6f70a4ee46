import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, TodoItem } from '../../src/contract';
import type { DossierSummary } from '../../src/contract/dossier';
import { residentIdCheckChar } from '../../src/core/persons/id-number';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { csvText, uscc } from './io/import-fixtures';
import { insertEnterprise, insertPerson } from './publications-fixtures';

const AGENCY = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
const AT = '2026-09-01T09:00:00.000+08:00';

/** The backend's clock, moved by each test: "today" is what decides overdue against due soon. */
let clock = new Date('2026-11-30T02:00:00Z');
/** Moves the clock; sessions time out over days, so both users sign in again. */
async function today(iso: string): Promise<void> {
  clock = new Date(`${iso}T02:00:00Z`);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
}

let b: TestBackend;
let officer: string;
let reviewer: string;

function residentId(n: number): string {
  const first17 = `43010219850101${String(n).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17) ?? '0'}`;
}

function penaltyOf(enterpriseId: number, name: string): number {
  return Number(b.ws.db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, doc_no, occurred_on, summary, source, created_at, created_by, updated_at)
    VALUES ('penalties', ?, ?, 'negative', '长沙市市场监督管理局', '长市监罚〔2026〕88号', '2026-08-20', '销售不合格产品', 'manual', ?, 'officer', ?)`)
    .run(enterpriseId, name, AT, AT).lastInsertRowid);
}

/** A serious-dishonesty proposal for the firm and (when asked) its legal representative. */
async function propose(enterpriseId: number, name: string, withPerson: boolean): Promise<number> {
  const input: InputOf<'lists:propose'> = {
    enterpriseId, listType: 'serious-dishonesty', subjects: withPerson ? ['enterprise', 'person'] : ['enterprise'],
    reason: '生产销售不合格电动自行车充电器，货值金额较大', legalBasis: '《市场监督管理严重违法失信名单管理办法》第九条',
    penaltyRecordIds: [penaltyOf(enterpriseId, name)], authority: '长沙市市场监督管理局', authorityLevel: 'province', on: '2026-09-01',
    art12: { malice: '明知不合格仍继续销售', frequency: '两年内三次', duration: '持续约八个月', amount: '罚没款合计 32 万元' },
  };
  return ((await b.value('lists:propose', input, officer)) as OutputOf<'lists:propose'>).id;
}

const step = (input: InputOf<'lists:step'>, session: string) => b.value('lists:step', input, session);

/** Notice on 09-02, decision on 09-24: the 20-working-day publication period then spans the Mid-Autumn and National Day holidays. */
async function decided(enterpriseId: number, name: string, withPerson: boolean, n: number): Promise<number> {
  const id = await propose(enterpriseId, name, withPerson);
  await step({ entryId: id, type: 'serve-notice', on: '2026-09-02', docNo: `长市监信告〔2026〕${n}号` }, officer);
  await step({ entryId: id, type: 'decide', on: '2026-09-24', docNo: `长市监信决〔2026〕${n}号` }, reviewer);
  return id;
}

const todo = async (input: InputOf<'todo:list'> = {}) => (await b.value('todo:list', input, officer)) as OutputOf<'todo:list'>;
const summary = async (enterpriseId: number) => (await b.value('dossier:summary', { enterpriseId }, officer)) as DossierSummary;
const ofEntry = (items: TodoItem[], entryId: number) => items.filter((i) => i.link.to === 'list-entry' && i.link.entryId === entryId);

beforeAll(async () => {
  b = await testBackend({ now: () => clock });
  const admin = await b.login('admin');
  await b.value('keys:generate', { alg: 'ed25519', passphrase: '签名口令 Sign-2026', ...AGENCY }, admin);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
}, 60_000);
afterAll(() => b.cleanup());

describe('todo:list: list deadlines', () => {
  let entry = 0;

  it('counts a working-day period across the holidays, due soon up to its last day and overdue the day after', async () => {
    await today('2026-09-30');
    const firm = insertEnterprise(b.ws.db, uscc(101), '长沙期限电器有限公司');
    entry = await decided(firm, '长沙期限电器有限公司', false, 1);
    // 20 working days from 09-24: 09-25…27 and 10-01…07 are holidays, 10-10 a made-up Saturday.
    // Counted without the calendar it would have been 10-22; the holidays move it a week, to 10-29.
    await today('2026-10-14');
    expect(ofEntry((await todo({ horizonDays: 14 })).items, entry)).toEqual([]);
    await today('2026-10-15');
    const soon = ofEntry((await todo({ horizonDays: 14 })).items, entry);
    expect(soon).toEqual([expect.objectContaining({
      kind: 'list-deadline', status: 'due-soon', dueOn: '2026-10-29', daysLeft: 14, title: '列入决定公示期限',
      subject: { enterpriseId: firm, personId: null, name: '长沙期限电器有限公司' },
    })]);
    const due = soon[0]?.dueOn ?? '';
    await today(due);
    expect(ofEntry((await todo()).items, entry)).toMatchObject([{ status: 'due-soon', daysLeft: 0 }]);
    await today('2026-10-30');
    expect(ofEntry((await todo()).items, entry)).toMatchObject([{ status: 'overdue', dueOn: due, daysLeft: -1 }]);
    // Filtering by another kind leaves it out.
    expect(ofEntry((await todo({ kinds: ['spot-check-deadline'] })).items, entry)).toEqual([]);
  });

  it('drops the item once the step is taken', async () => {
    await today('2026-11-02');
    await step({ entryId: entry, type: 'publish', on: '2026-11-02' }, officer);
    // Published: the term runs three years; nothing is due within the horizon.
    expect(ofEntry((await todo({ horizonDays: 60 })).items, entry)).toEqual([]);
  });
});

describe('todo:list: spot-check follow-up', () => {
  it('shows the rectification and recheck periods of a failed check, due soon then overdue', async () => {
    await today('2026-10-20');
    const firm = insertEnterprise(b.ws.db, uscc(102), '长沙抽查整改有限公司');
    const r = (await b.value('records:create', {
      enterpriseId: firm, kind: 'spot-checks', draft: {
        authority: '湖南省市场监督管理局', outcome: 'fail',
        details: {
          planType: 'provincial', productName: '电热水壶', trademark: '989', batch: '20260801A', institution: '湖南省产品质量检验研究院',
          reportNo: 'HN-2026-0317', failedItems: ['发热'], sampledOn: '2026-08-18', resultOn: '2026-09-10',
        },
      },
    }, officer)) as { id: number };
    await b.value('records:transition', { id: r.id, event: 'notify', onDate: '2026-09-15' }, officer);
    await b.value('records:transition', { id: r.id, event: 'order-rectification', onDate: '2026-09-20' }, officer);
    const mine = (items: TodoItem[]) => items.filter((i) => i.link.to === 'record' && i.link.recordId === r.id).map((i) => [i.title, i.status, i.dueOn]);
    // 60 days to rectify (11-19), 75 to recheck (12-04), both counted from the order.
    await today('2026-11-10');
    expect(mine((await todo({ horizonDays: 14 })).items)).toEqual([['整改期限', 'due-soon', '2026-11-19']]);
    await today('2026-11-20');
    expect(mine((await todo({ horizonDays: 14 })).items)).toEqual([['整改期限', 'overdue', '2026-11-19'], ['第一次复查期限', 'due-soon', '2026-12-04']]);
    expect((await todo({ kinds: ['list-deadline'] })).items.some((i) => i.kind === 'spot-check-deadline')).toBe(false);
  });
});

describe('ban follow: a listed person appointed legal representative elsewhere', () => {
  it('is flagged when the appointment is typed in, in the to-do list and on the dossier, and cleared when the listing is withdrawn', async () => {
    await today('2026-11-02');
    const listedFirm = insertEnterprise(b.ws.db, uscc(103), '长沙失信电器有限公司', { name: '赵大海', id: residentId(1) });
    const entry = await decided(listedFirm, '长沙失信电器有限公司', true, 3);
    await step({ entryId: entry, type: 'publish', on: '2026-11-02' }, officer);
    const personId = b.ws.db.prepare('SELECT person_id FROM list_entries WHERE id = ?').pluck().get(entry) as number;
    const other = insertEnterprise(b.ws.db, uscc(104), '长沙新开电器有限公司', { name: '钱多多', id: residentId(2) });
    const bans = async () => (await todo({ kinds: ['ban-appointment'] })).items.filter((i) => i.subject.personId === personId);
    expect(await bans()).toEqual([]);

    await today('2026-11-20');
    await b.value('enterprises:set-legal-representative', { enterpriseId: other, personId, fromDate: '2026-11-18' }, officer);
    expect(await bans()).toEqual([expect.objectContaining({
      kind: 'ban-appointment', status: 'overdue', dueOn: '2026-11-18', link: { to: 'enterprise', enterpriseId: other },
      subject: { enterpriseId: other, personId, name: '长沙新开电器有限公司' },
    })]);
    expect((await summary(other)).banWarnings).toEqual([expect.objectContaining({
      entryId: entry, personName: '赵大海', listedEnterpriseId: listedFirm, enterpriseId: other, appointedOn: '2026-11-18', listLabel: '严重违法失信名单',
    })]);
    // The listed firm itself is not "another" enterprise.
    expect((await summary(listedFirm)).banWarnings).toEqual([]);

    await step({ entryId: entry, type: 'withdraw', on: '2026-11-20', docNo: '长市监信撤〔2026〕1号' }, reviewer);
    expect(await bans()).toEqual([]);
    expect((await summary(other)).banWarnings).toEqual([]);
  });

  it('is flagged when the appointments came in by import', async () => {
    await today('2026-11-20');
    const firmA = insertEnterprise(b.ws.db, uscc(105), '长沙导入甲有限公司');
    const firmB = insertEnterprise(b.ws.db, uscc(106), '长沙导入乙有限公司');
    const csv = csvText([
      ['姓名', '证件类型', '证件号码', '统一社会信用代码', '企业名称', '角色', '任职起始日期', '任职终止日期'],
      ['孙导入', '身份证', residentId(3), uscc(105), '', '法定代表人', '2020-01-05', ''],
      ['孙导入', '身份证', residentId(3), uscc(106), '', '法定代表人', '2024-03-01', ''],
    ]);
    const p = (await b.value('imports:preview', { kind: 'persons', fileName: '人员.csv', contentBase64: Buffer.from(csv).toString('base64') }, officer)) as { previewId: string; valid: number };
    expect(p.valid).toBe(2);
    await b.value('imports:commit', { previewId: p.previewId }, officer);
    const entry = await decided(firmA, '长沙导入甲有限公司', true, 4);
    await step({ entryId: entry, type: 'publish', on: '2026-11-20' }, officer);
    const items = (await todo({ kinds: ['ban-appointment'] })).items.filter((i) => i.subject.enterpriseId === firmB);
    // The conflict is dated from the listing (the decision of 09-24): the appointment is older.
    expect(items).toMatchObject([{ status: 'overdue', dueOn: '2026-09-24', link: { enterpriseId: firmB } }]);
    expect(items[0]?.details).toContain('孙导入');
    expect((await summary(firmB)).banWarnings.map((w) => w.personName)).toEqual(['孙导入']);
    expect((await summary(firmA)).banWarnings).toEqual([]);
  });

  it('ignores a past appointment and a person listed without an enterprise still counts', async () => {
    await today('2026-11-20');
    const person = insertPerson(b.ws.db, '周旧任', residentId(4));
    const firm = insertEnterprise(b.ws.db, uscc(107), '长沙旧任有限公司');
    b.ws.db.prepare("INSERT INTO enterprise_persons (enterprise_id, person_id, role, from_date, to_date, recorded_at) VALUES (?, ?, 'legal_representative', '2019-01-01', '2025-01-01', ?)").run(firm, person, AT);
    b.ws.db.prepare(`INSERT INTO list_entries (entry_uid, list_type, person_id, subject_name, state, source, listed_on, created_at, updated_at)
      VALUES ('EXT-P-1', 'serious-dishonesty', ?, '周旧任', 'active', 'exchange', '2026-06-01', ?, ?)`).run(person, AT, AT);
    expect((await summary(firm)).banWarnings).toEqual([]);
    b.ws.db.prepare("INSERT INTO enterprise_persons (enterprise_id, person_id, role, from_date, recorded_at) VALUES (?, ?, 'legal_representative', '2026-10-01', ?)").run(firm, person, AT);
    expect((await summary(firm)).banWarnings).toMatchObject([{ personName: '周旧任', listedEnterpriseId: null }]);
  });
});

describe('todo:list ordering', () => {
  it('puts overdue items first, then the rest by date', async () => {
    await today('2026-11-20');
    const items = (await todo({ horizonDays: 30 })).items;
    const firstSoon = items.findIndex((i) => i.status === 'due-soon');
    expect(firstSoon).toBeGreaterThan(0);
    expect(items.slice(firstSoon).every((i) => i.status === 'due-soon')).toBe(true);
    for (let k = 1; k < items.length; k++) {
      const [a, c] = [items[k - 1], items[k]];
      if (a && c && a.status === c.status) expect(a.dueOn <= c.dueOn).toBe(true);
    }
  });
});
