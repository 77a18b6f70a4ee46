import type { Locator, Page } from 'playwright-core';

export type Verdict = 'verified' | 'untrusted' | 'failed';

/** 验证文件: open a .qcp, then the verdict, signers, per-file checks, manifest and records. */
export class VerifyPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly result: Locator;
  readonly verdict: Locator;
  readonly code: Locator;
  readonly explanation: Locator;
  readonly signers: Locator;
  readonly files: Locator;
  readonly entries: Locator;
  readonly manifest: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^(验证文件|Verify a file)$/ });
    this.fileInput = page.getByTestId('verify-drop').locator('input[type=file]');
    this.result = page.getByTestId('verify-result');
    this.verdict = page.getByTestId('verify-verdict');
    this.code = page.getByTestId('verify-code');
    this.explanation = page.getByTestId('verify-explanation');
    this.signers = page.getByTestId('verify-signers').locator('.ant-table-tbody tr[data-row-key]');
    this.files = page.getByTestId('verify-files').locator('.ant-table-tbody tr[data-row-key]');
    this.entries = page.getByTestId('verify-entries').locator('.ant-table-tbody tr[data-row-key]');
    this.manifest = page.getByTestId('verify-manifest');
  }

  /** Opens a file through the picker (the same input a drop lands in) and waits for the verdict. */
  async open(path: string): Promise<Verdict> {
    await this.fileInput.setInputFiles(path);
    return this.waitForVerdict();
  }

  /** Waits for the verdict of whatever is being verified (a file, or a package opened from the archive). */
  async waitForVerdict(): Promise<Verdict> {
    await this.page.getByTestId('verify-page').and(this.page.locator('[aria-busy="false"]')).waitFor();
    await this.verdict.waitFor({ timeout: 60_000 });
    return (await this.verdict.getAttribute('data-verdict')) as Verdict;
  }

  /** Each file's path and its check as shown (一致 / 不一致). */
  async fileChecks(): Promise<{ path: string; result: string }[]> {
    const rows = await this.files.all();
    return Promise.all(rows.map(async (row) => {
      const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
      return { path: cells[0] ?? '', result: cells[3] ?? '' };
    }));
  }

  /** Each signer: algorithm, fingerprint, trust, as shown. */
  async signerRows(): Promise<string[][]> {
    const rows = await this.signers.all();
    return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).map((text) => text.trim())));
  }

  /** The subject names of the records previewed. */
  async entryNames(): Promise<string[]> {
    return (await this.entries.locator('td:nth-child(2)').allInnerTexts()).map((text) => text.trim());
  }
}
