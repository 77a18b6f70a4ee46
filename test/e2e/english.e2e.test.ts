import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { LoginPage } from './pages/login-page';

/**
 * The whole interface in English: on every page the administrator can reach, the words the app
 * itself writes (menus, headings, buttons, table headers, form and description labels, tabs,
 * placeholders) contain no Chinese. The data (enterprise names, regions) stays as recorded.
 */
const CJK = /[\u3400-\u9fff]/;
const CHROME = [
  'nav .ant-menu-title-content', 'h1', 'h2', 'h3', 'h4', 'h5', 'button:not(.timeline-entry):not([data-testid="current-user"])', 'th', 'label', '.ant-tabs-tab',
  '.ant-descriptions-item-label', '.ant-card-head-title', '.ant-modal-title', '.ant-empty-description', '.ant-form-item-extra',
].join(',');

describe('the interface in English', () => {
  const suite = appSuite({ demo: { enterprises: 120, seed: 'english' } });
  let app: AppPage;

  beforeAll(async () => {
    app = await suite.open();
    await new LoginPage(app.page).login('admin', PASSWORD);
    await new EnterpriseListPage(app.page).heading.waitFor();
    await new AppShell(app.page).switchLanguage('English');
  });
  afterAll(async () => {
    await app.close();
  });

  /** Chinese in the app's own words on screen (the language switch names 中文 in Chinese, as it should). */
  async function chineseChrome(data: string[] = []): Promise<string[]> {
    await app.page.waitForTimeout(300);
    const texts = await app.page.locator(CHROME).evaluateAll((nodes) => nodes.map((n) => (n as unknown as { innerText: string }).innerText.trim()));
    const placeholders = await app.page.locator('[placeholder]').evaluateAll((nodes) => nodes.map((n) => (n as unknown as { getAttribute(a: string): string }).getAttribute('placeholder')));
    return [...texts, ...placeholders].filter((text) => CJK.test(text) && text !== '中文' && !data.includes(text));
  }

  it('every page in the menu', async () => {
    const menu = app.page.getByRole('navigation').getByRole('menuitem');
    const count = await menu.count();
    expect(count).toBeGreaterThanOrEqual(8);
    const found: Record<string, string[]> = {};
    for (let i = 0; i < count; i++) {
      await menu.nth(i).click();
      await app.page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
      const page = /#\/([a-z-]+)/.exec(app.page.url())?.[1] ?? String(i);
      await snap(app.page, `english-${page}`);
      const chinese = await chineseChrome();
      if (chinese.length > 0) found[page] = chinese;
    }
    expect(found).toEqual({});
  });

  it('a dossier, its tabs and a record', async () => {
    await app.page.goto(`${new URL(suite.host.url).origin}/#/enterprises`);
    const list = new EnterpriseListPage(app.page);
    await app.page.getByTestId('enterprise-list').and(app.page.locator('[aria-busy="false"]')).waitFor();
    await list.rows.first().click();
    // The enterprise's name heads its dossier: data, not the app's words.
    const name = (await app.page.locator('#enterprise-title').innerText()).trim();
    await app.page.getByTestId('timeline').and(app.page.locator('[aria-busy="false"]')).waitFor();
    await snap(app.page, 'english-dossier');
    expect(await chineseChrome([name]), 'dossier').toEqual([]);
    await app.page.locator('.timeline-entry').first().click();
    await app.page.getByTestId('record-detail').waitFor();
    await snap(app.page, 'english-record');
    // The record's title is its stored summary, written when it was recorded: data too.
    const summary = (await app.page.locator('.ant-modal-title').last().innerText()).trim();
    expect(await chineseChrome([name, summary]), 'record').toEqual([]);
    await app.page.keyboard.press('Escape');
    for (const [tab, key] of [['Products', 'products'], ['Attachments', 'attachments'], ['Change history', 'history']] as const) {
      // By address: tabs past the strip's width sit in its overflow menu.
      const dossier = app.page.url().replace(/(#\/enterprises\/\d+).*$/, '$1');
      await app.page.goto(`${dossier}/${key}`);
      await app.page.locator('.ant-tabs-tab-active', { hasText: tab }).waitFor();
      await app.page.locator('.ant-tabs-tabpane-active [aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
      await app.page.waitForTimeout(500);
      await snap(app.page, `english-dossier-${tab.split(' ')[0]?.toLowerCase() ?? ''}`);
      expect(await chineseChrome([name]), tab).toEqual([]);
    }
    expect(app.problems).toEqual([]);
  });

  it('switches back to Chinese', async () => {
    await new AppShell(app.page).switchLanguage('中文');
    const labels = await new AppShell(app.page).menuLabels();
    expect(labels[0]).toBe('总览');
    expect(labels.filter((label) => !CJK.test(label))).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
