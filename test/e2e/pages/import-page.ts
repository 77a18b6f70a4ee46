import type { Locator, Page } from 'playwright-core';

/** 数据导入: file, mapping, preview rows, commit, batches and undo. */
export class ImportPage {
  readonly heading: Locator;
  readonly file: Locator;
  readonly counts: Locator;
  readonly accepted: Locator;
  readonly rows: Locator;
  readonly done: Locator;
  readonly batches: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '数据导入' });
    this.file = page.getByTestId('import-file');
    this.counts = page.getByTestId('import-counts');
    this.accepted = page.getByTestId('import-accepted');
    this.rows = page.getByTestId('import-rows').locator('tr[data-row-key]');
    this.done = page.getByTestId('import-done');
    this.batches = page.getByTestId('import-batches');
  }

  /** The accept box of a spreadsheet row (the row number the spreadsheet shows). */
  acceptBox(row: number): Locator {
    return this.page.getByRole('checkbox', { name: `导入第 ${row} 行` });
  }

  row(row: number): Locator {
    return this.page.getByTestId('import-rows').locator(`tr[data-row-key="${row}"]`);
  }
}
