import { afterEach, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { BackupsPage } from './pages/backups-page';
import { EnterpriseDetailPage } from './pages/enterprise-detail-page';
import { EnterpriseForm } from './pages/enterprise-form';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { LoginPage } from './pages/login-page';

const RENAMED = '备份演练更名测试有限公司';
const ZH_TIME = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}$/;
const EN_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M$/;
const SIZE = /^\d[\d,]*\.\d (KB|MB)$/;

describe('backups and restore', () => {
  const suite = appSuite({ demo: { enterprises: 50, seed: '21' } });
  let app: AppPage | undefined;


  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function signIn(username: string): Promise<AppPage> {
    const opened = await suite.open();
    await new LoginPage(opened.page).login(username, PASSWORD);
    await new AppShell(opened.page).currentUser.waitFor();
    return opened;
  }

  async function openBackups(opened: AppPage): Promise<BackupsPage> {
    await new AppShell(opened.page).open('备份与恢复');
    const backups = new BackupsPage(opened.page);
    await backups.heading.waitFor();
    await backups.settled();
    return backups;
  }

  /** After a restore: the login screen says why, and the admin signs in again on the same page. */
  async function signInAgain(opened: AppPage, notice: string, shot: string): Promise<void> {
    const login = new LoginPage(opened.page);
    await login.heading.waitFor();
    await login.notice.waitFor();
    expect(await login.notice.innerText()).toContain(notice);
    expect(await opened.page.getByTestId('current-user').count()).toBe(0);
    await snap(opened.page, shot);
    await login.login('admin', PASSWORD);
    await new AppShell(opened.page).currentUser.waitFor();
  }

  it('lists the automatic backup and refuses to undo a restore that never happened', async () => {
    app = await signIn('admin');
    const backups = await openBackups(app);
    const names = await backups.names();
    expect(names.length).toBeGreaterThanOrEqual(1);
    const daily = names.find((name) => name.endsWith('-daily.sqlite'));
    if (!daily) throw new Error(`no daily backup in ${JSON.stringify(names)}`);
    const [time, kind, size, file, action] = await backups.cells(daily);
    expect(time).toMatch(ZH_TIME);
    expect(kind).toBe('每日自动');
    expect(size).toMatch(SIZE);
    expect(file).toBe(daily);
    expect(action).toBe('恢复');
    await snap(app.page, 'backups-list');

    await backups.askUndo();
    const question = await backups.undoDialog.innerText();
    expect(question).toContain('数据将回到上一次恢复之前的状态');
    expect(question).toContain('撤销后所有用户需重新登录');
    await snap(app.page, 'backups-undo-confirm');
    await backups.confirmUndo();
    await backups.undoDialog.getByRole('alert').getByText('没有可撤销的恢复操作').waitFor();
    await snap(app.page, 'backups-undo-nothing');
    await backups.undoDialog.getByRole('button', { name: '取消' }).click();
    await backups.undoDialog.waitFor({ state: 'hidden' });
    // Nothing happened: still signed in, on the same page.
    expect(await backups.heading.isVisible()).toBe(true);
    expect(app.problems).toEqual([]);
  });

  it('backs up, restores (everyone signs in again, the change is gone) and undoes the restore (it is back)', async () => {
    app = await signIn('admin');
    const page = app.page;
    const shell = new AppShell(page);
    let backups = await openBackups(app);
    const taken = await backups.backUp();
    expect(taken).toMatch(/-manual\.sqlite$/);
    expect((await backups.names())[0]).toBe(taken);
    const [time, kind, size] = await backups.cells(taken);
    expect(time).toMatch(ZH_TIME);
    expect(kind).toBe('手动');
    expect(size).toMatch(SIZE);
    await snap(page, 'backups-created');

    // Change the data after the backup: rename the first enterprise through the edit form.
    await shell.open('企业档案');
    const list = new EnterpriseListPage(page);
    await list.settled();
    const [original] = await list.column(1);
    if (!original) throw new Error('the demo list is empty');
    await list.row(original).click();
    const detail = new EnterpriseDetailPage(page);
    await detail.details.waitFor();
    await detail.edit.click();
    const form = new EnterpriseForm(page, '编辑企业信息');
    await form.dialog.getByLabel('企业名称').fill(RENAMED);
    await form.dialog.getByLabel('企业名称').press('Enter');
    await form.dialog.waitFor({ state: 'hidden' });
    await detail.title.getByText(RENAMED).waitFor();
    await detail.back.click();
    expect(await list.searchFor(RENAMED)).toBe(1);

    // Restore the backup: the question says what happens, then the login screen says it is done.
    backups = await openBackups(app);
    await backups.askRestore(taken);
    const question = await backups.restoreDialog.innerText();
    expect(question).toContain(`将恢复 ${time} 的备份（手动）`);
    expect(question).toContain('当前数据将被替换为该备份时的状态');
    expect(question).toContain('恢复前会自动备份当前数据，可撤销');
    expect(question).toContain('恢复后所有用户需重新登录');
    await snap(page, 'backups-restore-confirm');
    await backups.confirmRestore();
    await signInAgain(app, '恢复完成，请重新登录', 'backups-restored-login');

    // Back on the backups page: the data from before the restore was kept as a backup.
    await backups.heading.waitFor();
    const afterRestore = await backups.names();
    const [newest] = afterRestore;
    if (!newest) throw new Error('no backups after the restore');
    expect((await backups.cells(newest))[1]).toBe('恢复前自动');
    expect(afterRestore).toContain(taken);
    await snap(page, 'backups-after-restore');

    // The list remembers the last search (RENAMED); searching again asks the restored database.
    await shell.open('企业档案');
    await list.heading.waitFor();
    expect(await list.searchFor(RENAMED)).toBe(0);
    expect(await list.searchFor(original)).toBeGreaterThanOrEqual(1);
    await snap(page, 'backups-change-gone');

    // Undo the restore: the rename is back.
    backups = await openBackups(app);
    await backups.askUndo();
    await backups.confirmUndo();
    await signInAgain(app, '已撤销上一次恢复，请重新登录', 'backups-undone-login');
    await backups.heading.waitFor();
    await shell.open('企业档案');
    await list.heading.waitFor();
    expect(await list.searchFor(RENAMED)).toBe(1);
    await snap(page, 'backups-change-back');

    // The audit log (of the database now in use) names the restore in words.
    await shell.open('审计日志');
    const restoreRow = page.locator('.ant-table-tbody tr', { hasText: '恢复备份' }).first();
    await restoreRow.waitFor();
    expect(await restoreRow.innerText()).toContain('工作区');
    await snap(page, 'backups-audit-restore');
    expect(app.problems).toEqual([]);
  });

  it('switches the backups page to English and back to Chinese', async () => {
    app = await signIn('admin');
    const page = app.page;
    const shell = new AppShell(page);
    const backups = await openBackups(app);
    const names = await backups.names();
    const manual = names.find((name) => name.endsWith('-manual.sqlite'));
    if (!manual) throw new Error(`no manual backup in ${JSON.stringify(names)}`);

    await shell.switchLanguage('English');
    await page.getByRole('heading', { name: 'Backups' }).waitFor();
    expect(await shell.menuLabels()).toContain('Backups');
    const headers = (await backups.list.locator('.ant-table-thead th').allInnerTexts()).map((text) => text.trim());
    expect(headers).toEqual(['Time', 'Type', 'Size', 'File', 'Actions']);
    const [time, kind, size, , action] = await backups.cells(manual);
    expect(time).toMatch(EN_TIME);
    expect(kind).toBe('Manual');
    expect(size).toMatch(SIZE);
    expect(action).toBe('Restore');
    expect(await backups.list.innerText()).toContain('Before restore (automatic)');
    expect(await page.getByRole('button', { name: 'Back up now' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo last restore' }).isVisible()).toBe(true);
    await snap(page, 'backups-english');

    await backups.row(manual).getByRole('button', { name: /^Restore the backup of / }).click();
    const question = page.getByRole('dialog', { name: 'Restore this backup?' });
    await question.waitFor();
    expect(await question.innerText()).toContain('Afterwards every user must sign in again.');
    await snap(page, 'backups-restore-confirm-english');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'hidden' });

    await shell.switchLanguage('中文');
    await backups.heading.waitFor();
    expect(await backups.create.isVisible()).toBe(true);
    expect((await backups.cells(manual))[1]).toBe('手动');
    expect(app.problems).toEqual([]);
  });

  it('shows the officer and the reviewer no backups menu, and refuses the page', async () => {
    for (const username of ['officer', 'reviewer']) {
      app = await signIn(username);
      const shell = new AppShell(app.page);
      expect(await shell.menuLabels()).not.toContain('备份与恢复');
      await app.page.goto(`${new URL(suite.host.url).origin}/#/backups`);
      await app.page.getByText('当前角色无权访问此页面').waitFor();
      expect(await app.page.getByRole('button', { name: '立即备份' }).count()).toBe(0);
      await snap(app.page, `backups-forbidden-${username}`);
      expect(app.problems).toEqual([]);
      await app.close();
      app = undefined;
    }
  });
});
