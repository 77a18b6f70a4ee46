import { afterEach, describe, expect, it } from 'vitest';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { seedTodo, type SeededTodo } from './support/todo-seed';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { TodoPage } from './pages/todo-page';

describe('待办期限: deadlines missed or due soon, and a banned person serving elsewhere', () => {
  let seeded: SeededTodo | undefined;
  const suite = appSuite({ demo: { enterprises: 20, seed: 'todo' }, prepare: (ws) => { seeded = seedTodo(ws); } });
  const scene = (): SeededTodo => {
    if (!seeded) throw new Error('the scene was not seeded');
    return seeded;
  };
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function openTodo(): Promise<{ app: AppPage; todo: TodoPage }> {
    const opened = await suite.open();
    await new LoginPage(opened.page).login('officer', PASSWORD);
    const shell = new AppShell(opened.page);
    await shell.currentUser.waitFor();
    await shell.open('待办期限');
    const todo = new TodoPage(opened.page);
    await todo.settled();
    return { app: opened, todo };
  }

  it('lists the overdue publication first, then the one due soon, with their tags', async () => {
    const s = scene();
    const opened = await openTodo();
    app = opened.app;
    const { todo } = opened;
    await todo.row(s.soonFirm).waitFor();
    const overdue = await todo.row(s.overdueFirm).innerText();
    expect(overdue).toContain('逾期');
    expect(overdue).toContain('列入决定公示期限');
    expect(await todo.row(s.soonFirm).innerText()).toContain('即将到期');
    const ban = await todo.row(s.servingFirm).innerText();
    expect(ban).toContain('被列入名单人员担任其他企业法定代表人');
    expect(ban).toContain(s.bannedPerson);
    // Overdue items come before the ones due soon.
    const tags = await todo.rows.locator('td:first-child').allInnerTexts();
    expect(tags.indexOf('即将到期')).toBeGreaterThan(tags.lastIndexOf('逾期'));
    await snap(app.page, 'todo-list');
    expect(app.problems).toEqual([]);
  });

  it('filters by kind, and opens the list entry from its item', async () => {
    const s = scene();
    const opened = await openTodo();
    app = opened.app;
    const { todo } = opened;
    await app.page.getByRole('combobox', { name: '事项类型' }).click();
    await app.page.locator('.ant-select-dropdown:visible').getByText('失信人员任职', { exact: true }).click();
    await app.page.keyboard.press('Escape');
    await todo.row(s.servingFirm).waitFor();
    await expect.poll(() => todo.rows.count()).toBe(1);
    await app.page.getByRole('combobox', { name: '事项类型' }).click();
    await app.page.locator('.ant-select-dropdown:visible').getByText('失信人员任职', { exact: true }).click();
    await app.page.locator('.ant-select-dropdown:visible').getByText('名单期限', { exact: true }).click();
    await app.page.keyboard.press('Escape');
    await todo.row(s.soonFirm).waitFor();
    await expect.poll(() => todo.rows.count()).toBe(2);
    await snap(app.page, 'todo-filtered');
    await todo.openRow(s.overdueFirm);
    const drawer = app.page.getByTestId('list-entry-drawer');
    await drawer.waitFor();
    await expect.poll(() => drawer.innerText()).toContain(s.overdueUid);
    expect(app.page.url()).toContain('#/lists/');
    await snap(app.page, 'todo-entry');
    expect(app.problems).toEqual([]);
  });

  it('leads to the dossier of the enterprise the banned person now represents, which warns of it', async () => {
    const s = scene();
    const opened = await openTodo();
    app = opened.app;
    await opened.todo.openRow(s.servingFirm);
    const warning = app.page.getByTestId('dossier-ban-warnings');
    await warning.waitFor();
    const text = await warning.innerText();
    expect(text).toContain('失信限制：法定代表人被列入名单');
    expect(text).toContain(s.bannedPerson);
    expect(text).toContain(s.listedFirm);
    await snap(app.page, 'todo-dossier-ban');
    expect(app.problems).toEqual([]);
  });

  it('总览 counts what is overdue and due soon, and leads to the to-do view', async () => {
    app = await suite.open();
    await new LoginPage(app.page).login('officer', PASSWORD);
    const shell = new AppShell(app.page);
    await shell.currentUser.waitFor();
    await shell.open('总览');
    const line = app.page.getByTestId('home-todo');
    await line.waitFor();
    expect(await line.innerText()).toMatch(/逾期 [1-9]\d*[\s\S]*即将到期 [1-9]\d*/);
    await snap(app.page, 'todo-home');
    await line.getByRole('button', { name: '查看待办期限' }).click();
    await new TodoPage(app.page).settled();
    expect(app.page.url()).toContain('#/todo');
    expect(app.problems).toEqual([]);
  });
});
