import type { Locator, Page } from 'playwright-core';

export class EnterpriseListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly total: Locator;
  readonly rows: Locator;
  readonly register: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '企业档案' });
    this.search = page.getByPlaceholder('企业名称（支持部分名称）或统一社会信用代码');
    this.total = page.getByTestId('enterprise-total');
    this.rows = page.locator('.ant-table-tbody tr[data-row-key]');
    this.register = page.getByRole('button', { name: '登记企业' });
  }

  /** Searches with Enter and waits until the table shows the answer to this very query. */
  async searchFor(text: string): Promise<number> {
    await this.search.fill(text);
    await this.search.press('Enter');
    await this.settled(text);
    return this.count();
  }

  /** Waits until the list has loaded the answer for `query` (the query as the page applied it). */
  async settled(query = ''): Promise<void> {
    const list = this.page.getByTestId('enterprise-list');
    await list.and(this.page.locator(`[data-query="${query.trim().replace(/"/g, '\\"')}"][aria-busy="false"]`)).waitFor();
  }

  /** The number in "共 N 家企业" (written with digit grouping: 50,000). */
  async count(): Promise<number> {
    const text = await this.total.innerText();
    const match = /(\d[\d,]*)/.exec(text);
    if (!match?.[1]) throw new Error(`no count in "${text}"`);
    return Number(match[1].replace(/,/g, ''));
  }

  /** The text of one column over the visible rows (0 = USCC, 1 = name). */
  async column(index: number): Promise<string[]> {
    return (await this.rows.locator(`td:nth-child(${index + 1})`).allInnerTexts()).map((t) => t.trim());
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
}
