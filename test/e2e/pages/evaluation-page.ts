import type { Locator, Page } from 'playwright-core';
import { FormFields } from './form-fields';

/** 信用评价: the run list, the start dialog with its progress bar, one run's tabs and its review. */
export class EvaluationPage {
  readonly heading: Locator;
  readonly runRows: Locator;
  readonly start: Locator;
  readonly startDialog: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly runTitle: Locator;
  readonly runStatus: Locator;
  readonly results: Locator;
  readonly whatIf: Locator;
  readonly whatIfResult: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '信用评价' });
    this.runRows = page.getByTestId('run-table').locator('.ant-table-tbody tr[data-row-key]');
    this.start = page.getByRole('button', { name: '发起评价' });
    this.startDialog = page.getByRole('dialog', { name: '发起评价' });
    this.progress = page.getByTestId('run-progress');
    this.progressText = page.getByTestId('run-progress-text');
    this.runTitle = page.locator('#run-title');
    this.runStatus = page.locator('.page-toolbar').getByTestId('run-status');
    this.results = page.getByTestId('results-table');
    this.whatIf = page.getByTestId('what-if');
    this.whatIfResult = page.getByTestId('what-if-result');
  }

  /** Starts a run as of `asOf` and waits until the dialog reports it finished (the bar full). */
  async runEvaluation(asOf: string): Promise<void> {
    await this.start.click();
    await new FormFields(this.page, this.startDialog).date('评价基准日', asOf);
    await this.startDialog.getByRole('button', { name: '开始评价' }).click();
    await this.progress.waitFor();
    await this.startDialog.getByRole('button', { name: '查看评价结果' }).waitFor();
  }

  async openRun(id: number): Promise<void> {
    await this.runRows.filter({ hasText: `#${id}` }).first().click();
    await this.runTitle.getByText(`评价批次 #${id}`, { exact: false }).waitFor();
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** 审核通过 (or 退回) with a note, through the confirmation dialog. */
  async decide(approve: boolean, note: string): Promise<void> {
    await this.page.getByRole('button', { name: approve ? '审核通过' : '退回', exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: approve ? '审核通过批次' : '退回批次' });
    await dialog.getByLabel('审核意见（可选）').fill(note);
    await dialog.getByRole('button', { name: approve ? '确认通过' : '确认退回' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Narrows the results to one grade and waits for the table to show only that grade. */
  async filterGrade(grade: string): Promise<void> {
    await this.page.getByLabel('按等级筛选').click();
    await this.page.locator('.ant-select-item-option:visible').filter({ hasText: new RegExp(`^${grade}（`) }).first().click();
    await this.results.locator('.ant-table-tbody tr[data-row-key]').first().waitFor();
  }

  resultRows(): Locator {
    return this.results.locator('.ant-table-tbody tr[data-row-key]');
  }
}

/** 评价说明 of one enterprise: grades, waterfall, indicators with their records, the record drawer. */
export class ExplanationPage {
  readonly title: Locator;
  readonly grades: Locator;
  readonly waterfall: Locator;
  readonly indicators: Locator;
  readonly deductions: Locator;
  readonly evidence: Locator;
  readonly adjustments: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#explain-title');
    this.grades = page.getByTestId('explain-grades');
    this.waterfall = page.getByTestId('points-waterfall');
    this.indicators = page.getByTestId('indicator-table');
    this.deductions = this.indicators.locator('[data-item="deduction"] [data-record]');
    this.evidence = page.getByTestId('evidence-record');
    this.adjustments = page.getByTestId('adjustments');
  }
}
