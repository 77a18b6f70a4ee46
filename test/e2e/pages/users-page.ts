import type { Locator, Page } from 'playwright-core';

/** 用户管理: the accounts table, its row actions and the session settings card. */
export class UsersPage {
  readonly heading: Locator;
  readonly idleMinutes: Locator;
  readonly saveSettings: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '用户管理' });
    const settings = page.getByTestId('session-settings');
    this.idleMinutes = settings.getByLabel('无操作自动锁定（分钟）');
    this.saveSettings = settings.getByRole('button', { name: /保\s*存/ });
  }

  row(username: string): Locator {
    return this.page.locator('.ant-table-tbody tr').filter({ has: this.page.locator('.mono', { hasText: new RegExp(`^${username}$`) }) });
  }

  /** Sets a new password for `username` through the reset dialog. */
  async resetPassword(username: string, password: string): Promise<void> {
    await this.row(username).getByRole('button', { name: '重置密码' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '的密码' });
    await dialog.getByLabel('新密码', { exact: true }).fill(password);
    await dialog.getByLabel('确认新密码').fill(password);
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async disable(username: string): Promise<void> {
    await this.row(username).getByRole('button', { name: /停\s*用/ }).click();
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: /停\s*用/ }).click();
    await this.row(username).getByRole('button', { name: /启\s*用/ }).waitFor();
  }
}

/** The idle lock over the whole app. */
export class LockScreen {
  readonly root: Locator;
  readonly password: Locator;
  readonly unlock: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('lock-screen');
    this.password = this.root.getByLabel('密码');
    this.unlock = this.root.getByRole('button', { name: /解\s*锁/ });
    this.error = this.root.getByRole('alert');
  }
}
