import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/core/identifiers/uscc';
import { snap, type AppPage } from './support/browser';
import { PASSWORD } from './support/host';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { DossierPage } from './pages/dossier-page';
import { EnterpriseForm } from './pages/enterprise-form';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { FormFields } from './pages/form-fields';
import { ImportPage } from './pages/import-page';
import { LoginPage } from './pages/login-page';

/** A Xiamen code (the demo population is all Hunan, 43…), valid with its check character. */
const withCheck = (first17: string) => `${first17}${usccCheckChar(first17) ?? '?'}`;
const FIRST17 = '91350200MA31LUDA5';
const GOOD = withCheck(FIRST17);
const MISTYPED = `${FIRST17}${GOOD.endsWith('B') ? 'C' : 'B'}`;
const NAME = '厦门鹭岛质检仪器有限公司';
/** A 16×16 red square. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAF0lEQVR4nGP4z8BAEiJN9aiGUQ1DSgMAkPn/Afnh+ngAAAAASUVORK5CYII=';

/** Dates relative to today (the follow-up refuses future dates), in Beijing. */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
}

async function spreadsheet(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('企业');
  sheet.addRow(['统一社会信用代码', '企业名称', '行政区划代码', '行业代码', '法定代表人']);
  sheet.addRow([withCheck('91350200MA31KMP01'), '厦门导入甲号食品有限公司', '350200', 'C14', '李甲']);
  sheet.addRow([withCheck('91350200MA31KMP02'), '厦门导入乙号食品有限公司', '350200', 'C14', '李乙']);
  sheet.addRow([`91350200MA31KMP03${usccCheckChar('91350200MA31KMP03') === 'B' ? 'C' : 'B'}`, '厦门导入丙号食品有限公司', '350200', 'C14', '李丙']);
  sheet.addRow([withCheck('91350200MA31KMP04'), '', '350200', 'C14', '李丁']);
  sheet.addRow([withCheck('91350200MA31KMP05'), '厦门导入戊号食品有限公司', '350200', 'C14', '李戊']);
  const file = join(mkdtempSync(join(tmpdir(), 'qcd-import-')), '企业导入.xlsx');
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

describe('the enterprise dossier', () => {
  const suite = appSuite({ demo: { enterprises: 40, seed: '23' } });
  let app: AppPage | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function signIn(): Promise<EnterpriseListPage> {
    app = await suite.open();
    await new LoginPage(app.page).login('officer', PASSWORD);
    const list = new EnterpriseListPage(app.page);
    await list.heading.waitFor();
    await list.settled();
    return list;
  }

  it('refuses a mistyped USCC, registers the fixed one, and walks a failed spot check to a passed recheck', async () => {
    const list = await signIn();
    await list.register.click();
    const form = new EnterpriseForm(list.page);
    await form.uscc.fill(MISTYPED);
    await form.fill({ name: NAME, region: '350200', industry: '食品制造', legalRepresentative: '王晓鹭' });
    await form.save.click();
    await form.fieldError('统一社会信用代码').getByText(`按 GB 32100 计算第 18 位应为 ${GOOD.slice(-1)}`, { exact: false }).waitFor();
    expect(await form.dialog.isVisible()).toBe(true);
    await snap(list.page, 'dossier-01-uscc-mistyped');
    await form.uscc.fill(GOOD);
    await form.fieldError('统一社会信用代码').waitFor({ state: 'detached' });
    await form.save.click();

    const dossier = new DossierPage(list.page);
    await dossier.details.waitFor();
    expect(await dossier.title.innerText()).toBe(NAME);
    await dossier.lists.getByText('未列入任何名单').waitFor();
    await dossier.followUps.getByText('无未结的抽查后处理').waitFor();
    await list.page.getByText('该企业暂无信用记录').waitFor();
    await snap(list.page, 'dossier-02-empty');

    // A failed spot check, typed with a mistake the form catches as it is typed.
    await dossier.openTab('监督抽查');
    await list.page.getByRole('button', { name: '新增监督抽查' }).click();
    const spot = dossier.recordForm('新增监督抽查记录');
    await spot.fields.choose('结论', '不合格');
    await spot.fields.text('作出机关或单位', '厦门市市场监督管理局');
    await spot.fields.choose('计划类型', '市级监督抽查');
    await spot.fields.text('产品名称', '电子血压计');
    await spot.fields.text('规格型号', 'BP-200');
    await spot.fields.date('抽样日期', daysAgo(60));
    await spot.fields.text('不合格项目', '示值误差、电磁兼容');
    await spot.save.click();
    await spot.fields.error('结果日期').getByText('已有检验结论时必填', { exact: false }).waitFor();
    await snap(list.page, 'dossier-03-spot-check-form-error');
    await spot.fields.date('结果日期', daysAgo(50));
    await spot.fields.error('结果日期').waitFor({ state: 'detached' });
    await spot.save.click();

    await dossier.record.waitFor();
    await dossier.spotState.getByText('不合格（通知企业）').waitFor();
    await snap(list.page, 'dossier-04-spot-check-failed');
    await dossier.recordStep('送达检验结果', daysAgo(45), '厦市监抽通〔2026〕17号');
    await dossier.spotState.getByText('不合格（通知企业）').waitFor();
    await dossier.recordStep('责令整改', daysAgo(40), '厦市监责改〔2026〕9号');
    await dossier.spotState.getByText('责令整改').waitFor();
    await dossier.record.getByTestId('spot-check-deadlines').getByText('第一次复查期限').waitFor();
    await snap(list.page, 'dossier-05-rectification');
    await dossier.recordStep('企业提交整改报告', daysAgo(20));
    await dossier.recordStep('开始检验（复查抽样）', daysAgo(10));
    await dossier.spotState.getByText('第一次复查').waitFor();
    await dossier.recordStep('复查合格', daysAgo(3), '厦市监复查〔2026〕3号');
    await dossier.spotState.getByText('复查合格（已结案）').waitFor();
    const history = await dossier.record.getByTestId('spot-check-events').innerText();
    for (const step of ['检验不合格', '送达检验结果', '责令整改', '企业提交整改报告', '复查合格']) expect(history).toContain(step);
    await snap(list.page, 'dossier-06-recheck-passed');
    await list.page.keyboard.press('Escape');
    await dossier.record.waitFor({ state: 'hidden' });

    await dossier.openTab('时间线');
    await dossier.timeline.getByText('电子血压计', { exact: false }).waitFor();
    expect(await dossier.timeline.locator('[data-effect="negative"]').count()).toBe(1);
    await snap(list.page, 'dossier-07-timeline');

    await dossier.openTab('变更历史');
    await dossier.history.getByText('登记抽查后处理步骤').first().waitFor();
    await snap(list.page, 'dossier-08-history');
    expect(app?.problems).toEqual([]);
  });

  it('adds a product and evidence, deletes the product to the trash and restores it', async () => {
    const list = await signIn();
    await list.searchFor(GOOD);
    await list.row(GOOD).click();
    const dossier = new DossierPage(list.page);
    await dossier.details.waitFor();

    await dossier.openTab('产品');
    await list.page.getByRole('button', { name: '登记产品' }).click();
    const dialog = list.page.getByRole('dialog', { name: '登记产品' });
    const fields = new FormFields(list.page, dialog);
    await fields.text('产品名称', '电子血压计');
    await fields.text('商品条码（GTIN）', '6901234567890');
    await fields.error('商品条码（GTIN）').getByText('商品条码无效', { exact: false }).waitFor();
    await fields.text('商品条码（GTIN）', '6901234567892');
    await fields.text('规格型号', 'BP-200');
    await fields.choose('风险等级', 'Ⅱ');
    await fields.field('规格型号').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await list.page.getByTestId('products').getByText('6901234567892').waitFor();
    await snap(list.page, 'dossier-09-products');

    await dossier.openTab('附件');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await list.page.getByTestId('dossier-attachments').getByTestId('attachment-input').setInputFiles({ name: '整改报告.pdf', mimeType: 'application/pdf', buffer: pdf });
    await list.page.getByTestId('dossier-attachments').getByText('整改报告.pdf').waitFor();
    await list.page.getByRole('button', { name: '打开附件 整改报告.pdf' }).click();
    const viewer = list.page.getByRole('dialog', { name: '整改报告.pdf' });
    await viewer.locator('iframe, .ant-alert').first().waitFor();
    await snap(list.page, 'dossier-10-attachment-viewer');
    await list.page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'hidden' });
    // An image opens in place as a data URL, which the policy admits.
    await list.page.getByTestId('dossier-attachments').getByTestId('attachment-input').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await list.page.getByRole('button', { name: '打开附件 现场照片.png' }).click();
    const photo = list.page.getByRole('dialog', { name: '现场照片.png' });
    await photo.getByRole('img', { name: '现场照片.png' }).waitFor();
    await snap(list.page, 'dossier-10b-attachment-image');
    await list.page.keyboard.press('Escape');
    await photo.waitFor({ state: 'hidden' });

    await dossier.openTab('产品');
    await list.page.getByTestId('products').getByRole('button', { name: '删除' }).click();
    const ask = list.page.getByRole('dialog', { name: '删除产品' });
    await ask.getByRole('button', { name: '确定删除' }).click();
    await ask.getByText('请填写删除原因').waitFor();
    await ask.getByLabel('删除原因').fill('重复登记');
    await ask.getByLabel('删除原因').press('Enter');
    await ask.waitFor({ state: 'detached' });
    await list.page.getByText('暂无产品，可点击“登记产品”').waitFor();

    await new AppShell(list.page).open('回收站');
    const trash = list.page.getByTestId('trash');
    await trash.getByText('重复登记').waitFor();
    await snap(list.page, 'dossier-11-trash');
    await list.page.getByRole('button', { name: '恢复 电子血压计' }).click();
    await list.page.getByRole('dialog', { name: '从回收站恢复？' }).getByRole('button', { name: '恢复' }).click();
    await list.page.getByText('已恢复：电子血压计').waitFor();
    // Until the host's and the shell's policies admit `frame-src blob:`, the PDF frame is refused
    // (the viewer then offers the download): that refusal is the one console error expected.
    expect(app?.problems.filter((p) => !/Framing 'blob:/.test(p))).toEqual([]);
  });

  it('imports a spreadsheet leaving out the bad rows, then undoes the batch', async () => {
    const list = await signIn();
    await new AppShell(list.page).open('数据导入');
    const wizard = new ImportPage(list.page);
    await wizard.heading.waitFor();
    await wizard.file.setInputFiles(await spreadsheet());
    await wizard.counts.getByText('共 5 行：有效 3 行，无效 2 行').waitFor();
    // Rows 4 and 5 of the sheet are bad: refused, and their boxes cannot be ticked.
    expect(await wizard.acceptBox(4).isDisabled()).toBe(true);
    expect(await wizard.acceptBox(5).isChecked()).toBe(false);
    await list.page.getByTestId('import-rows').getByText('企业名称', { exact: false }).first().waitFor();
    // The officer also leaves out one good row.
    await wizard.acceptBox(6).uncheck();
    await wizard.accepted.getByText('将导入 2 行，不导入 3 行').waitFor();
    await snap(list.page, 'dossier-12-import-preview');
    await list.page.getByRole('button', { name: '确认导入 2 行' }).click();
    await wizard.done.getByText('已导入 2 行').waitFor();
    await wizard.batches.getByText('企业导入.xlsx').waitFor();
    await snap(list.page, 'dossier-13-import-done');

    await new AppShell(list.page).open('企业档案');
    expect(await list.searchFor('导入甲号')).toBe(1);
    await new AppShell(list.page).open('数据导入');
    await wizard.batches.getByRole('button', { name: /^撤销第 \d+ 批导入$/ }).click();
    const confirm = list.page.getByRole('dialog', { name: /^撤销第 \d+ 批导入？$/ });
    await snap(list.page, 'dossier-14-import-undo-confirm');
    await confirm.getByRole('button', { name: '确定撤销' }).click();
    await wizard.batches.getByText('已由 officer', { exact: false }).waitFor();
    await new AppShell(list.page).open('企业档案');
    expect(await list.searchFor('导入甲号')).toBe(0);
    expect(app?.problems).toEqual([]);
  });

  it('finds the enterprise by two characters of its name and by a failed spot check since a date', async () => {
    const list = await signIn();
    const hits = await list.searchFor('鹭岛');
    expect(hits).toBeGreaterThanOrEqual(1);
    for (const shown of await list.column(1)) expect(shown).toContain('鹭岛');
    await snap(list.page, 'dossier-15-search-two-chars');

    await list.searchFor('');
    const fields = new FormFields(list.page, list.page.getByTestId('enterprise-list'));
    await fields.choose('记录类型', '监督抽查');
    await fields.choose('记录结论', '不合格');
    await fields.date('起始日期', daysAgo(90));
    await list.row(NAME).waitFor();
    await snap(list.page, 'dossier-16-search-record-facts');
    expect(app?.problems).toEqual([]);
  });
});
