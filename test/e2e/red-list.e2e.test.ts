import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/backend/workspace/open';
import { snap, type AppPage } from './support/browser';
import { ROOT } from './support/host';
import { beijingToday, daysBefore } from './support/list-entries';
import { signInTo } from './support/sign-in';
import { appSuite } from './support/suite';
import { DossierPage } from './pages/dossier-page';
import { EvaluationPage } from './pages/evaluation-page';
import { KeysPage } from './pages/keys-page';
import { ListsPage } from './pages/lists-page';
import { RedListPage } from './pages/red-list-page';

const AGENCY = { name: '长沙市市场监督管理局', code: '11430100MB1234567X' };

describe('the red list: candidates proposed by the officer, approved by another reviewer, suspension proposed by a negative record', () => {
  /** Two demo firms with no negative record in three years, each given a provincial quality award (registered earlier). */
  const firms: string[] = [];
  const today = beijingToday();
  const suite = appSuite({
    demo: { enterprises: 40, seed: 'red' },
    prepare: (ws) => {
      // A real evaluation run by the officer, through the CLI; the reviewer approves it in the app.
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/qcd.mjs'), 'evaluate', '--workspace', ws.dir, '--as-of', today, '--user', 'officer', '--password-file', ws.passwordFile],
        { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0) throw new Error(`qcd evaluate failed: ${run.stderr}`);
      const db = new Database(join(ws.dir, DB_FILE));
      try {
        const clean = db.prepare(`SELECT id, name FROM enterprises e WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM credit_records r
          WHERE r.enterprise_id = e.id AND r.effect = 'negative' AND r.occurred_on >= '2023') AND NOT EXISTS (SELECT 1 FROM list_entries l WHERE l.enterprise_id = e.id)
          ORDER BY id LIMIT 2`).all() as { id: number; name: string }[];
        if (clean.length < 2) throw new Error('the demo has too few firms with a clean record');
        const at = `${today}T09:00:00.000+08:00`;
        for (const f of clean) {
          db.prepare(`INSERT INTO credit_records (kind, enterprise_id, subject_name, effect, authority, occurred_on, date_precision, summary, details, source, created_at, created_by, updated_at)
            VALUES ('awards', ?, ?, 'positive', '湖南省人民政府', '2025', 'year', '湖南省省长质量奖', ?, 'import', ?, 'officer', ?)`)
            .run(f.id, f.name, JSON.stringify({ awardName: '湖南省省长质量奖', category: 'quality-award', level: 'provincial', year: 2025, grantor: '湖南省人民政府' }), at, at);
          firms.push(f.name);
        }
      } finally {
        db.close();
      }
    },
  });
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const signIn = (username: string, label: string): Promise<AppPage> => signInTo(suite, username, label);

  it('the administrator registers the agency; the reviewer approves the evaluation run', async () => {
    app = await signIn('admin', '签名密钥');
    const keys = new KeysPage(app.page);
    await keys.settled();
    await keys.generateKey({ alg: 'Ed25519', passphrase: '签名口令 Sign-2026', agency: AGENCY });
    await keys.closePublicKey();
    await app.close();
    app = await signIn('reviewer', '信用评价');
    const evaluation = new EvaluationPage(app.page);
    await evaluation.heading.waitFor();
    await evaluation.openRun(1);
    await evaluation.decide(true, '数据核对无误');
    await evaluation.runStatus.getByText('已通过').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('the officer sees the candidates with their reasons and proposes one', async () => {
    app = await signIn('officer', '红黑名单');
    const lists = new ListsPage(app.page);
    await lists.settled();
    const red = new RedListPage(app.page);
    await red.openCandidates();
    const text = await red.candidates.innerText();
    for (const name of firms) expect(text).toContain(name);
    expect(text).toMatch(/近 3 年获得 \d+ 项符合级别的质量荣誉/);
    expect(text).toContain('近 3 年无负面记录');
    expect(text).toContain('评价批次');
    await snap(app.page, 'red-candidates');
    await red.propose(firms[0] ?? '');
    await snap(app.page, 'red-candidates-proposed');
    await red.closeCandidates();
    await lists.table.getByText('拟列入红名单（待审核）').waitFor();
    await lists.open(firms[0] ?? '');
    expect(await lists.state.innerText()).toBe('拟列入红名单（待审核）');
    // An officer proposes; deciding is a reviewer's.
    expect(await red.actions.count()).toBe(0);
    expect(await lists.drawer.innerText()).toContain(`${AGENCY.code}-red-1`);
    await snap(app.page, 'red-proposed');
    expect(app.problems).toEqual([]);
  });

  it('the reviewer approves: the entry is on the red list', async () => {
    app = await signIn('reviewer', '红黑名单');
    const lists = new ListsPage(app.page);
    await lists.settled();
    await lists.open(firms[0] ?? '');
    const red = new RedListPage(app.page);
    expect(await red.actionNames()).toEqual(['批准列入红名单', '不予列入']);
    await red.act('批准列入红名单', '符合红名单条件，同意列入');
    await lists.state.getByText('列入中').waitFor();
    expect(await red.actionNames()).toEqual(['暂停红名单资格', '移出红名单']);
    expect((await lists.history.locator('td:nth-child(2)').allInnerTexts()).map((t) => t.trim())).toEqual(['提出列入建议', '批准列入红名单']);
    await snap(app.page, 'red-active');
    expect(app.problems).toEqual([]);
  });

  it('a failed spot check for the listed firm proposes a suspension at once; the reviewer suspends', async () => {
    app = await signIn('officer', '红黑名单');
    const lists = new ListsPage(app.page);
    await lists.settled();
    await lists.open(firms[0] ?? '');
    await lists.drawer.getByRole('button', { name: '查看企业档案' }).click();
    const dossier = new DossierPage(app.page);
    await dossier.details.waitFor();
    await dossier.openTab('监督抽查');
    await app.page.getByRole('button', { name: '新增监督抽查' }).click();
    const spot = dossier.recordForm('新增监督抽查记录');
    await spot.fields.choose('结论', '不合格');
    await spot.fields.text('作出机关或单位', '湖南省市场监督管理局');
    await spot.fields.choose('计划类型', '市级监督抽查');
    await spot.fields.text('产品名称', '塑料包装袋');
    await spot.fields.text('规格型号', 'PE-30');
    await spot.fields.date('抽样日期', daysBefore(today, 10));
    await spot.fields.date('结果日期', daysBefore(today, 5));
    await spot.fields.text('不合格项目', '拉断力');
    await spot.save.click();
    await dossier.record.waitFor();
    await app.close();

    app = await signIn('reviewer', '红黑名单');
    const reviewerLists = new ListsPage(app.page);
    await reviewerLists.settled();
    await reviewerLists.open(firms[0] ?? '');
    const red = new RedListPage(app.page);
    await red.pending.waitFor();
    expect(await red.pending.innerText()).toContain('红名单企业新增负面记录');
    await snap(app.page, 'red-suspension-proposed');
    await red.act('暂停红名单资格', '抽查不合格，暂停红名单资格待核实');
    await reviewerLists.state.getByText('已暂停').waitFor();
    await red.pending.waitFor({ state: 'detached' });
    expect(await red.actionNames()).toEqual(['恢复红名单资格', '移出红名单']);
    await snap(app.page, 'red-suspended');
    expect(app.problems).toEqual([]);
  });
});
