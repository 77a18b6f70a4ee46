import type { Download, Locator, Page } from 'playwright-core';
import { FormFields } from './form-fields';

export type KeySpec = { alg: 'Ed25519' | 'SM2'; passphrase: string; agency?: { name: string; code: string } };

/** 签名密钥: the key table, 生成密钥 / 轮换密钥 dialogs, and one public key's dialog. */
export class KeysPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly generate: Locator;
  readonly rotate: Locator;
  readonly generateDialog: Locator;
  readonly rotateDialog: Locator;
  readonly agency: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '签名密钥' });
    this.table = page.getByTestId('keys-table');
    this.rows = this.table.locator('.ant-table-tbody tr[data-row-key]');
    this.generate = page.getByRole('button', { name: '生成密钥' });
    this.rotate = page.getByRole('button', { name: '轮换密钥' });
    this.generateDialog = page.getByRole('dialog', { name: '生成密钥' });
    this.rotateDialog = page.getByRole('dialog', { name: '轮换签名密钥？' });
    this.agency = page.getByTestId('keys-agency');
  }

  async settled(): Promise<void> {
    await this.page.getByTestId('keys-page').and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** Generates a key through the dialog and waits until it is listed; leaves its public key dialog open. */
  async generateKey(spec: KeySpec): Promise<Locator> {
    const before = await this.rows.count();
    await this.generate.click();
    await this.generateDialog.waitFor();
    const form = new FormFields(this.page, this.generateDialog);
    await this.generateDialog.getByRole('radio', { name: spec.alg === 'SM2' ? /^SM2/ : 'Ed25519' }).check();
    if (spec.agency) {
      await form.text('机关名称', spec.agency.name);
      await form.text('统一社会信用代码', spec.agency.code);
    }
    await form.text('私钥口令', spec.passphrase);
    await form.text('再次输入口令', spec.passphrase);
    await this.generateDialog.getByRole('button', { name: '生成', exact: true }).click();
    await this.generateDialog.waitFor({ state: 'hidden' });
    await this.rows.nth(before).waitFor();
    const shown = this.publicKeyDialog();
    await shown.waitFor();
    return shown;
  }

  /** The open public key dialog (after generating, or after 查看公钥). */
  publicKeyDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^公钥（/ });
  }

  /** The 关闭 button in the footer (the corner × has the same name). */
  async closePublicKey(): Promise<void> {
    const dialog = this.publicKeyDialog();
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async showPublicKey(row: number): Promise<Locator> {
    await this.rows.nth(row).getByRole('button', { name: /^查看公钥/ }).click();
    const dialog = this.publicKeyDialog();
    await dialog.waitFor();
    return dialog;
  }

  async cells(row: number): Promise<string[]> {
    return (await this.rows.nth(row).locator('td').allInnerTexts()).map((text) => text.trim());
  }

  /** Clicks 导出公钥文件 in the open dialog and returns the browser's download. */
  async exportPublicKey(dialog: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: '导出公钥文件' }).click()]);
    return download;
  }
}
