import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { LoginPage } from './pages/login-page';
import { LockScreen, UsersPage } from './pages/users-page';

const OFFICER_NEW = 'Officer-new-2026';
const OFFICER_OWN = 'Officer-own-2027';

describe('sessions: idle lock, password reset and disabling, changing one\'s own password', () => {
  const suite = appSuite({ demo: { enterprises: 200, seed: 'sessions' } });
  let app: AppPage | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** A page whose clock the test can move forward (installed before the app loads, so its timers are fake too). */
  async function openWithClock(): Promise<AppPage> {
    const context = await suite.browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    await context.clock.install();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.goto(suite.host.url);
    return { page, context, problems, close: () => context.close() };
  }

  async function signIn(opened: AppPage, username: string, password: string): Promise<void> {
    await new LoginPage(opened.page).login(username, password);
    await new EnterpriseListPage(opened.page).heading.waitFor();
  }

  function audit(action: string): { username: string; after: string }[] {
    const db = new Database(join(suite.workspace.dir, 'qcd.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT username, after_json AS after FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { username: string; after: string }[];
    } finally {
      db.close();
    }
  }

  it('the administrator sets the idle time, resets the officer\'s password and disables the reviewer; both audited', async () => {
    app = await suite.open();
    await signIn(app, 'admin', PASSWORD);
    await new AppShell(app.page).open('用户管理');
    const users = new UsersPage(app.page);
    await users.heading.waitFor();
    await users.idleMinutes.fill('1');
    await users.saveSettings.click();
    await app.page.getByText('设置已保存').waitFor();

    await users.resetPassword('officer', OFFICER_NEW);
    await app.page.getByText(/已重置 .+ 的密码/).waitFor();
    await users.disable('reviewer');
    expect(await users.row('reviewer').innerText()).toContain('停用');
    // No disabling oneself: the administrator's own row has only the reset.
    expect(await users.row('admin').getByRole('button', { name: /停\s*用/ }).count()).toBe(0);
    await snap(app.page, 'users-reset-disable');

    const resets = audit('users:reset-password');
    expect(resets).toHaveLength(1);
    expect(resets[0]?.username).toBe('admin');
    expect(resets[0]?.after).not.toContain(OFFICER_NEW);
    expect(audit('users:set-disabled')).toHaveLength(1);
    expect(JSON.parse(audit('settings:update')[0]?.after ?? '{}')).toMatchObject({ idleLockMinutes: 1 });
    expect(app.problems).toEqual([]);
  });

  it('the disabled reviewer cannot sign in; the officer\'s old password no longer works', async () => {
    app = await suite.open();
    const login = new LoginPage(app.page);
    await login.login('reviewer', PASSWORD);
    await login.error.waitFor();
    expect(await login.error.innerText()).toContain('该账户已停用');
    await login.login('officer', PASSWORD);
    await app.page.getByText('用户名或密码错误').waitFor();
  });

  it('locks an idle officer and keeps the page as it was after the password is given again', async () => {
    app = await openWithClock();
    await signIn(app, 'officer', OFFICER_NEW);
    const list = new EnterpriseListPage(app.page);
    await list.searchFor('长沙');
    const lock = new LockScreen(app.page);
    expect(await lock.root.count()).toBe(0);

    await app.context.clock.fastForward('01:10');
    await lock.root.waitFor();
    // The page behind is hidden, not gone.
    expect(await list.search.inputValue()).toBe('长沙');
    await snap(app.page, 'idle-lock');

    await lock.password.fill('not-the-password1');
    await lock.unlock.click();
    await lock.error.waitFor();
    expect(await lock.error.innerText()).toContain('用户名或密码错误');
    await snap(app.page, 'idle-lock-wrong');

    // A reload on the lock screen keeps it locked: the stored session is not a way round it.
    await app.page.reload();
    await lock.root.waitFor();

    await lock.password.fill(OFFICER_NEW);
    await lock.unlock.click();
    await lock.root.waitFor({ state: 'detached' });
    await list.heading.waitFor();
    expect(audit('auth:login-failed').filter((r) => r.username === 'officer').length).toBeGreaterThanOrEqual(1);
    expect(app.problems).toEqual([]);
  });

  it('keeps the search and the page when unlocked without a reload', async () => {
    app = await openWithClock();
    await signIn(app, 'officer', OFFICER_NEW);
    const list = new EnterpriseListPage(app.page);
    await list.searchFor('长沙');
    const hits = await list.count();
    await app.context.clock.fastForward('01:10');
    const lock = new LockScreen(app.page);
    await lock.password.fill(OFFICER_NEW);
    await lock.unlock.click();
    await lock.root.waitFor({ state: 'detached' });
    expect(await list.search.inputValue()).toBe('长沙');
    expect(await list.count()).toBe(hits);
    // The new session works: the list answers a new search.
    await list.searchFor('');
    expect(await list.count()).toBe(200);
    expect(app.problems).toEqual([]);
  });

  it('the officer changes their own password from the header; the new one signs in', async () => {
    app = await suite.open();
    await signIn(app, 'officer', OFFICER_NEW);
    const shell = new AppShell(app.page);
    await shell.currentUser.click();
    await app.page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = app.page.getByRole('dialog').filter({ hasText: '修改密码' });
    await dialog.getByLabel('当前密码').fill(OFFICER_NEW);
    await dialog.getByLabel('新密码', { exact: true }).fill(OFFICER_OWN);
    await dialog.getByLabel('确认新密码').fill('Mismatch-2027');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('两次输入的新密码不一致').waitFor();
    await snap(app.page, 'password-change-mismatch');
    await dialog.getByLabel('确认新密码').fill(OFFICER_OWN);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await app.page.getByText('密码已修改').waitFor();
    await shell.logout.click();
    await signIn(app, 'officer', OFFICER_OWN);
    expect(audit('auth:change-password')).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });
});
