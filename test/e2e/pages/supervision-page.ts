import type { Locator, Page } from 'playwright-core';

/** 分级分类监管: the class chart and table, the draw form with its confirmation, the drawn list and past draws. */
export class SupervisionPage {
  readonly heading: Locator;
  readonly classes: Locator;
  readonly chartBars: Locator;
  readonly drawCard: Locator;
  readonly drawList: Locator;
  readonly drawListRows: Locator;
  readonly pastDrawRows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '分级分类监管' });
    this.classes = page.getByTestId('sup-classes');
    this.chartBars = page.getByTestId('mode-chart').locator('.recharts-bar-rectangle');
    this.drawCard = page.getByTestId('sup-draw');
    this.drawList = page.getByTestId('sup-draw-list');
    this.drawListRows = this.drawList.locator('.ant-table-tbody tr[data-row-key]');
    this.pastDrawRows = page.getByTestId('sup-past-draws').locator('.ant-table-tbody tr[data-row-key]');
  }

  /** Fills the year and seed, confirms in the dialog, and waits for draw `id`'s list. */
  async draw(year: number, seed: string, id: number): Promise<void> {
    const year$ = this.drawCard.getByLabel('年度', { exact: true });
    await year$.fill(String(year));
    await this.drawCard.getByLabel('随机种子（可留空）').fill(seed);
    await this.drawCard.getByRole('button', { name: '抽取', exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '确认抽取' });
    await dialog.getByRole('button', { name: '抽取', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.drawList.getByText(`第 ${id} 次抽取`, { exact: false }).waitFor();
  }

  /** The drawn enterprises on the list's first page, by USCC (the second column). */
  async listedUsccs(): Promise<string[]> {
    return (await this.drawListRows.locator('td:nth-child(2)').allInnerTexts()).map((s) => s.trim());
  }
}
