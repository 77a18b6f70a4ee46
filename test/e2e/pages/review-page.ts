import type { Locator, Page } from 'playwright-core';

/** 待核实: one card per firm named without a code, its waiting records and candidates to decide on. */
export class ReviewPage {
  readonly root: Locator;
  readonly count: Locator;
  readonly groups: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('review');
    this.count = page.getByTestId('review-count');
    this.groups = page.getByTestId('review-group');
  }

  async settled(): Promise<void> {
    await this.page.locator('[data-testid="review"][aria-busy="false"]').waitFor();
  }

  /** The card of the firm as the announcement names it. */
  group(subject: string): Locator {
    return this.groups.filter({ has: this.page.locator('.ant-card-head-title', { hasText: subject }) });
  }

  /** The candidate's row inside a firm's card. */
  candidate(subject: string, candidate: string): Locator {
    return this.group(subject).locator('.ant-table-tbody tr[data-row-key]').filter({ hasText: candidate });
  }

  /** 是同一企业 for one candidate; waits for the toast that says the records were linked. */
  async same(subject: string, candidate: string): Promise<string> {
    await this.page.getByRole('button', { name: `${subject} 与 ${candidate} 是同一企业` }).click();
    const toast = this.page.locator('.ant-message-notice').filter({ hasText: `已关联到 ${candidate}` });
    await toast.waitFor();
    return toast.innerText();
  }
}
