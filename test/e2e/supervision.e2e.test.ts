import { afterEach, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { EvaluationPage } from './pages/evaluation-page';
import { LoginPage } from './pages/login-page';
import { SupervisionPage } from './pages/supervision-page';

const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('tiered supervision (分级分类监管)', () => {
  const suite = appSuite({ demo: { enterprises: 120, seed: 'sup' } });
  const open: AppPage[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });

  async function signIn(username: 'officer' | 'reviewer', menu: string): Promise<AppPage> {
    const app = await suite.open();
    open.push(app);
    await new LoginPage(app.page).login(username, PASSWORD);
    const shell = new AppShell(app.page);
    await shell.menu.first().waitFor();
    await shell.open(menu);
    return app;
  }

  it('classes follow the approved run, and the same seed draws the same list again', async () => {
    // The grades come from an approved run: the officer runs one, the reviewer approves it.
    const officer = await signIn('officer', '信用评价');
    const evaluation = new EvaluationPage(officer.page);
    await evaluation.heading.waitFor();
    await evaluation.runEvaluation(today());
    await evaluation.startDialog.getByRole('button', { name: '查看评价结果' }).click();
    const reviewer = await signIn('reviewer', '信用评价');
    const reviewerEval = new EvaluationPage(reviewer.page);
    await reviewerEval.openRun(1);
    await reviewerEval.decide(true, '同意');
    await reviewerEval.runStatus.getByText('已通过').waitFor();

    await new AppShell(officer.page).open('分级分类监管');
    const sup = new SupervisionPage(officer.page);
    await sup.heading.waitFor();
    await sup.classes.getByText('等级来自第 1 次评价', { exact: false }).waitFor();
    await sup.chartBars.first().waitFor();
    expect(await sup.classes.locator('.ant-table-tbody tr[data-row-key]').count()).toBeGreaterThan(0);
    await snap(officer.page, 'supervision-01-classes');

    await sup.draw(2027, 'e2e-2027-湘', 1);
    const first = await sup.listedUsccs();
    expect(first.length).toBeGreaterThan(0);
    await sup.drawList.getByText('当前数据与抽取时一致', { exact: false }).waitFor();
    await sup.drawList.scrollIntoViewIfNeeded();
    await snap(officer.page, 'supervision-02-drawn');

    await sup.draw(2027, 'e2e-2027-湘', 2);
    expect(await sup.listedUsccs()).toEqual(first);
    await sup.pastDrawRows.nth(1).waitFor();
    const seeds = await sup.pastDrawRows.locator('td:nth-child(4)').allInnerTexts();
    expect(seeds.map((s) => s.trim())).toEqual(['e2e-2027-湘', 'e2e-2027-湘']);
    await sup.page.getByTestId('sup-past-draws').scrollIntoViewIfNeeded();
    await snap(officer.page, 'supervision-03-past-draws');

    await sup.page.getByTestId('sup-config').scrollIntoViewIfNeeded();
    await snap(officer.page, 'supervision-04-config');

    // A reviewer may change the matrix: A × Ⅲ to 加严监管, saved and still there after a reload.
    await new AppShell(reviewer.page).open('分级分类监管');
    const revSup = new SupervisionPage(reviewer.page);
    await revSup.heading.waitFor();
    const cell = reviewer.page.getByRole('combobox', { name: 'A × Ⅲ 一般风险', exact: true });
    await cell.click();
    await reviewer.page.locator('.ant-select-dropdown:visible').getByTitle('加严监管').click();
    await reviewer.page.getByRole('button', { name: '保存配置' }).click();
    await reviewer.page.getByText('监管配置已保存').waitFor();
    await reviewer.page.getByText('由 reviewer 于', { exact: false }).waitFor();
    await reviewer.page.reload();
    await revSup.heading.waitFor();
    await reviewer.page.getByTestId('sup-matrix').locator('tr[data-row-key="A"] td').nth(3).getByText('加严监管').waitFor();
    await reviewer.page.getByTestId('sup-config').scrollIntoViewIfNeeded();
    await snap(reviewer.page, 'supervision-05-config-saved');
  }, 240_000);
});
