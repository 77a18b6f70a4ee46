import { afterEach, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { LoginPage } from './pages/login-page';

describe('login and role-based menus', () => {
  const suite = appSuite({ demo: { enterprises: 300, seed: '7' } });
  let app: AppPage | undefined;


  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function signIn(username: string): Promise<AppPage> {
    const opened = await suite.open();
    await new LoginPage(opened.page).login(username, PASSWORD);
    await new EnterpriseListPage(opened.page).heading.waitFor();
    return opened;
  }

  it('shows the backend’s Chinese message for a wrong password', async () => {
    app = await suite.open();
    const login = new LoginPage(app.page);
    await login.heading.waitFor();
    await snap(app.page, 'login');
    await login.login('officer', 'not-the-password1');
    await login.error.waitFor();
    expect(await login.error.innerText()).toContain('用户名或密码错误');
    await snap(app.page, 'login-error');
    expect(app.problems).toEqual([]);
  });

  it('gives the officer the dossiers, evaluation, import and trash, with registering', async () => {
    app = await signIn('officer');
    const shell = new AppShell(app.page);
    expect(await shell.menuLabels()).toEqual(['总览', '待办期限', '企业档案', '信用评价', '红黑名单', '分级分类监管', '数据导入', '公告导入', '待核实', '定期公布', '验证文件', '签名密钥', '互联共享', '合作机构公钥', '回收站']);
    expect(await shell.currentUser.innerText()).toContain('经办人');
    const list = new EnterpriseListPage(app.page);
    expect(await list.register.isVisible()).toBe(true);
    await list.settled();
    expect(await list.count()).toBe(300);
    // The search box has the focus on arrival: typing goes straight into it.
    await app.page.keyboard.type('长沙');
    expect(await list.search.inputValue()).toBe('长沙');
    await list.settled('长沙');
    expect(await list.count()).toBeLessThan(300);
    await list.search.fill('');
    await list.settled();
    await snap(app.page, 'list-officer');

    await app.page.goto(`${new URL(suite.host.url).origin}/#/audit`);
    await app.page.getByText('当前角色无权访问此页面').waitFor();
    await snap(app.page, 'audit-forbidden-officer');
    expect(app.problems).toEqual([]);
  });

  it('gives the reviewer the audit log, without registering', async () => {
    app = await signIn('reviewer');
    const shell = new AppShell(app.page);
    expect(await shell.menuLabels()).toEqual(['总览', '待办期限', '企业档案', '信用评价', '红黑名单', '分级分类监管', '定期公布', '验证文件', '签名密钥', '互联共享', '合作机构公钥', '回收站', '审计日志']);
    expect(await new EnterpriseListPage(app.page).register.count()).toBe(0);
    await shell.open('审计日志');
    await app.page.getByRole('button', { name: '校验哈希链' }).click();
    const verdict = app.page.getByTestId('audit-verify-result');
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/哈希链完整：共 \d+ 条记录，未发现问题/);
    await snap(app.page, 'audit-reviewer');
    expect(app.problems).toEqual([]);
  });

  it('gives the admin every page, keeps the session over a reload and signs out', async () => {
    app = await signIn('admin');
    const shell = new AppShell(app.page);
    expect(await shell.menuLabels()).toEqual(['总览', '待办期限', '企业档案', '信用评价', '红黑名单', '分级分类监管', '数据导入', '公告导入', '待核实', '定期公布', '验证文件', '签名密钥', '互联共享', '合作机构公钥', '回收站', '审计日志', '用户管理', '备份与恢复']);
    await shell.open('用户管理');
    await app.page.getByRole('cell', { name: 'officer', exact: true }).waitFor();
    await snap(app.page, 'users-admin');

    await app.page.reload();
    await app.page.getByRole('cell', { name: 'reviewer', exact: true }).waitFor();

    await shell.switchLanguage('English');
    expect(await shell.menuLabels()).toEqual(['Overview', 'Deadlines', 'Enterprises', 'Credit evaluation', 'Red and black lists', 'Tiered supervision', 'Import', 'Announcements', 'To verify', 'Publications', 'Verify a file', 'Signing keys', 'Exchange', 'Trusted keys', 'Trash', 'Audit log', 'Users', 'Backups']);
    await shell.open('Enterprises');
    await app.page.getByText('300 enterprises').waitFor();
    await snap(app.page, 'list-admin-english');
    await shell.switchLanguage('中文');

    await shell.logout.click();
    await new LoginPage(app.page).heading.waitFor();
    expect(app.problems).toEqual([]);
  });
});
