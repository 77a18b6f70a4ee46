import type { Locator, Page } from 'playwright-core';

export class LoginPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly error: Locator;
  /** Why the login is asked again (after a restore, for one). */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '登录' });
    this.username = page.getByLabel('用户名');
    this.password = page.getByLabel('密码');
    this.error = page.getByTestId('login-error');
    this.notice = page.getByTestId('login-notice');
  }

  /** Types the credentials and submits with Enter, as an officer would. */
  async login(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.password.press('Enter');
  }
}
