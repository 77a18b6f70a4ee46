import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { FirstStartPage } from './pages/first-start-page';

/** Enough rows for a few progress events (the backend reports every 20 000), still a few seconds. */
const DEMO_SIZE = 50_000;

describe('first start on an empty workspace', () => {
  const suite = appSuite();
  let app: AppPage;

  beforeAll(async () => {
    app = await suite.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('asks for the administrator and explains the rules in Chinese', async () => {
    const setup = new FirstStartPage(app.page);
    await setup.heading.waitFor();
    expect(await app.page.getByText('至少 8 位，且需包含字母和数字').count()).toBeGreaterThan(0);
    await setup.fill({ username: 'Chief', displayName: '王主任', password: 'abc', repeat: 'abd' });
    await setup.submit.click();
    await setup.message('用户名不符合规则').waitFor();
    await setup.message('密码强度不足').waitFor();
    await setup.message('两次输入的密码不一致').waitFor();
    await snap(app.page, 'first-start-validation');
  });

  it('creates the administrator, signs in and loads demo data with a progress bar', async () => {
    const setup = new FirstStartPage(app.page);
    await setup.fill({ username: 'chief', displayName: '王主任', password: 'Chief-2026-pw' });
    expect(await setup.loadDemo.isChecked()).toBe(true);
    expect(await setup.demoCount.inputValue()).toBe('200');
    await setup.demoCount.fill(String(DEMO_SIZE));
    await setup.demoCount.press('Enter');

    await setup.progress.waitFor();
    await app.page.getByText(/已完成 [1-9][\d,]* \/ 50,000/).waitFor({ timeout: 30_000 });
    await snap(app.page, 'first-start-progress');

    const list = new EnterpriseListPage(app.page);
    await list.heading.waitFor({ timeout: 60_000 });
    await list.settled();
    // Counting stops at 10,000 (an exact count of a million rows is not worth the wait): the list says "more than".
    expect(await list.count()).toBe(10_000);
    expect(await list.total.innerText()).toContain('超过');
    const shell = new AppShell(app.page);
    expect(await shell.currentUser.innerText()).toContain('王主任');
    expect(await shell.currentUser.innerText()).toContain('管理员');
    expect(await shell.workspace.innerText()).toContain(suite.workspace.dir);
    expect(await shell.menuLabels()).toEqual(['总览', '待办期限', '企业档案', '信用评价', '红黑名单', '分级分类监管', '数据导入', '公告导入', '待核实', '定期公布', '验证文件', '签名密钥', '互联共享', '合作机构公钥', '回收站', '审计日志', '用户管理', '备份与恢复']);
    await snap(app.page, 'first-start-done');
    expect(app.problems).toEqual([]);
  });
});
