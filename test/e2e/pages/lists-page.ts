import type { Locator, Page } from 'playwright-core';
import { FormFields } from './form-fields';

export type ProposalSpec = {
  enterprise: string; reason: string; art12: [string, string, string, string]; authority: string; level: string; on: string;
};

/** 红黑名单: the entries table, the propose form, and one entry's drawer with its steps. */
export class ListsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly proposeButton: Locator;
  readonly proposeDialog: Locator;
  readonly drawer: Locator;
  readonly state: Locator;
  readonly steps: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '红黑名单' });
    this.table = page.getByTestId('lists-table');
    this.rows = this.table.locator('.ant-table-tbody tr[data-row-key]');
    this.proposeButton = page.getByTestId('lists-page').getByRole('button', { name: '提出列入建议' });
    this.proposeDialog = page.getByRole('dialog', { name: '提出列入建议' });
    this.drawer = page.getByTestId('list-entry-drawer');
    this.state = this.drawer.getByTestId('list-entry-state');
    this.steps = this.drawer.getByTestId('list-entry-steps').getByRole('button');
    this.history = this.drawer.getByTestId('list-entry-history').locator('.ant-table-tbody tr[data-row-key]');
  }

  async settled(): Promise<void> {
    await this.page.getByTestId('lists-page').and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** Fills and sends the proposal; the new entry's drawer opens. */
  async propose(spec: ProposalSpec): Promise<void> {
    await this.proposeButton.click();
    await this.proposeDialog.waitFor();
    const form = new FormFields(this.page, this.proposeDialog);
    await form.field('企业').fill(spec.enterprise);
    await this.page.locator('.ant-select-item-option:visible').filter({ hasText: spec.enterprise }).first().click();
    await form.field('作为依据的行政处罚记录').click();
    // Penalty options start with their date; the enterprise list may still be closing.
    await this.page.locator('.ant-select-item-option:visible').filter({ hasText: /^\d{4}-\d{2}-\d{2} / }).first().click();
    await form.field('作为依据的行政处罚记录').press('Escape');
    await form.text('列入事由', spec.reason);
    const [malice, frequency, duration, amount] = spec.art12;
    await form.text('主观恶意', malice);
    await form.text('违法频次', frequency);
    await form.text('持续时间', duration);
    await form.text('罚没数额', amount);
    await form.text('作出决定机关', spec.authority);
    await form.choose('决定机关层级', spec.level);
    await form.date('建议日期', spec.on);
    await this.proposeDialog.getByRole('button', { name: '提出列入建议' }).click();
    await this.proposeDialog.waitFor({ state: 'hidden' });
    await this.drawer.waitFor();
  }

  /** Opens an entry by its subject's name. */
  async open(subject: string): Promise<void> {
    await this.table.getByRole('button', { name: subject, exact: true }).first().click();
    await this.drawer.waitFor();
  }

  async stepNames(): Promise<string[]> {
    return (await this.steps.allInnerTexts()).map((text) => text.trim());
  }

  /** Records one step from the drawer (date, document number, note); confirms it when asked. */
  async step(name: string, fields: { on: string; docNo?: string; note?: string }, options: { outcome?: string; confirm?: boolean } = {}): Promise<void> {
    await this.steps.filter({ hasText: new RegExp(`^${name}$`) }).click();
    const dialog = this.page.getByRole('dialog', { name, exact: true });
    await dialog.waitFor();
    const form = new FormFields(this.page, dialog);
    await form.date('日期', fields.on);
    if (fields.docNo) await form.text('文书文号', fields.docNo);
    if (fields.note) await form.text('备注', fields.note);
    if (options.outcome) await dialog.getByRole('radio', { name: options.outcome }).check();
    await dialog.getByRole('button', { name: '登记' }).click();
    if (options.confirm) {
      const confirm = this.page.getByRole('dialog', { name: `确认“${name}”？` });
      await confirm.waitFor();
      await confirm.getByRole('button', { name: '登记' }).click();
    }
    await dialog.waitFor({ state: 'hidden' });
    await this.history.filter({ hasText: name }).first().waitFor();
  }
}
