import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/backend/workspace/open';
import { uscc } from '../backend/io/import-fixtures';
import { tempDir } from '../helpers/workspace';
import { snap, type AppPage } from './support/browser';
import { signInTo } from './support/sign-in';
import { appSuite } from './support/suite';
import { AppShell } from './pages/app-shell';
import { AnnouncementsPage } from './pages/announcements-page';
import { DossierPage } from './pages/dossier-page';
import { EnterpriseListPage } from './pages/enterprise-list-page';
import { ReviewPage } from './pages/review-page';

/** Registered firms the table names with their codes: linked at once. */
const CODED = [
  { uscc: uscc(801), name: '湖南澜泉电线电缆有限公司', region: '430102', address: '湖南省长沙市岳麓区麓谷大道 88 号' },
  { uscc: uscc(802), name: '株洲砚溪电缆有限公司', region: '430202', address: '湖南省株洲市荷塘区新华路 12 号' },
] as const;
/** Registered firms the table names without a code and in another form: candidates for 待核实. */
const NAMED = [
  { uscc: uscc(803), name: '湘潭市栖枫电器有限公司', inTable: '湘潭栖枫电器有限公司', sampledOn: '2026-01-14', region: '430304', address: '湖南省湘潭市岳塘区建设南路 5 号', product: '电热水壶' },
  { uscc: uscc(804), name: '衡阳鹭汀塑业有限公司', inTable: '衡阳鹭汀塑业有限责任公司', sampledOn: '2026-01-15', region: '430405', address: '湖南省衡阳市珠晖区东风路 31 号', product: '电线槽' },
] as const;
/** Named without a code and not registered: 未能识别. */
const UNKNOWN = '邵阳市某某灯具厂';
const LAB = '湖南省产品质量检验研究院';

/**
 * A provincial spot-check result table as published: two title rows, a header whose sampling
 * date column is headed 采样日期 (no synonym of 抽样日期), a firm whose two products share its
 * merged serial, name, code and place cells, codes on some firms and names only on others, and
 * a footnote.
 */
function announcement(): Buffer {
  const [a, b] = CODED;
  const [c, d] = NAMED;
  const rows: (string | number | null)[][] = [
    ['2026年湖南省电线电缆及家用电器产品质量省级监督抽查结果'],
    ['（第一批，按被抽查企业所在地排序）'],
    ['序号', '标称生产企业名称', '统一社会信用代码', '所在地', '产品名称', '规格型号', '生产日期', '采样日期', '检验结论', '主要不合格项目', '承检机构'],
    [1, a.name, a.uscc, '湖南省长沙市', '聚氯乙烯绝缘电线', 'BV 2.5mm²', '2025-10-08', '2026-01-12', '不合格', '导体电阻', LAB],
    [null, null, null, null, '交联聚乙烯绝缘电力电缆', 'YJV 3×4', '2025-09-20', '2026-01-12', '合格', '/', LAB],
    [2, b.name, b.uscc, '湖南省株洲市', '控制电缆', 'KVV 4×1.5', '2025-11-02', '2026-01-13', '合格', '/', LAB],
    [3, c.inTable, '', '湖南省湘潭市', c.product, 'SH-15A', '2025-10-15', c.sampledOn, '不合格', '泄漏电流、标志和说明', LAB],
    [4, d.inTable, '', '湖南省衡阳市', d.product, 'PVC-40', '2025-08', d.sampledOn, '合格', '/', LAB],
    [5, UNKNOWN, '', '湖南省邵阳市', 'LED 筒灯', 'TD-12W', '2025-12-01', '2026-01-16', '合格', '/', LAB],
    ['注：“/”表示无不合格项目；生产日期以样品标称为准。'],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  // The first firm's cells span both of its product rows (rows 4–5 of the sheet, 0-based 3–4).
  sheet['!merges'] = [0, 1, 2, 3].map((c) => ({ s: { r: 3, c }, e: { r: 4, c } }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, '抽查结果');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('公告导入: a provincial spot-check table, a corrected column, two firms resolved and their dossiers', () => {
  const suite = appSuite({
    demo: { enterprises: 20, seed: 'announcements' },
    prepare: (ws) => {
      const db = new Database(join(ws.dir, DB_FILE));
      try {
        const insert = db.prepare(`INSERT INTO enterprises (uscc, name, region_code, industry_code, address, legal_representative, status, created_at, updated_at)
          VALUES (?, ?, ?, 'C38', ?, '', 'active', '2026-01-01T09:00:00.000+08:00', '2026-01-01T09:00:00.000+08:00')`);
        db.transaction(() => { for (const f of [...CODED, ...NAMED]) insert.run(f.uscc, f.name, f.region, f.address); })();
      } finally {
        db.close();
      }
    },
  });
  const files = tempDir('qcd-e2e-announcements-');
  afterAll(() => files.cleanup());
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports the table with one column mapped by hand, resolves two firms in 待核实, and shows their spot checks on the dossiers', async () => {
    const file = join(files.dir, '2026年第1批电线电缆家电省抽结果.xlsx');
    writeFileSync(file, announcement());
    app = await signInTo(suite, 'officer', '公告导入');
    const page = new AnnouncementsPage(app.page);
    await page.heading.waitFor();
    await snap(app.page, 'announcements-01-empty');

    // What the layout finder made of it: the header row under the two title rows, six data rows, the footnote.
    await page.upload(file);
    expect(await page.layout.getByTestId('announce-sheet').innerText()).toBe('抽查结果');
    expect(await page.layout.getByTestId('announce-header-rows').innerText()).toBe('3');
    expect(await page.layout.getByTestId('announce-data-rows').innerText()).toBe('6 行');
    expect(await page.layout.getByTestId('announce-footnotes').innerText()).toContain('“/”表示无不合格项目');
    // 采样日期 is no synonym: 抽样日期 is left empty and the column is listed as unused.
    expect(await page.mapping.innerText()).toContain('未使用的列：采样日期');
    expect(await page.fieldRow('抽样日期').innerText()).not.toContain('采样日期');
    expect(await page.previewHeaders()).not.toContain('采样日期');
    expect(await page.fieldRow('抽查结果').innerText()).toContain('检验结论');
    // The continuation row takes the firm from the merged cells above it.
    expect(await page.row(5).innerText()).toContain(CODED[0].name);
    expect(await page.counts.innerText()).toBe('共 6 行：可导入 3 行，待核实企业 3 行，不能导入 0 行');
    expect(await page.firms.innerText()).toBe('企业：2 家已确认，2 家待核实，1 家未能识别');
    await snap(app.page, 'announcements-02-layout');
    await page.fieldRow('抽样日期').scrollIntoViewIfNeeded();
    await snap(app.page, 'announcements-03-mapping-found');

    // The officer reads 抽样日期 from 采样日期 and has the file checked again.
    await page.mapColumn('抽样日期', '采样日期');
    await page.recheck.click();
    await page.fieldRow('抽样日期').getByText('人工指定').waitFor();
    expect(await page.fieldRow('抽样日期').innerText()).toContain('采样日期');
    await expect.poll(() => page.previewHeaders()).toContain('采样日期');
    expect(await page.row(7).innerText()).toContain('2026-01-14');
    // The result as the officer says it, not its stored code.
    expect(await page.row(7).innerText()).toContain('不合格');
    expect(await page.row(7).innerText()).not.toMatch(/\bfail\b/);
    expect(await page.mapping.innerText()).not.toContain('未使用的列');
    expect(await page.counts.innerText()).toBe('共 6 行：可导入 3 行，待核实企业 3 行，不能导入 0 行');
    await page.fieldRow('抽样日期').scrollIntoViewIfNeeded();
    await snap(app.page, 'announcements-04-mapping-corrected');
    // The preview scrolled sideways to the column now read.
    await page.row(7).getByText('2026-01-14').scrollIntoViewIfNeeded();
    await snap(app.page, 'announcements-05-rows');

    await page.commit.click();
    await page.done.waitFor();
    expect(await page.done.innerText()).toContain('共 6 行：已关联企业 3 行，待核实企业 3 行，未导入 0 行');
    await snap(app.page, 'announcements-06-committed');

    // 待核实: the two registered firms come with their candidates; the unknown one with none.
    await page.done.getByRole('button', { name: '去核实企业' }).click();
    const review = new ReviewPage(app.page);
    await review.settled();
    await review.group(UNKNOWN).waitFor();
    expect(await review.count.innerText()).toBe('3 家企业，3 条记录待核实');
    for (const f of NAMED) {
      const candidate = review.candidate(f.inTable, f.name);
      await candidate.waitFor();
      const text = await candidate.innerText();
      expect(text).toContain(f.uscc);
      expect(text).toContain('字号 1.00');
      expect(await review.group(f.inTable).innerText()).toContain(f.product);
    }
    expect(await review.group(UNKNOWN).innerText()).toContain('登记库中没有相近的企业');
    await snap(app.page, 'announcements-07-review');
    for (const f of NAMED) {
      expect(await review.same(f.inTable, f.name)).toContain('（1 条记录）');
      await review.group(f.inTable).waitFor({ state: 'detached' });
    }
    await expect.poll(() => review.count.innerText()).toBe('1 家企业，1 条记录待核实');
    await snap(app.page, 'announcements-08-review-resolved');
    await app.page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });

    // Each resolved firm's dossier has the spot check under 监督抽查.
    const shell = new AppShell(app.page);
    const list = new EnterpriseListPage(app.page);
    const dossier = new DossierPage(app.page);
    for (const [i, f] of NAMED.entries()) {
      await shell.open('企业档案');
      await list.heading.waitFor();
      expect(await list.searchFor(f.name)).toBe(1);
      await list.row(f.name).click();
      await dossier.details.waitFor();
      expect(await dossier.title.innerText()).toBe(f.name);
      await dossier.openTab('监督抽查 (1)');
      const spot = app.page.locator('[data-testid="records-spot-checks"][aria-busy="false"]');
      await spot.getByText(f.product, { exact: false }).first().waitFor();
      // Sampled on the day the corrected column gives, not on the announcement's date.
      expect(await spot.innerText()).toContain(`${f.product}（抽样 ${f.sampledOn}）`);
      await snap(app.page, `announcements-${10 + i}-dossier-${i + 1}`);
    }
    // The coded firm has both products of its merged rows.
    await shell.open('企业档案');
    await list.heading.waitFor();
    await list.searchFor(CODED[0].uscc);
    await list.row(CODED[0].name).click();
    await dossier.details.waitFor();
    await dossier.openTab('监督抽查 (2)');
    const coded = app.page.locator('[data-testid="records-spot-checks"][aria-busy="false"]');
    await coded.getByText('交联聚乙烯绝缘电力电缆', { exact: false }).first().waitFor();
    expect(await coded.innerText()).toContain('聚氯乙烯绝缘电线');
    await snap(app.page, 'announcements-12-dossier-coded');
    expect(app.problems).toEqual([]);
  });
});
