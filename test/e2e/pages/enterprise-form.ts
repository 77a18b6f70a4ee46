import type { Locator, Page } from 'playwright-core';

export type EnterpriseFields = { name: string; region: string; industry: string; legalRepresentative?: string; address?: string };

/** The 登记企业 / 编辑企业信息 dialog. */
export class EnterpriseForm {
  readonly dialog: Locator;
  readonly uscc: Locator;
  readonly acknowledge: Locator;
  readonly save: Locator;

  constructor(readonly page: Page, title = '登记企业') {
    this.dialog = page.getByRole('dialog', { name: title });
    this.uscc = this.dialog.getByLabel('统一社会信用代码');
    this.acknowledge = this.dialog.getByRole('checkbox', { name: '确认保留该代码（早期试点代码）' });
    this.save = this.dialog.getByRole('button', { name: '保存' });
  }

  /** The error shown under a field (the live check, or the backend's message). */
  fieldError(label: string): Locator {
    return this.dialog.locator('.ant-form-item').filter({ has: this.page.getByText(label, { exact: true }) }).locator('.ant-form-item-explain-error');
  }

  /** Picks from a code-table select by typing part of the code or name, then the matching option. */
  async choose(label: string, search: string): Promise<void> {
    const select = this.dialog.getByLabel(label);
    await select.click();
    await select.fill(search);
    // Closed dropdowns linger in the DOM while they fade out; only this one's options match `search`.
    const option = this.page.locator('.ant-select-item-option:visible').filter({ hasText: search }).first();
    await option.click();
    await option.waitFor({ state: 'hidden' });
  }

  async fill(fields: EnterpriseFields): Promise<void> {
    await this.dialog.getByLabel('企业名称').fill(fields.name);
    await this.choose('所在地区', fields.region);
    await this.choose('行业', fields.industry);
    if (fields.legalRepresentative !== undefined) await this.dialog.getByLabel('法定代表人').fill(fields.legalRepresentative);
    if (fields.address !== undefined) await this.dialog.getByLabel('住所').fill(fields.address);
  }
}
