import type { Locator, Page } from 'playwright-core';
import { FormFields } from './form-fields';

export type PartnerKey = { agencyName: string; agencyCode: string; pem: string; fingerprint: string };

/** 合作机构公钥: the registry table and the 登记公钥 / 吊销 dialogs. */
export class TrustPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly add: Locator;
  readonly addDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^(合作机构公钥|Trusted keys)$/ });
    this.table = page.getByTestId('trust-table');
    this.rows = this.table.locator('.ant-table-tbody tr[data-row-key]');
    this.add = page.getByRole('button', { name: '登记公钥' });
    this.addDialog = page.getByRole('dialog', { name: '登记合作机构公钥' });
  }

  async settled(): Promise<void> {
    await this.page.getByTestId('trust-page').and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** Opens the dialog and fills it in; the caller presses the button (to see a refusal or the success). */
  async fill(key: PartnerKey): Promise<void> {
    if (!(await this.addDialog.isVisible())) {
      await this.add.click();
      await this.addDialog.waitFor();
    }
    const form = new FormFields(this.page, this.addDialog);
    await form.text('机构名称', key.agencyName);
    await form.text('统一社会信用代码', key.agencyCode);
    await this.addDialog.getByLabel('公钥（PEM）').fill(key.pem);
    await form.text('完整指纹', key.fingerprint);
  }

  async save(): Promise<void> {
    await this.addDialog.getByRole('button', { name: '核对无误，登记' }).click();
  }

  async cells(row: number): Promise<string[]> {
    return (await this.rows.nth(row).locator('td').allInnerTexts()).map((text) => text.trim());
  }
}
