import type { Locator, Page } from 'playwright-core';

/** 公告导入: the file picker, what the layout finder found, the column mapping, the rows preview and the commit. */
export class AnnouncementsPage {
  readonly heading: Locator;
  readonly file: Locator;
  readonly layout: Locator;
  readonly mapping: Locator;
  readonly rows: Locator;
  readonly counts: Locator;
  readonly firms: Locator;
  readonly recheck: Locator;
  readonly commit: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '公告导入' });
    this.file = page.getByTestId('announce-file');
    this.layout = page.getByTestId('announce-layout');
    this.mapping = page.getByTestId('announce-mapping');
    this.rows = page.getByTestId('announce-rows');
    this.counts = page.getByTestId('announce-counts');
    this.firms = page.getByTestId('announce-firms');
    this.recheck = page.getByRole('button', { name: '按此重新检查' });
    this.commit = page.getByRole('button', { name: '确认导入' });
    this.done = page.getByTestId('announce-done');
  }

  /** Picks the file (as the hidden input behind 选择文件 would) and waits for the preview. */
  async upload(path: string): Promise<void> {
    await this.file.setInputFiles(path);
    await this.mapping.waitFor();
  }

  /** The select of one field (e.g. 抽样日期) in the mapping table. */
  columnFor(field: string): Locator {
    return this.mapping.getByRole('combobox', { name: `“${field}”对应的列` });
  }

  /** The mapping table's row for one field: its label, the column chosen and how it was found. */
  fieldRow(field: string): Locator {
    // `has` is looked for inside the row, so the select is named without the mapping around it.
    return this.mapping.locator('.ant-table-tbody tr[data-row-key]').filter({ has: this.page.getByRole('combobox', { name: `“${field}”对应的列` }) });
  }

  /** Chooses the file's column `header` for `field` from the select's dropdown. */
  async mapColumn(field: string, header: string): Promise<void> {
    await this.columnFor(field).click();
    await this.page.locator('.ant-select-dropdown:visible').getByText(header, { exact: true }).click();
  }

  /** The preview's column headers, as the file heads them. */
  async previewHeaders(): Promise<string[]> {
    return (await this.rows.locator('.ant-table-thead th').allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
  }

  /** One preview row by its row number in the file. */
  row(n: number): Locator {
    return this.rows.locator(`.ant-table-tbody tr[data-row-key="${n}"]`);
  }
}
