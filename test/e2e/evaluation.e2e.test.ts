import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD, ROOT } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { DossierPage } from './pages/dossier-page';
import { EvaluationPage, ExplanationPage } from './pages/evaluation-page';
import { LoginPage } from './pages/login-page';

/** A date relative to today in Beijing, as the app reads dates. */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
}

describe('credit evaluation', () => {
  const suite = appSuite({ demo: { enterprises: 300, seed: '41' } });
  const open: AppPage[] = [];

  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });

  async function signIn(username: 'officer' | 'reviewer'): Promise<AppPage> {
    const app = await suite.open();
    open.push(app);
    await new LoginPage(app.page).login(username, PASSWORD);
    await new AppShell(app.page).menu.first().waitFor();
    return app;
  }

  async function evaluationAs(app: AppPage): Promise<EvaluationPage> {
    await new AppShell(app.page).open('信用评价');
    const page = new EvaluationPage(app.page);
    await page.heading.waitFor();
    return page;
  }

  it('runs with a progress bar, is approved by a reviewer, explains a grade down to a record, and discards a what-if', async () => {
    const officer = await signIn('officer');
    await new AppShell(officer.page).open('总览');
    await officer.page.getByText('尚无审核通过的评价批次').waitFor();
    await snap(officer.page, 'evaluation-01-home-empty');

    // Two runs a year apart, each approved, so the second has movements to show.
    const officerEval = await evaluationAs(officer);
    await officer.page.getByText('尚无评价批次').waitFor();
    await officerEval.runEvaluation(daysAgo(365));
    expect(await officerEval.progressText.innerText()).toBe('已评价 300 / 300 家企业');
    expect(await officerEval.progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await snap(officer.page, 'evaluation-02-run-finished');
    await officerEval.startDialog.getByRole('button', { name: '查看评价结果' }).click();
    await officerEval.runTitle.getByText('评价批次 #1', { exact: false }).waitFor();
    expect(await officerEval.runStatus.innerText()).toBe('待审核');
    // The proposer is no reviewer: no way to approve one's own run here.
    expect(await officer.page.getByRole('button', { name: '审核通过', exact: true }).count()).toBe(0);
    await officer.page.getByTestId('grade-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await snap(officer.page, 'evaluation-03-run-proposed');

    const reviewer = await signIn('reviewer');
    const reviewerEval = await evaluationAs(reviewer);
    await reviewerEval.openRun(1);
    await reviewerEval.decide(true, '数据核对无误');
    await reviewerEval.runStatus.getByText('已通过').waitFor();
    await snap(reviewer.page, 'evaluation-04-run-approved');

    await officer.page.getByRole('button', { name: '返回评价列表' }).click();
    await officerEval.runEvaluation(daysAgo(0));
    await officerEval.startDialog.getByRole('button', { name: '查看评价结果' }).click();
    await officerEval.runTitle.getByText('评价批次 #2', { exact: false }).waitFor();

    await reviewer.page.getByRole('button', { name: '返回评价列表' }).click();
    await reviewerEval.openRun(2);
    await reviewerEval.decide(true, '同意');
    await reviewerEval.runStatus.getByText('已通过').waitFor();
    const movements = reviewer.page.getByTestId('movements');
    await movements.getByText('与批次 #1 相比', { exact: false }).waitFor();
    await movements.getByTestId('compare-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await movements.scrollIntoViewIfNeeded();
    await snap(reviewer.page, 'evaluation-05-report-movements');
    await reviewer.page.getByTestId('by-region').scrollIntoViewIfNeeded();
    await snap(reviewer.page, 'evaluation-06-report-by-region');

    // The results, narrowed to grade C, to an enterprise with a deduction tied to a record.
    await reviewerEval.openTab('评价结果');
    await reviewerEval.filterGrade('C');
    await snap(reviewer.page, 'evaluation-07-results-grade-c');
    const explanation = new ExplanationPage(reviewer.page);
    let found = false;
    for (let row = 0; row < 8 && !found; row++) {
      await reviewerEval.resultRows().nth(row).click();
      await explanation.indicators.waitFor();
      found = (await explanation.deductions.count()) > 0;
      if (found) break;
      // Back keeps the results tab (it is in the address); the grade filter is chosen again.
      await reviewer.page.goBack();
      await reviewerEval.filterGrade('C');
    }
    expect(found).toBe(true);
    await explanation.waterfall.locator('.recharts-bar-rectangle').first().waitFor();
    await snap(reviewer.page, 'evaluation-08-explanation');
    const explainUrl = reviewer.page.url();

    const deduction = explanation.deductions.first();
    await deduction.scrollIntoViewIfNeeded();
    await snap(reviewer.page, 'evaluation-08b-indicators');
    const recordId = await deduction.getAttribute('data-record');
    await deduction.click();
    await explanation.evidence.getByText(`#${recordId}`, { exact: true }).waitFor();
    await snap(reviewer.page, 'evaluation-09-deduction-record');
    await explanation.evidence.getByRole('button', { name: '在企业档案中查看' }).click();
    const dossier = new DossierPage(reviewer.page);
    await dossier.details.waitFor();
    expect(reviewer.page.url()).toMatch(/#\/enterprises\/\d+\/[a-z-]+$/);
    await reviewer.page.locator('.ant-tabs-tab-active').waitFor();
    await snap(reviewer.page, 'evaluation-10-record-in-dossier');

    // A hand adjustment: the officer proposes with a reason, the reviewer approves; both grades stay.
    await officer.page.goto(explainUrl);
    const officerExplain = new ExplanationPage(officer.page);
    await officerExplain.adjustments.waitFor();
    await officer.page.getByLabel('调整为').click();
    await officer.page.locator('.ant-select-item-option:visible').filter({ hasText: /^B$/ }).click();
    await officer.page.getByLabel('调整理由').fill('企业已完成整改并经复查合格，申请上调一级');
    await officer.page.getByRole('button', { name: '提交调整申请' }).click();
    await officerExplain.adjustments.getByText('待审核').waitFor();
    await reviewer.page.goto(explainUrl);
    await explanation.adjustments.getByRole('button', { name: '通过' }).click();
    await explanation.adjustments.getByText('已通过').waitFor();
    await explanation.grades.getByText('人工调整后等级').waitFor();
    await snap(reviewer.page, 'evaluation-11-adjusted');

    // What-if: lower the record dimension's weight and raise AA's threshold, try, then discard.
    await reviewer.page.getByRole('button', { name: '返回批次 #2' }).click();
    await reviewerEval.openTab('假设分析');
    const countsBefore = await reviewer.page.getByTestId('run-meta').innerText();
    await reviewerEval.whatIf.getByLabel('履约记录（兑现质量承诺表现）（模型值 60）').fill('40');
    await reviewerEval.whatIf.getByLabel('AA 最低分', { exact: true }).fill('75');
    await reviewerEval.whatIf.getByLabel('AA 最低分', { exact: true }).press('Tab');
    await reviewerEval.whatIf.getByText('已改动 2 项（未保存）').waitFor();
    await reviewerEval.whatIf.getByRole('button', { name: '试算' }).click();
    await reviewerEval.whatIfResult.getByText('家企业等级将变化（未保存）', { exact: false }).waitFor();
    await reviewerEval.whatIfResult.getByTestId('compare-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await snap(reviewer.page, 'evaluation-12-what-if');
    await reviewerEval.whatIf.getByRole('button', { name: '放弃' }).click();
    await reviewer.page.getByText('已放弃试算，未保存任何更改').waitFor();
    await reviewerEval.whatIf.getByText('尚未改动任何数值。').waitFor();
    expect(await reviewerEval.whatIf.getByLabel('AA 最低分', { exact: true }).inputValue()).toBe('80');
    await snap(reviewer.page, 'evaluation-13-what-if-discarded');
    await reviewer.page.reload();
    await reviewerEval.runTitle.waitFor();
    expect(await reviewer.page.getByTestId('run-meta').innerText()).toBe(countsBefore);

    // The overview and the printable annual report show the approved run.
    await new AppShell(reviewer.page).open('总览');
    await reviewer.page.getByTestId('home-distribution').locator('.recharts-bar-rectangle').first().waitFor();
    await reviewer.page.getByTestId('home-kinds').locator('.ant-table-tbody tr').first().waitFor();
    await snap(reviewer.page, 'evaluation-14-home');
    await reviewer.page.goto(`${new URL(suite.host.url).origin}/#/annual-report`);
    await reviewer.page.getByTestId('annual-report').getByText('年度企业质量信用分析报告', { exact: false }).waitFor();
    await reviewer.page.getByTestId('report-by-region').locator('.recharts-bar-rectangle').first().waitFor();
    await snap(reviewer.page, 'evaluation-15-annual-report');
    // As printed (window.print saves it as PDF): no menu, no header, no toolbar.
    await reviewer.page.emulateMedia({ media: 'print' });
    await snap(reviewer.page, 'evaluation-16-annual-report-print');
    await reviewer.page.pdf({ path: join(ROOT, 'test-results/screenshots/evaluation-annual-report.pdf'), format: 'A4', printBackground: true });
    await reviewer.page.emulateMedia({ media: 'screen' });

    // The explanation in English: the app's own words translate; the model's labels stay as written.
    await new AppShell(reviewer.page).switchLanguage('English');
    await reviewer.page.goto(explainUrl);
    await reviewer.page.getByText('Points by indicator (waterfall)').waitFor();
    await explanation.waterfall.locator('.recharts-bar-rectangle').first().waitFor();
    await snap(reviewer.page, 'evaluation-17-explanation-en');

    expect(officer.problems).toEqual([]);
    expect(reviewer.problems).toEqual([]);
  });
});
