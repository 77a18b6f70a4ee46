// Bench: a 6,000-row provincial spot-check table (.xlsx, title rows, continuation rows, codes on
// a third of the firms, names alone on the rest) imported through the router — preview and
// commit, matching included — against a workspace of 20,000 registered enterprises.
// Run alone: npx tsx test/bench/announcements.ts [--rows 6000] [--enterprises 20000]
import * as XLSX from '@e965/xlsx';
import type Database from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { SPOT_CHECK_SYNONYMS } from '../../src/core/import-parse/header-synonyms';
import { readAnnouncement } from '../../src/backend/io/layout/read-announcement';
import { uscc } from '../backend/io/import-fixtures';
import { tempDir } from '../helpers/workspace';
import { benchBackend, value } from './bench-backend';

const PREFIXES = ['湖南', '长沙', '株洲', '湘潭', '衡阳', '岳阳', '常德', '广东', '浙江', '江苏'];
const CHARS = '华兴宏达金鑫鸿泰恒昌瑞丰盛源通德信诚永安康明阳光辉远航天宇新星华美佳利嘉和顺益民祥福万家富贵';
const TRADES = ['电器', '电缆', '电线', '塑业', '食品', '五金', '照明', '家具', '纺织', '机械'];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '厂'];

/** A small deterministic generator: the same seed gives the same workspace and table. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function firmName(r: () => number): string {
  const pick = <T>(xs: readonly T[] | string): T | string => xs[Math.floor(r() * xs.length)] ?? '';
  return `${String(pick(PREFIXES))}${String(pick(CHARS))}${String(pick(CHARS))}${String(pick(TRADES))}${String(pick(FORMS))}`;
}

function seedWorkspace(db: Database.Database, n: number, r: () => number): string[] {
  const insert = db.prepare(`INSERT INTO enterprises (uscc, name, region_code, industry_code, address, status, created_at, updated_at)
    VALUES (?, ?, '430102', 'C38', ?, 'active', '2026-01-01T00:00:00+08:00', '2026-01-01T00:00:00+08:00')`);
  const names: string[] = [];
  db.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const name = firmName(r);
      names.push(name);
      insert.run(uscc(i), name, `湖南省长沙市某区${i}号`);
    }
  })();
  return names;
}

const HEADER = ['序号', '标称生产企业名称', '所在地', '统一社会信用代码', '产品名称', '商标', '规格型号', '生产日期/批号', '抽查结果', '主要不合格项目', '承检机构'];

function table(rows: number, registered: readonly string[], r: () => number): Buffer {
  const aoa: (string | number | null)[][] = [['2025年湖南省产品质量省级监督抽查结果'], ['（按行政区域排序）'], HEADER];
  let serial = 0;
  for (let i = 0; i < rows; i++) {
    const continuation = i % 6 === 5;
    if (!continuation) serial++;
    const k = Math.floor(r() * registered.length);
    const kind = serial % 3;
    const name = kind === 2 ? firmName(r) : (registered[k] ?? '');
    const fail = i % 4 === 0;
    aoa.push([
      continuation ? null : serial, continuation ? null : name, continuation ? null : '湖南', continuation || kind !== 1 ? null : uscc(k + 1),
      `产品${i % 50}`, `牌${i % 13}`, `型号${i % 9}`, i % 2 === 0 ? '2025-03-18' : `2025-04/B${i}`, fail ? '不合格' : '合格', fail ? '标签、发热' : '/', '湖南省产品质量检验研究院',
    ]);
  }
  aoa.push(['注：按行政区域排序。']);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '抽查结果');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export type AnnouncementBench = {
  label: string;
  seconds: number;
  /** Reading and parsing the file alone (no matching, no database): the floor of the import. */
  baseline: { label: string; seconds: number };
  previewSeconds: number;
  commitSeconds: number;
  rows: number;
  imported: number;
  review: number;
  rejected: number;
  enterprises: number;
  limitSeconds: number;
};

/** Measures preview + commit of a provincial table against a populated register. */
export async function announcementBench(options: { rows?: number; enterprises?: number; seed?: number } = {}): Promise<AnnouncementBench> {
  const rows = options.rows ?? 6000;
  const enterprises = options.enterprises ?? 20_000;
  const r = rng(options.seed ?? 8);
  const t = tempDir('qcd-bench-announce-');
  const b = await benchBackend(t.dir);
  try {
    const names = seedWorkspace(b.backend.ws.db, enterprises, r);
    const bytes = table(rows, names, r);
    const readStart = performance.now();
    const read = readAnnouncement(bytes, 'bench.xlsx', SPOT_CHECK_SYNONYMS);
    const readSeconds = (performance.now() - readStart) / 1000;
    if (!read.ok || read.value.rows.length !== rows) throw new Error(`the bench table reads as ${read.ok ? read.value.rows.length : read.error.code} rows`);
    const start = performance.now();
    const p = (await value(b, 'announcements:preview', { kind: 'spot-checks', fileName: 'bench.xlsx', contentBase64: bytes.toString('base64'), defaults: { announcedOn: '2025-12-01' } })) as { previewId: string };
    const previewSeconds = (performance.now() - start) / 1000;
    const done = (await value(b, 'announcements:commit', { previewId: p.previewId })) as { rows: number; imported: number; review: number; rejected: number };
    const seconds = (performance.now() - start) / 1000;
    return {
      label: `公告原表导入：${rows} 行省级抽查结果，${enterprises} 家已登记企业（含匹配）`, seconds,
      baseline: { label: '仅读取并解析文件', seconds: readSeconds }, previewSeconds, commitSeconds: seconds - previewSeconds,
      rows: done.rows, imported: done.imported, review: done.review, rejected: done.rejected, enterprises, limitSeconds: 5,
    };
  } finally {
    b.close();
    t.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, enterprises: { type: 'string' } } });
  const result = await announcementBench({ rows: Number(values.rows ?? 6000), enterprises: Number(values.enterprises ?? 20_000) });
  console.log(JSON.stringify(result, null, 2));
}
