import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise, OutputOf } from '../../src/contract';
import type { EvaluationRun } from '../../src/contract/evaluation';
import { selectEntries, scopeOf } from '../../src/backend/services/publications/select';
import { pendingSuspension } from '../../src/core/lists/red-cycle';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { csvText, uscc } from './io/import-fixtures';

const AGENCY = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };
const TODAY = '2026-12-01';
const AT = '2026-09-01T09:00:00.000+08:00';

let b: TestBackend;
let officer: string;
let reviewer: string;
let reviewer2: string;
/** clean AAA, AAA with a recent penalty, provincial award, neither. */
let firms: { clean: number; penalised: number; awarded: number; plain: number };
let penaltyId: number;
let awardId: number;

const countOf = (table: string): number => b.ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const counts = () => ({ entries: countOf('list_entries'), events: countOf('list_events'), audit: countOf('audit_log') });
const insertRecord = (enterpriseId: number, kind: string, effect: string, on: string, details: object): number => Number(b.ws.db.prepare(`INSERT INTO credit_records
  (kind, enterprise_id, subject_name, effect, authority, occurred_on, summary, details, source, created_at, created_by, updated_at)
  VALUES (?, ?, '测试企业', ?, '湖南省市场监督管理局', ?, '测试记录', ?, 'manual', ?, 'officer', ?)`).run(kind, enterpriseId, effect, on, JSON.stringify(details), AT, AT).lastInsertRowid);

/** The run's grade of a firm set by an approved adjustment when the model graded it otherwise (the model is not under test here). */
async function setGrade(runId: number, enterpriseId: number, wanted: (g: string) => boolean, to: string): Promise<void> {
  const grade = b.ws.db.prepare('SELECT grade FROM evaluation_results WHERE run_id = ? AND enterprise_id = ?').pluck().get(runId, enterpriseId) as string;
  if (wanted(grade)) return;
  const adj = (await b.value('evaluation:adjust', { runId, enterpriseId, toGrade: to, reason: '测试：设定等级' }, officer)) as { id: number };
  await b.value('evaluation:adjust-decide', { id: adj.id, approve: true }, reviewer);
}

beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-12-01T02:00:00Z') });
  const admin = await b.login('admin');
  await b.value('keys:generate', { alg: 'ed25519', passphrase: '签名口令 Sign-2026', ...AGENCY }, admin);
  await b.value('users:create', { username: 'reviewer2', displayName: '审核员二', role: 'reviewer', password: 'Test-pass-2026' }, admin);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
  reviewer2 = await b.login('reviewer2');
  const ids: number[] = [];
  for (let n = 1; n <= 4; n++) {
    ids.push(((await b.value('enterprises:create', { uscc: uscc(n), name: `长沙红榜测试${n}有限公司`, regionCode: '430102', industryCode: 'C38', status: 'active' }, officer)) as Enterprise).id);
  }
  const [clean = 0, penalised = 0, awarded = 0, plain = 0] = ids;
  firms = { clean, penalised, awarded, plain };
  penaltyId = insertRecord(penalised, 'penalties', 'negative', '2026-05-10', {});
  awardId = insertRecord(awarded, 'awards', 'positive', '2025-06-01', { level: 'provincial', awardName: '湖南省质量奖' });
  const run = (await b.value('evaluation:run', { asOf: '2026-11-01' }, officer)) as EvaluationRun;
  await setGrade(run.id, clean, (g) => g === 'AAA', 'AAA');
  await setGrade(run.id, penalised, (g) => g === 'AAA', 'AAA');
  await setGrade(run.id, awarded, (g) => g !== 'AAA', 'AA');
  await setGrade(run.id, plain, (g) => g !== 'AAA', 'AA');
  await b.value('evaluation:decide', { runId: run.id, approve: true }, reviewer);
}, 60_000);
afterAll(() => b.cleanup());

describe('red list', () => {
  let cleanEntry = 0;
  let awardEntry = 0;

  it('proposes AAA firms with a clean record and award holders, each with its reasons and records', async () => {
    const page = (await b.value('red:candidates', { asOf: TODAY, page: 1, pageSize: 50 }, officer)) as OutputOf<'red:candidates'>;
    expect(page.runId).not.toBeNull();
    expect(page.items.map((c) => c.enterpriseId)).toEqual([firms.clean, firms.awarded]);
    expect(page.items[0]?.reasons.map((r) => r.code)).toEqual(['clean', 'grade']);
    expect(page.items[0]).toMatchObject({ grade: 'AAA', gradeValidTo: '2027-10-31' });
    expect(page.items[1]?.reasons.find((r) => r.code === 'award')?.recordIds).toEqual([awardId]);
  });

  it('refuses a firm that does not qualify with a stable code, the blocking records named, and writes nothing', async () => {
    const before = counts();
    const r = await b.call('red:propose', { enterpriseIds: [firms.clean, firms.penalised], asOf: TODAY }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_RED_NOT_CANDIDATE', details: { enterpriseId: firms.penalised, blockers: [{ code: 'negative-records', recordIds: [penaltyId] }] } } });
    expect(await b.call('red:propose', { enterpriseIds: [firms.plain], asOf: TODAY }, officer)).toMatchObject({ ok: false, error: { code: 'E_RED_NOT_CANDIDATE' } });
    expect(await b.call('red:propose', { enterpriseIds: [firms.clean], asOf: '2026-12-02' }, officer)).toMatchObject({ ok: false, error: { code: 'E_LIST_DATE_ORDER' } });
    expect(counts()).toEqual(before);
  });

  it('opens proposed entries with the reasons as basis; the proposer may not decide; another reviewer approves', async () => {
    const mine = (await b.value('red:propose', { enterpriseIds: [firms.clean], asOf: TODAY }, reviewer)) as OutputOf<'red:propose'>;
    cleanEntry = mine.entries[0]?.id ?? 0;
    const theirs = (await b.value('red:propose', { enterpriseIds: [firms.awarded], asOf: TODAY }, officer)) as OutputOf<'red:propose'>;
    awardEntry = theirs.entries[0]?.id ?? 0;
    expect(mine.entries[0]?.entryUid).toBe(`${AGENCY.agencyCode}-red-1`);
    const waiting = (await b.value('lists:list', { listType: 'red', state: 'proposed', page: 1, pageSize: 20 }, reviewer)) as OutputOf<'lists:list'>;
    expect(waiting.items.map((e) => e.id).sort((x, y) => x - y)).toEqual([cleanEntry, awardEntry]);
    const row = b.ws.db.prepare('SELECT state, reason, basis FROM list_entries WHERE id = ?').get(cleanEntry) as { state: string; reason: string; basis: string };
    expect(row.state).toBe('proposed');
    expect(row.reason).toContain('AAA');
    expect((JSON.parse(row.basis) as { reasons: unknown[] }).reasons).toHaveLength(2);
    expect(await b.call('red:propose', { enterpriseIds: [firms.clean], asOf: TODAY }, officer)).toMatchObject({ ok: false, error: { code: 'E_RED_ALREADY_LISTED' } });
    const page = (await b.value('red:candidates', { asOf: TODAY, page: 1, pageSize: 50 }, officer)) as OutputOf<'red:candidates'>;
    expect(page.total).toBe(0);

    const before = counts();
    expect(await b.call('red:decide', { entryId: cleanEntry, approve: true, on: TODAY }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_SELF_APPROVAL' } });
    expect(await b.call('red:decide', { entryId: awardEntry, approve: true, on: TODAY }, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await b.call('red:decide', { entryId: cleanEntry, approve: true, on: '2026-12-02' }, reviewer2)).toMatchObject({ ok: false, error: { code: 'E_LIST_DATE_ORDER' } });
    expect(counts()).toEqual(before);

    expect(await b.value('red:decide', { entryId: cleanEntry, approve: true, on: TODAY }, reviewer2)).toEqual({ id: cleanEntry, state: 'active' });
    expect(await b.value('red:decide', { entryId: awardEntry, approve: true, on: TODAY }, reviewer)).toEqual({ id: awardEntry, state: 'active' });
    expect(b.ws.db.prepare('SELECT listed_on FROM list_entries WHERE id = ?').pluck().get(cleanEntry)).toBe(TODAY);
    expect(countOf('audit_log')).toBe(before.audit + 2);
    expect(await b.call('red:decide', { entryId: cleanEntry, approve: false, on: TODAY }, reviewer2)).toMatchObject({ ok: false, error: { code: 'E_LIST_TRANSITION' } });
  });

  it('shows a suspension proposal in the same call that records a negative record, and a reviewer suspends', async () => {
    await b.value('records:create', { enterpriseId: firms.clean, kind: 'accidents', draft: {
      authority: '长沙市市场监督管理局', occurredOn: '2026-11-20', severity: 'general', details: { type: 'accident', description: '产品质量事故' },
    } }, officer);
    const got = (await b.value('lists:get', { id: cleanEntry }, reviewer)) as OutputOf<'lists:get'>;
    const pending = pendingSuspension(got.entry.state, got.events);
    expect(pending).toMatchObject({ event: 'suspension-proposed', byUser: 'officer' });
    expect(pending?.note).toContain('红名单企业新增负面记录');
    expect(countOf("audit_log WHERE action = 'red:suspension-proposed'")).toBe(1);

    const before = counts();
    expect(await b.call('red:suspension', { entryId: cleanEntry, action: 'reinstate', on: TODAY, reason: '核实' }, reviewer)).toMatchObject({ ok: false, error: { code: 'E_LIST_TRANSITION' } });
    expect(counts()).toEqual(before);
    expect(await b.value('red:suspension', { entryId: cleanEntry, action: 'suspend', on: TODAY, reason: '新增质量事故记录，暂停红名单资格待核实' }, reviewer)).toEqual({ id: cleanEntry, state: 'suspended' });
    expect(counts()).toEqual({ entries: before.entries, events: before.events + 1, audit: before.audit + 1 });
    const after = (await b.value('lists:get', { id: cleanEntry }, reviewer)) as OutputOf<'lists:get'>;
    expect(pendingSuspension(after.entry.state, after.events)).toBeNull();
  });

  it('proposes a suspension from an import commit too', async () => {
    const csv = csvText([
      ['统一社会信用代码', '企业名称', '严重程度', '行政处罚决定书文号', '处罚类别', '罚款金额（万元）', '处罚决定日期', '处罚机关', '违法事实'],
      [uscc(3), '长沙红榜测试3有限公司', '一般', '长市监处罚〔2026〕77号', '警告', '', '2026-11-25', '长沙市市场监督管理局', '标识不符'],
    ]);
    const p = (await b.value('imports:preview', { kind: 'penalties', fileName: '处罚.csv', contentBase64: Buffer.from(csv).toString('base64') }, officer)) as { previewId: string };
    await b.value('imports:commit', { previewId: p.previewId }, officer);
    const got = (await b.value('lists:get', { id: awardEntry }, reviewer)) as OutputOf<'lists:get'>;
    expect(pendingSuspension(got.entry.state, got.events)).toMatchObject({ event: 'suspension-proposed' });
  });

  it('proposes a suspension when an announcement record waiting for its firm is linked to a red-listed one', async () => {
    const waiting = Number(b.ws.db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, occurred_on, summary, source, created_at, created_by, updated_at)
      VALUES ('penalties', NULL, '长沙红榜测试3公司', 'negative', '长沙市市场监督管理局', '2026-11-26', '公告：虚假标注', 'import', ?, 'officer', ?)`).run(AT, AT).lastInsertRowid);
    const proposals = () => b.ws.db.prepare("SELECT count(*) FROM list_events WHERE entry_id = ? AND event = 'suspension-proposed'").pluck().get(awardEntry) as number;
    const before = proposals();
    await b.value('review:link-uscc', { recordId: waiting, uscc: uscc(3) }, officer);
    expect(proposals()).toBe(before + 1);
  });

  it('a removed entry leaves the list and an approved one is published on the red stream', async () => {
    expect(await b.value('red:suspension', { entryId: cleanEntry, action: 'remove', on: TODAY, reason: '核实属实，移出红名单' }, reviewer)).toEqual({ id: cleanEntry, state: 'removed' });
    const published = selectEntries(b.ws.db, scopeOf('red'), TODAY, TODAY, AGENCY.agencyCode);
    const awarded = published.find((p) => p.record.id === `${AGENCY.agencyCode}-red-2`);
    expect(awarded?.record).toMatchObject({ status: 'active', listedOn: TODAY });
    expect(awarded?.change).toBe('added');
  });

  it('judges 50,000 AAA firms of an approved run in chunks, not one query per firm', async () => {
    const db = b.ws.db;
    const runId = Number(db.prepare(`INSERT INTO evaluation_runs (model_row_id, as_of, scope, input_digest, enterprises, counts, duration_ms, status, proposed_by, proposed_at, decided_by, decided_at)
      SELECT model_row_id, '2026-11-15', scope, input_digest, 50000, counts, duration_ms, 'approved', 'officer', proposed_at, 'reviewer', proposed_at FROM evaluation_runs WHERE status = 'approved' LIMIT 1`).run().lastInsertRowid);
    db.transaction(() => {
      const firm = db.prepare(`INSERT INTO enterprises (uscc, name, region_code, industry_code, legal_representative, status, created_at, updated_at) VALUES (?, ?, '430100', 'C13', '', 'active', ?, ?)`);
      const result = db.prepare(`INSERT INTO evaluation_results (run_id, enterprise_id, score, raw_grade, grade, explanation) VALUES (?, ?, '95', 'AAA', 'AAA', '{}')`);
      const record = db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, occurred_on, summary, source, created_at, created_by, updated_at)
        VALUES ('penalties', ?, '规模测试企业', 'negative', '长沙市市场监督管理局', '2026-03-01', '测试处罚', 'manual', ?, 'officer', ?)`);
      for (let n = 0; n < 50_000; n++) {
        const id = Number(firm.run(`SCALE${String(n).padStart(13, '0')}`, `规模测试企业${n}`, AT, AT).lastInsertRowid);
        result.run(runId, id);
        if (n % 10 === 0) record.run(id, AT, AT);
      }
    })();
    const started = performance.now();
    const page = (await b.value('red:candidates', { asOf: TODAY, page: 3, pageSize: 20 }, officer)) as OutputOf<'red:candidates'>;
    const ms = performance.now() - started;
    expect(page).toMatchObject({ runId, total: 45_000 });
    expect(page.items).toHaveLength(20);
    // A query per firm would take minutes here; chunks of 500 take a few seconds even on a slow shared machine.
    expect(ms).toBeLessThan(20_000);
  }, 120_000);
});
