import type { Locator, Page } from 'playwright-core';

/** 备份与恢复: the list, 立即备份, 恢复 per row and 撤销上一次恢复, each restore behind its question. */
export class BackupsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly create: Locator;
  readonly undo: Locator;
  readonly restoreDialog: Locator;
  readonly undoDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '备份与恢复' });
    this.list = page.getByTestId('backup-list');
    this.rows = this.list.locator('.ant-table-tbody tr[data-row-key]');
    this.create = page.getByRole('button', { name: '立即备份' });
    this.undo = page.getByRole('button', { name: '撤销上一次恢复' });
    this.restoreDialog = page.getByRole('dialog', { name: '恢复此备份？' });
    this.undoDialog = page.getByRole('dialog', { name: '撤销上一次恢复？' });
  }

  /** Waits until the table shows the backend's current answer. */
  async settled(): Promise<void> {
    await this.list.and(this.page.locator('[aria-busy="false"]')).waitFor();
  }

  /** File names, newest first. */
  async names(): Promise<string[]> {
    await this.settled();
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key') ?? ''));
  }

  row(name: string): Locator {
    return this.list.locator(`.ant-table-tbody tr[data-row-key="${name}"]`);
  }

  /** The visible text of one row's cells (time, type, size, file, action). */
  async cells(name: string): Promise<string[]> {
    return (await this.row(name).locator('td').allInnerTexts()).map((text) => text.trim());
  }

  /** Clicks 立即备份 and returns the name of the backup it made. */
  async backUp(): Promise<string> {
    const before = new Set(await this.names());
    await this.create.click();
    await this.page.locator('.ant-message-notice', { hasText: '已备份：' }).waitFor();
    await this.settled();
    const made = (await this.names()).filter((name) => !before.has(name));
    if (made.length !== 1 || !made[0]) throw new Error(`expected one new backup, found ${JSON.stringify(made)}`);
    return made[0];
  }

  /** Opens the question for restoring one backup (it still has to be answered). */
  async askRestore(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: /^恢复 .+ 的备份$/ }).click();
    await this.restoreDialog.waitFor();
  }

  async confirmRestore(): Promise<void> {
    await this.restoreDialog.getByRole('button', { name: '确定恢复' }).click();
  }

  async askUndo(): Promise<void> {
    await this.undo.click();
    await this.undoDialog.waitFor();
  }

  async confirmUndo(): Promise<void> {
    await this.undoDialog.getByRole('button', { name: '确定撤销' }).click();
  }
}
