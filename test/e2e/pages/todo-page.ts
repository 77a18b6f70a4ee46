import type { Locator, Page } from 'playwright-core';

/** 待办期限: the items table with its status tags and links, and the kind and horizon filters. */
export class TodoPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('todo-page');
    this.table = page.getByTestId('todo-table');
    this.rows = this.table.locator('.ant-table-tbody tr[data-row-key]');
    this.count = page.getByTestId('todo-count');
  }

  async settled(): Promise<void> {
    await this.root.waitFor();
    await this.page.locator('[data-testid="todo-page"][aria-busy="false"]').waitFor();
  }

  /** One row by the subject it names. */
  row(subject: string): Locator {
    return this.rows.filter({ hasText: subject });
  }

  /** Opens what the row's item leads to (its title is the link). */
  async openRow(subject: string): Promise<void> {
    await this.row(subject).locator('td').nth(3).getByRole('button').click();
  }
}
