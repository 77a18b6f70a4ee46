import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/backend/workspace/open';
import { tempDir } from '../helpers/workspace';
import { snap, type AppPage } from './support/browser';
import { beijingToday, daysBefore } from './support/list-entries';
import { signInTo } from './support/sign-in';
import { appSuite } from './support/suite';
import { KeysPage } from './pages/keys-page';
import { ListsPage } from './pages/lists-page';
import { PublicationsPage } from './pages/publications-page';
import { VerifyPage } from './pages/verify-page';

const PASSPHRASE = '签名口令 Sign-2026';
const AGENCY = { name: '长沙市市场监督管理局', code: '11430100MB1234567X' };
const DOC_NO = '长市监信公〔2026〕31号';

describe('a serious-dishonesty listing: proposed by the officer, decided by the reviewer, published and verified', () => {
  /** A demo enterprise with a penalty decision: the listing rests on it. */
  let firm = '';
  const suite = appSuite({
    demo: { enterprises: 20, seed: 'lists' },
    prepare: (ws) => {
      const db = new Database(join(ws.dir, DB_FILE), { readonly: true });
      try {
        const row = db.prepare(`SELECT e.name FROM enterprises e WHERE EXISTS (SELECT 1 FROM credit_records r WHERE r.enterprise_id = e.id AND r.kind = 'penalties' AND r.deleted_at IS NULL)
          ORDER BY e.id LIMIT 1`).pluck().get() as string | undefined;
        if (!row) throw new Error('the demo has no enterprise with a penalty record');
        firm = row;
      } finally {
        db.close();
      }
    },
  });
  const files = tempDir('qcd-e2e-lists-');
  afterAll(() => files.cleanup());
  const today = beijingToday();
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const signIn = (username: string, label: string): Promise<AppPage> => signInTo(suite, username, label);

  it('the administrator registers the agency with its signing key (permanent ids carry its code)', async () => {
    app = await signIn('admin', '签名密钥');
    const keys = new KeysPage(app.page);
    await keys.settled();
    await keys.generateKey({ alg: 'Ed25519', passphrase: PASSPHRASE, agency: AGENCY });
    await keys.closePublicKey();
    expect(app.problems).toEqual([]);
  });

  it('the officer finds the list empty, proposes a listing and serves the notice', async () => {
    app = await signIn('officer', '红黑名单');
    const lists = new ListsPage(app.page);
    await lists.settled();
    expect(await lists.table.innerText()).toContain('暂无名单条目。点击“提出列入建议”开始一项列入程序。');
    await snap(app.page, 'lists-empty');
    await lists.propose({
      enterprise: firm, reason: '生产销售不合格产品，货值金额较大，情节严重', on: daysBefore(today, 20), authority: AGENCY.name, level: '省级',
      art12: ['明知产品不合格仍继续销售', '两年内受到同类处罚三次', '违法行为持续约八个月', '罚没款合计 32 万元'],
    });
    expect(await lists.state.innerText()).toBe('拟列入（草稿）');
    expect(await lists.drawer.innerText()).toContain(`${AGENCY.code}-serious-dishonesty-1`);
    // An officer records facts; rejecting the proposal is a reviewer's decision.
    expect(await lists.stepNames()).toEqual(['送达列入告知书']);
    await snap(app.page, 'lists-proposed');
    await lists.step('送达列入告知书', { on: daysBefore(today, 19), docNo: '长市监信告〔2026〕31号' });
    expect(await lists.state.innerText()).toBe('已告知（陈述申辩期）');
    // The officer cannot decide: no such button.
    expect(await lists.stepNames()).toEqual(['收到陈述申辩/听证申请']);
    await snap(app.page, 'lists-notice-served');
    expect(app.problems).toEqual([]);
  });

  it('the reviewer decides, with a confirmation, and publishes: the entry is listed', async () => {
    app = await signIn('reviewer', '红黑名单');
    const lists = new ListsPage(app.page);
    await lists.settled();
    expect(await lists.table.innerText()).toContain('已告知（陈述申辩期）');
    await lists.open(firm);
    expect(await lists.stepNames()).toEqual(expect.arrayContaining(['作出列入决定', '决定不予列入']));
    await lists.step('作出列入决定', { on: daysBefore(today, 5), docNo: '长市监信决〔2026〕31号' }, { confirm: true });
    expect(await lists.state.innerText()).toBe('已决定列入（待公示）');
    await lists.step('公示', { on: daysBefore(today, 3) });
    expect(await lists.state.innerText()).toBe('列入中');
    expect((await lists.history.locator('td:nth-child(2)').allInnerTexts()).map((text) => text.trim())).toEqual(['提出列入建议', '送达列入告知书', '作出列入决定', '公示']);
    await snap(app.page, 'lists-active');
    await lists.drawer.getByRole('button', { name: 'Close' }).or(lists.drawer.locator('.ant-drawer-close')).first().click();
    await lists.table.getByText('列入中').waitFor();
    await snap(app.page, 'lists-table');
    expect(app.problems).toEqual([]);
  });

  it('the reviewer publishes it in 定期公布 and the package verifies with the entry in it', async () => {
    app = await signIn('reviewer', '定期公布');
    const publications = new PublicationsPage(app.page);
    await publications.form.waitFor();
    await publications.preview({ from: daysBefore(today, 30), to: today, docNo: DOC_NO, passphrase: PASSPHRASE });
    expect((await publications.previewCounts()).active).toBe('1');
    await publications.confirmIssue();
    await publications.closeIssued();
    await publications.settled();
    await publications.verify(DOC_NO);
    const verify = new VerifyPage(app.page);
    expect(await verify.waitForVerdict()).toBe('verified');
    expect(await verify.entryNames()).toEqual([firm]);
    await snap(app.page, 'lists-verified');
    expect(app.problems).toEqual([]);
  });
});
