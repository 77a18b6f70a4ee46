import type { Locator, Page } from 'playwright-core';
import { FormFields } from './form-fields';

/** The dossier (企业档案) of one enterprise: header, standing, tabs and the record dialogs. */
export class DossierPage {
  readonly title: Locator;
  readonly details: Locator;
  readonly lists: Locator;
  readonly followUps: Locator;
  readonly timeline: Locator;
  readonly history: Locator;
  /** The open record's dialog (view), with its follow-up panel for a spot check. */
  readonly record: Locator;
  readonly spotState: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#enterprise-title');
    this.details = page.getByTestId('enterprise-detail');
    this.lists = page.getByTestId('dossier-lists');
    this.followUps = page.getByTestId('dossier-follow-ups');
    this.timeline = page.getByTestId('timeline');
    this.history = page.getByTestId('dossier-history');
    this.record = page.getByRole('dialog').filter({ has: page.getByTestId('record-detail') });
    this.spotState = page.getByTestId('spot-check-state');
  }

  async openTab(name: string | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The record form dialog titled e.g. "新增监督抽查记录", with label-based filling. */
  recordForm(title: string): { dialog: Locator; fields: FormFields; save: Locator } {
    const dialog = this.page.getByRole('dialog', { name: title });
    return { dialog, fields: new FormFields(this.page, dialog), save: dialog.getByRole('button', { name: '保存' }) };
  }

  /**
   * Records one follow-up step from the open spot check: its button, the date (and document
   * number), 下一步, then the confirmation.
   */
  async recordStep(step: string, onDate: string, docNo?: string): Promise<void> {
    await this.record.getByRole('button', { name: step, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `登记：${step}` });
    const fields = new FormFields(this.page, dialog);
    await fields.date('日期', onDate);
    if (docNo) await fields.text('文书号', docNo);
    await dialog.getByRole('button', { name: '下一步' }).click();
    await dialog.getByTestId('transition-confirm').waitFor();
    await dialog.getByRole('button', { name: '确认登记' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
