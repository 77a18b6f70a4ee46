import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { appSuite } from './support/suite';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { FirstStartPage } from './pages/first-start-page';

describe('cancelling the demo data on first start', () => {
  const suite = appSuite();
  let app: AppPage;

  beforeAll(async () => {
    app = await suite.open();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('asks before cancelling, then writes nothing and shows the empty list', async () => {
    const setup = new FirstStartPage(app.page);
    await setup.heading.waitFor();
    await setup.fill({ username: 'admin', displayName: '系统管理员', password: 'Admin-2026-pw' });
    // Large enough (about 15 s) that the cancel surely lands mid-way.
    await setup.demoCount.fill('200000');
    await setup.submit.click();

    await app.page.getByText(/已完成 [1-9][\d,]* \/ 200,000/).waitFor({ timeout: 30_000 });
    await setup.cancel.click();
    await app.page.getByRole('dialog', { name: '确定取消生成演示数据？' }).waitFor();
    await snap(app.page, 'demo-cancel-confirm');
    await app.page.getByRole('button', { name: '继续生成' }).click();
    expect(await setup.progress.isVisible()).toBe(true);

    await setup.confirmCancel();
    const list = new EnterpriseListPage(app.page);
    await list.heading.waitFor({ timeout: 30_000 });
    await app.page.getByText('已取消演示数据生成，未写入任何数据').waitFor();
    await list.settled();
    expect(await list.count()).toBe(0);
    await app.page.getByText('暂无企业，可点击“登记企业”或载入演示数据').waitFor();
    await snap(app.page, 'demo-cancel-empty-list');
    expect(app.problems).toEqual([]);
  });
});
