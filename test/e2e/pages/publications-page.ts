import type { Download, Locator, Page } from 'playwright-core';
import { FormFields } from './form-fields';

export type IssueSpec = { listType?: string; from: string; to: string; docNo: string; passphrase: string };

/**
 * 定期公布: the issue form, its confirmation (preview counts, then the issued summary) and the
 * table of issued publications. Reused by the lists suites (propose → approve → publish → verify).
 */
export class PublicationsPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly noKey: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly confirmDialog: Locator;
  readonly issuedDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '定期公布' });
    this.form = page.getByRole('form', { name: '发布公告' });
    this.noKey = page.getByTestId('pub-no-key');
    this.table = page.getByTestId('issued-table');
    this.rows = this.table.locator('.ant-table-tbody tr[data-row-key]');
    this.confirmDialog = page.getByRole('dialog', { name: '确认发布公告？' });
    this.issuedDialog = page.getByRole('dialog', { name: '公告已发布' });
  }

  async settled(): Promise<void> {
    await this.page.getByTestId('publications-page').and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** Fills the form and asks for the preview; returns the confirmation dialog (nothing is issued yet). */
  async preview(spec: IssueSpec): Promise<Locator> {
    const fields = new FormFields(this.page, this.form);
    if (spec.listType) await fields.choose('名单类型', spec.listType);
    await fields.date('起始日期', spec.from);
    await fields.date('截止日期', spec.to);
    await fields.text('文号', spec.docNo);
    await fields.text('签名口令', spec.passphrase);
    await this.form.getByRole('button', { name: '预览并发布…' }).click();
    await this.confirmDialog.waitFor();
    return this.confirmDialog;
  }

  /** The preview's counts as shown: on the list at the cut-off, and the changes line. */
  async previewCounts(): Promise<{ active: string; changes: string }> {
    return {
      active: (await this.confirmDialog.getByTestId('preview-active').innerText()).trim(),
      changes: (await this.confirmDialog.getByTestId('preview-changes').innerText()).trim(),
    };
  }

  /** Clicks 确定发布 and waits for the issued summary; returns the manifest SHA-256 it shows. */
  async confirmIssue(): Promise<string> {
    await this.confirmDialog.getByRole('button', { name: '确定发布' }).click();
    await this.issuedDialog.waitFor({ timeout: 60_000 });
    return (await this.issuedDialog.getByTestId('issued-manifest').innerText()).trim();
  }

  /** 下载数据包 in the issued summary. */
  async downloadIssued(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.issuedDialog.getByRole('button', { name: '下载数据包（.qcp）' }).click()]);
    return download;
  }

  async closeIssued(): Promise<void> {
    await this.issuedDialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await this.issuedDialog.waitFor({ state: 'hidden' });
  }

  row(docNo: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: docNo, exact: true }) });
  }

  async cells(docNo: string): Promise<string[]> {
    return (await this.row(docNo).locator('td').allInnerTexts()).map((text) => text.trim());
  }

  /** 再次导出 on a row: the download, and the toast saying whether the bytes are identical. */
  async exportAgain(docNo: string): Promise<{ download: Download; toast: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.row(docNo).getByRole('button', { name: `再次导出 ${docNo}` }).click()]);
    const toast = this.page.locator('.ant-message-notice', { hasText: download.suggestedFilename() }).last();
    await toast.waitFor();
    return { download, toast: (await toast.innerText()).trim() };
  }

  /** 验证 on a row: opens 验证文件 on that package. */
  async verify(docNo: string): Promise<void> {
    await this.row(docNo).getByRole('button', { name: `验证 ${docNo}` }).click();
  }
}
