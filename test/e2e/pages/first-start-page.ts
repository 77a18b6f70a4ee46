import type { Locator, Page } from 'playwright-core';

export type AdminFields = { username: string; displayName: string; password: string; repeat?: string };

export class FirstStartPage {
  readonly heading: Locator;
  readonly loadDemo: Locator;
  readonly demoCount: Locator;
  readonly submit: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '首次启动：创建管理员' });
    this.loadDemo = page.getByRole('checkbox', { name: '载入演示数据' });
    this.demoCount = page.getByLabel('演示企业数量');
    this.submit = page.getByRole('button', { name: '创建管理员并进入' });
    this.progress = page.getByTestId('demo-progress');
    this.progressText = page.getByTestId('demo-progress-text');
    this.cancel = page.getByRole('button', { name: '取消生成' });
  }

  async fill(fields: AdminFields): Promise<void> {
    await this.page.getByLabel('用户名').fill(fields.username);
    await this.page.getByLabel('显示名称').fill(fields.displayName);
    await this.page.getByLabel('密码', { exact: true }).fill(fields.password);
    await this.page.getByLabel('再次输入密码').fill(fields.repeat ?? fields.password);
  }

  /** The validation message under a field, found by its text. */
  message(text: string): Locator {
    return this.page.locator('.ant-form-item-explain-error', { hasText: text });
  }

  /** Answers the "really cancel?" question with yes. */
  async confirmCancel(): Promise<void> {
    await this.cancel.click();
    await this.page.getByRole('button', { name: '确定取消' }).click();
  }
}
