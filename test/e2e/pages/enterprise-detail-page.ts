import type { Locator, Page } from 'playwright-core';

export class EnterpriseDetailPage {
  readonly title: Locator;
  readonly details: Locator;
  readonly history: Locator;
  readonly edit: Locator;
  readonly back: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#enterprise-title');
    this.details = page.getByTestId('enterprise-detail');
    this.history = page.getByTestId('dossier-history');
    this.edit = page.getByRole('button', { name: '编辑' });
    this.back = page.getByRole('button', { name: '返回列表' });
  }

  /** The dossier's 变更历史 tab: the field history, rendered only once the tab is open. */
  async openHistory(): Promise<void> {
    await this.page.getByRole('tab', { name: '变更历史' }).click();
  }

  /** The value cell next to a label in the Descriptions table. */
  value(label: string): Locator {
    return this.details.locator('th', { hasText: label }).locator('xpath=following-sibling::td[1]');
  }
}
