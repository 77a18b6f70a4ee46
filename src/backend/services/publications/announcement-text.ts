import type { AnnouncementColumn } from '../../pdf/announcement';
import type { PublishedEntry } from './record';
import type { PublicationScope } from './select';
import { CHANGE_LABELS, STATUS_LABELS } from './table';

/** @example chineseDate('2026-07-05') // '2026年7月5日' */
export function chineseDate(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** The table of the printed notice: the columns a reader needs; every field is in the data files. */
export const PDF_COLUMNS: readonly AnnouncementColumn[] = [
  { header: '序号', width: 28 }, { header: '主体名称', width: 148 }, { header: '统一社会信用代码／证件号码', width: 98 },
  { header: '法定代表人（负责人）', width: 58 }, { header: '列入事由', width: 140 }, { header: '作出决定机关', width: 98 },
  { header: '列入决定文书号', width: 96 }, { header: '列入日期', width: 50 }, { header: '状态', width: 52 },
];

export function pdfRow(p: PublishedEntry, i: number): string[] {
  const r = p.record;
  const s = r.subject;
  const code = s.kind === 'enterprise' ? (s.uscc ?? '') : (s.idNumber ?? '');
  const rep = s.kind === 'enterprise' ? (s.legalRepresentative?.name ?? '') : '';
  const status = r.removal ? `${STATUS_LABELS[r.status]}\n${r.removal.date}` : STATUS_LABELS[r.status];
  return [String(i + 1), s.name, code, rep, r.reason, r.authority.name ?? '', r.decisionDocNo ?? '', r.listedOn ?? '', p.change ? `${status}\n（${CHANGE_LABELS[p.change]}）` : status];
}

type Stats = { entries: number; added: number; amended: number; removed: number };

/** Title, body and date of the notice, from the scope, the period and the counts. */
export function announcementText(o: { scope: PublicationScope; agency: { name: string }; from: string; to: string; issuedOn: string }, stats: Stats) {
  const names = o.scope.types.map((t) => t.label.zh).join('、');
  const basis = [...new Set(o.scope.types.map((t) => t.legalBasis.split('；')[0] ?? t.legalBasis))].join('、');
  return {
    title: `${o.agency.name}关于公布${names}的公告`,
    dateText: chineseDate(o.issuedOn),
    paragraphs: [
      `根据${basis}等规定，现将截至${chineseDate(o.to)}的${names}予以公布。${chineseDate(o.from)}至${chineseDate(o.to)}期间，新增列入 ${stats.added} 条，变更 ${stats.amended} 条，移出 ${stats.removed} 条；本公告共列 ${stats.entries} 条（含本期移出的名单）。`,
      '本公告为签名数据包的组成部分，名单数据以数据包中的 data/entries.jsonl 为准，另附 CSV 和 XLSX 格式；数据包的签名可用本机关公布的公钥验证（公钥指纹见页脚）。身份证件号码已作遮蔽处理。',
    ],
  };
}
