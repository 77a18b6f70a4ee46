import { afterEach, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/core/identifiers/uscc';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { EnterpriseDetailPage } from './pages/enterprise-detail-page';
import { EnterpriseForm } from './pages/enterprise-form';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { LoginPage } from './pages/login-page';

/** Xiamen codes: the demo population is all Hunan (43…), so these are free to register. */
const PILOT_FIRST17 = '91350200776049653';
const PILOT_EXPECTED = usccCheckChar(PILOT_FIRST17) ?? '?';
const PILOT_WRONG = PILOT_EXPECTED === 'B' ? 'C' : 'B';
const PILOT_CODE = `${PILOT_FIRST17}${PILOT_WRONG}`;

describe('the enterprise archive', () => {
  const suite = appSuite({ demo: { enterprises: 300, seed: '7' } });
  let app: AppPage | undefined;


  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function signIn(username: string): Promise<EnterpriseListPage> {
    app = await suite.open();
    await new LoginPage(app.page).login(username, PASSWORD);
    const list = new EnterpriseListPage(app.page);
    await list.heading.waitFor();
    await list.settled();
    return list;
  }

  it('finds an enterprise by 2 and 4 characters of its name and by its full USCC, and opens it', async () => {
    const list = await signIn('officer');
    const [uscc] = await list.column(0);
    const [name] = await list.column(1);
    if (!uscc || !name) throw new Error('the demo list is empty');
    // Past the city prefix, so the part is the firm's own name rather than half the province.
    const two = name.slice(2, 4);
    const four = name.slice(2, 6);

    const byTwo = await list.searchFor(two);
    expect(byTwo).toBeGreaterThanOrEqual(1);
    for (const shown of await list.column(1)) expect(shown).toContain(two);
    await snap(list.page, 'search-two-chars');

    const byFour = await list.searchFor(four);
    expect(byFour).toBeGreaterThanOrEqual(1);
    expect(byFour).toBeLessThanOrEqual(byTwo);
    expect(await list.column(1)).toContain(name);
    await snap(list.page, 'search-four-chars');

    expect(await list.searchFor(uscc)).toBe(1);
    expect(await list.column(0)).toEqual([uscc]);
    await snap(list.page, 'search-uscc');

    // Keyboard: a focused row opens with Enter.
    await list.row(uscc).focus();
    await list.page.keyboard.press('Enter');
    const detail = new EnterpriseDetailPage(list.page);
    await detail.details.waitFor();
    expect(await detail.title.innerText()).toBe(name);
    expect(await detail.value('统一社会信用代码').innerText()).toContain(uscc);
    expect(await detail.value('所在地区').innerText()).toMatch(/^43\d{4} /);
    expect(await detail.history.count()).toBe(0);
    await snap(list.page, 'detail-officer');

    // Back keeps the search.
    await detail.back.click();
    await list.settled(uscc);
    expect(await list.search.inputValue()).toBe(uscc);
    expect(app?.problems).toEqual([]);
  });

  it('explains a malformed USCC in Chinese, keeps a confirmed pilot code, and refuses a duplicate', async () => {
    const list = await signIn('officer');
    await list.register.click();
    const form = new EnterpriseForm(list.page);
    await form.dialog.waitFor();

    await form.uscc.fill('9135020077604965');
    await form.fieldError('统一社会信用代码').getByText('统一社会信用代码格式错误：应为 18 位（当前 16 位）').waitFor();
    await snap(list.page, 'form-uscc-length');
    await form.uscc.fill('9135020077604965IO');
    await form.fieldError('统一社会信用代码').getByText('含有不允许的字符（不使用 I、O、S、V、Z）', { exact: false }).waitFor();

    await form.uscc.fill(PILOT_CODE);
    await form.fieldError('统一社会信用代码').getByText(`按 GB 32100 计算第 18 位应为 ${PILOT_EXPECTED}`, { exact: false }).waitFor();
    await form.fill({ name: '厦门试点质检有限公司', region: '350200', industry: '食品制造', legalRepresentative: '陈明', address: '厦门市思明区湖滨南路 1 号' });
    await snap(list.page, 'form-uscc-check-mismatch');
    await form.save.click();
    // Not saved without the confirmation: the dialog stays with the message.
    expect(await form.dialog.isVisible()).toBe(true);
    await form.acknowledge.check();
    await form.fieldError('统一社会信用代码').waitFor({ state: 'detached' });
    await form.save.click();

    const detail = new EnterpriseDetailPage(list.page);
    await detail.details.waitFor();
    expect(await detail.title.innerText()).toBe('厦门试点质检有限公司');
    expect(await detail.value('统一社会信用代码').innerText()).toContain('早期试点代码（已确认保留）');
    expect(await detail.value('所在地区').innerText()).toContain('350200');
    expect(await detail.value('行业').innerText()).toContain('C14');
    await snap(list.page, 'detail-created-pilot');

    // The same code again: the backend refuses, and says so on the USCC field.
    await detail.back.click();
    await list.register.click();
    const again = new EnterpriseForm(list.page);
    await again.uscc.fill(PILOT_CODE);
    await again.acknowledge.check();
    await again.fill({ name: '另一家公司', region: '350200', industry: '食品制造' });
    await again.save.click();
    await again.fieldError('统一社会信用代码').getByText('该统一社会信用代码已登记', { exact: false }).waitFor();
    await snap(list.page, 'form-uscc-duplicate');
    await list.page.keyboard.press('Escape');
    await again.dialog.waitFor({ state: 'hidden' });
    expect(app?.problems).toEqual([]);
  });

  it('shows the reviewer the change history of an edited enterprise', async () => {
    const officerList = await signIn('officer');
    await officerList.searchFor(PILOT_CODE);
    await officerList.row(PILOT_CODE).click();
    const detail = new EnterpriseDetailPage(officerList.page);
    await detail.edit.click();
    const form = new EnterpriseForm(officerList.page, '编辑企业信息');
    await form.dialog.getByLabel('法定代表人').fill('林志远');
    await form.dialog.getByLabel('法定代表人').press('Enter');
    await form.dialog.waitFor({ state: 'hidden' });
    await detail.value('法定代表人').getByText('林志远').waitFor();
    await app?.close();

    const list = await signIn('reviewer');
    await list.searchFor(PILOT_CODE);
    await list.row(PILOT_CODE).click();
    const reviewed = new EnterpriseDetailPage(list.page);
    await reviewed.openHistory();
    await reviewed.history.getByText('陈明').first().waitFor();
    const history = await reviewed.history.innerText();
    expect(history).toContain('登记企业');
    expect(history).toContain('修改企业信息');
    expect(history).toContain('officer');
    expect(history).toMatch(/法定代表人：\s*陈明\s*→\s*林志远/);
    expect(await reviewed.edit.count()).toBe(0);
    await snap(list.page, 'detail-reviewer-history');
    expect(app?.problems).toEqual([]);
  });
});
