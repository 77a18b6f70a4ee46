import type { Locator, Page } from 'playwright-core';

/** What every signed-in page has: the side menu and the header. */
export class AppShell {
  readonly menu: Locator;
  readonly currentUser: Locator;
  readonly workspace: Locator;
  readonly logout: Locator;

  constructor(readonly page: Page) {
    this.menu = page.getByRole('navigation').getByRole('menuitem');
    this.currentUser = page.getByTestId('current-user');
    this.workspace = page.getByTestId('workspace-path');
    this.logout = page.getByRole('button', { name: /^(退出登录|Sign out)$/ });
  }

  async menuLabels(): Promise<string[]> {
    return (await this.menu.allInnerTexts()).map((text) => text.trim());
  }

  async open(label: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: label }).click();
  }

  async switchLanguage(label: '中文' | 'English'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(label, { exact: true }).click();
  }
}
