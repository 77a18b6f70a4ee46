import type { Locator, Page } from 'playwright-core';

export type ExchangeVerdict = 'acceptable' | 'already-imported' | 'refused';

/** 互联共享: the import tab (drop, preview, confirm), and the streams and external-entries tabs. */
export class ExchangePage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly preview: Locator;
  readonly verdict: Locator;
  readonly code: Locator;
  readonly explanation: Locator;
  readonly counts: Locator;
  readonly issuer: Locator;
  readonly signers: Locator;
  readonly changes: Locator;
  readonly confirmDialog: Locator;
  readonly applied: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^(互联共享|Exchange)$/ });
    this.fileInput = page.getByTestId('ex-drop').locator('input[type=file]');
    this.preview = page.getByTestId('ex-preview');
    this.verdict = page.getByTestId('ex-verdict');
    this.code = page.getByTestId('ex-code');
    this.explanation = page.getByTestId('ex-explanation');
    this.counts = page.getByTestId('ex-counts');
    this.issuer = page.getByTestId('ex-issuer');
    this.signers = page.getByTestId('verify-signers').locator('.ant-table-tbody tr[data-row-key]');
    this.changes = page.getByTestId('ex-changes').locator('.ant-table-tbody tr[data-row-key]');
    this.confirmDialog = page.getByRole('dialog', { name: '确认导入数据包' });
    this.applied = page.getByTestId('ex-applied');
    this.entries = page.getByTestId('ex-entries-table').locator('.ant-table-tbody tr[data-row-key]');
  }

  /** Opens a package through the picker (where a drop lands too) and waits for the preview's verdict. */
  async open(path: string): Promise<ExchangeVerdict> {
    await this.fileInput.setInputFiles(path);
    await this.page.getByTestId('ex-import').and(this.page.locator('[aria-busy="false"]')).waitFor({ timeout: 60_000 });
    await this.verdict.waitFor({ timeout: 60_000 });
    return (await this.verdict.getAttribute('data-verdict')) as ExchangeVerdict;
  }

  /** Each signer: algorithm, fingerprint, trust, as shown. */
  async signerRows(): Promise<string[][]> {
    const rows = await this.signers.all();
    return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).map((text) => text.trim())));
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The subject names of the external entries table (first page). */
  async entryNames(): Promise<string[]> {
    await this.page.getByTestId('ex-entries').and(this.page.locator('[aria-busy="false"]')).waitFor();
    const rows = await this.entries.all();
    return Promise.all(rows.map(async (row) => ((await row.locator('td').first().locator('div').first().innerText()).trim())));
  }
}
