import type { PeriodChange, PublicStatus } from './lifecycle';
import type { PublishedEntry } from './record';

/** The people's columns of data/entries.csv and .xlsx, in order; `text`: a code or date kept as text. */
export const TABLE_COLUMNS = [
  { header: '名单编号', width: 28, text: true },
  { header: '名单类型', width: 18, text: false },
  { header: '主体类型', width: 8, text: false },
  { header: '主体名称', width: 36, text: false },
  { header: '统一社会信用代码', width: 22, text: true },
  { header: '组织机构代码', width: 12, text: true },
  { header: '法定代表人（负责人）/当事人', width: 16, text: false },
  { header: '证件号码（已遮蔽）', width: 22, text: true },
  { header: '列入事由', width: 40, text: false },
  { header: '列入依据', width: 40, text: false },
  { header: '作出决定机关', width: 24, text: false },
  { header: '决定机关代码', width: 22, text: true },
  { header: '列入决定文书号', width: 24, text: true },
  { header: '列入日期', width: 12, text: true },
  { header: '预计移出日期', width: 12, text: true },
  { header: '状态', width: 10, text: false },
  { header: '移出日期', width: 12, text: true },
  { header: '移出原因', width: 24, text: false },
  { header: '移出决定机关', width: 24, text: false },
  { header: '本期变动', width: 10, text: false },
] as const;

export const STATUS_LABELS: Readonly<Record<PublicStatus, string>> = { active: '列入中', removed: '已移出', expired: '期满移出', suspended: '已暂停' };
export const CHANGE_LABELS: Readonly<Record<Exclude<PeriodChange, null>, string>> = { added: '新增列入', amended: '变更', removed: '移出' };

/**
 * One record as the people's table shows it. The JSONL stays the source of truth, and the permanent
 * id links a row to its record there (the record's digest is left to the JSONL: 64 incompressible
 * characters a row would make the package much larger).
 */
export function tableRow(p: PublishedEntry): string[] {
  const r = p.record;
  const s = r.subject;
  const person = s.kind === 'person' ? s : s.legalRepresentative;
  return [
    r.id, r.listTypeName, s.kind === 'person' ? '自然人' : '企业', s.name, s.kind === 'enterprise' ? (s.uscc ?? '') : '',
    s.kind === 'enterprise' ? (s.orgCode ?? '') : '', person?.name ?? '', person?.idNumber ?? '', r.reason, r.legalBasis,
    r.authority.name ?? '', r.authority.code ?? '', r.decisionDocNo ?? '', r.listedOn ?? '', r.plannedEnd ?? '',
    STATUS_LABELS[r.status], r.removal?.date ?? '', r.removal?.reason ?? '', r.removal?.authority ?? '',
    p.change ? CHANGE_LABELS[p.change] : '',
  ];
}
