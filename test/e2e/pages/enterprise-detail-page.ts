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
    this.history = page.getByTestId('enterprise-history');
    this.edit = page.getByRole('button', { name: '编辑' });
    this.back = page.getByRole('button', { name: '返回列表' });
  }

  /** The value cell next to a label in the Descriptions table. */
  value(label: string): Locator {
    return this.details.locator('th', { hasText: label }).locator('xpath=following-sibling::td[1]');
  }
}
