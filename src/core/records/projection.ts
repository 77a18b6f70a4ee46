import type { KindProjection } from './details/spec';
import { precisionOf } from './fields';
import type { FieldIssue } from './issues';
import type { DatePrecision, RecordOutcome } from './record';

/** The common columns as the draft gave them (null or absent when not given). */
type Given = {
  authority: string | null;
  authorityCode: string | null;
  docNo: string | null;
  occurredOn?: string | null | undefined;
  datePrecision?: DatePrecision | undefined;
  endsOn?: string | null | undefined;
  outcome?: RecordOutcome | null | undefined;
};

export type Columns = {
  authority: string | null;
  authorityCode: string | null;
  docNo: string | null;
  occurredOn: string | null;
  datePrecision: DatePrecision | null;
  endsOn: string | null;
  outcome: RecordOutcome | null;
};

const LABELS: Record<string, string> = {
  authority: '机关', authorityCode: '机关统一社会信用代码', docNo: '文书号', occurredOn: '发生日期', endsOn: '截止日期', outcome: '结论',
};

/**
 * Merges the columns a kind's details determine with those the draft gave. A detail wins over
 * an absent column; a column that disagrees with its detail is an issue, never silently
 * overwritten. One exception: a date the details know only to the year or month may be given
 * more precisely in the column ("2024" in details, "2024-06-18" as occurredOn).
 *
 * @example project({ docNo: 'X〔2025〕1号' }, { docNo: null, … }, issues).docNo // 'X〔2025〕1号'
 */
export function project(p: KindProjection, given: Given, issues: FieldIssue[]): Columns {
  const pick = <K extends 'authority' | 'authorityCode' | 'docNo' | 'endsOn' | 'outcome'>(key: K): Columns[K] => {
    const g = (given[key] ?? null) as Columns[K];
    const d = (p[key] ?? null) as Columns[K];
    if (d === null) return g;
    if (g !== null && g !== d) issues.push({ field: key, message: `${LABELS[key] ?? key}：“${String(g)}”与详细信息中的“${String(d)}”不一致` });
    return d;
  };

  let occurredOn = given.occurredOn ?? null;
  let datePrecision: DatePrecision | null = occurredOn !== null ? precisionOf(occurredOn) : null;
  if (p.occurredOn !== undefined) {
    const morePrecise = occurredOn !== null && p.datePrecision !== 'day' && occurredOn.startsWith(p.occurredOn);
    if (occurredOn !== null && occurredOn !== p.occurredOn && !morePrecise) {
      issues.push({ field: 'occurredOn', message: `发生日期：“${occurredOn}”与详细信息中的“${p.occurredOn}”不一致` });
    }
    if (!morePrecise) {
      occurredOn = p.occurredOn;
      datePrecision = p.datePrecision ?? precisionOf(p.occurredOn);
    }
  }
  if (given.datePrecision !== undefined && occurredOn !== null && given.datePrecision !== datePrecision) {
    issues.push({ field: 'datePrecision', message: `日期精度：与发生日期“${occurredOn}”的写法不符` });
  }

  return {
    authority: pick('authority'),
    authorityCode: pick('authorityCode'),
    docNo: pick('docNo'),
    occurredOn,
    datePrecision,
    endsOn: pick('endsOn'),
    outcome: pick('outcome'),
  };
}
