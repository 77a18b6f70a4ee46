import type { Locator, Page } from 'playwright-core';

/** 红名单候选 (a drawer of 红黑名单) and a red entry's own steps in the entry drawer. */
export class RedListPage {
  readonly openButton: Locator;
  readonly candidates: Locator;
  readonly candidateRows: Locator;
  readonly drawer: Locator;
  readonly actions: Locator;
  readonly pending: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('red-candidates-open');
    this.candidates = page.getByTestId('red-candidates');
    this.candidateRows = this.candidates.locator('.ant-table-tbody tr[data-row-key]');
    this.drawer = page.getByTestId('list-entry-drawer');
    this.actions = this.drawer.getByTestId('red-entry-actions').getByRole('button');
    this.pending = this.drawer.getByTestId('red-pending-suspension');
  }

  async openCandidates(): Promise<void> {
    await this.openButton.click();
    await this.candidateRows.first().waitFor();
  }

  /** Selects the candidate by name and proposes it, through the confirmation. */
  async propose(name: string): Promise<void> {
    await this.candidateRows.filter({ hasText: name }).getByRole('checkbox').check();
    await this.candidates.getByRole('button', { name: /^提出列入红名单建议/ }).click();
    const confirm = this.page.locator('.ant-modal-confirm');
    await confirm.getByRole('button', { name: '确认办理' }).click();
    await confirm.waitFor({ state: 'detached' });
    await this.candidateRows.filter({ hasText: name }).waitFor({ state: 'detached' });
  }

  async closeCandidates(): Promise<void> {
    await this.candidates.locator('.ant-drawer-close').click();
    await this.candidates.waitFor({ state: 'detached' });
  }

  async actionNames(): Promise<string[]> {
    return (await this.actions.allInnerTexts()).map((text) => text.trim());
  }

  /** Takes a red-list step from the drawer with its note or reason. */
  async act(name: string, text: string): Promise<void> {
    await this.actions.filter({ hasText: new RegExp(`^${name}$`) }).click();
    const dialog = this.page.getByRole('dialog', { name, exact: true });
    await dialog.waitFor();
    await dialog.locator('textarea').fill(text);
    await dialog.getByRole('button', { name: '确认办理' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
