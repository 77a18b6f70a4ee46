import type { RunReport } from '../../contract/evaluation';

/**
 * One colour per grade band of the default model (四等六级), from dark green (AAA) to red (D), so
 * every chart and tag reads the same way; a grade a custom model adds falls back to grey.
 */
const GRADE_COLORS: Record<string, string> = {
  AAA: '#237804',
  AA: '#52c41a',
  A: '#1677ff',
  B: '#faad14',
  C: '#fa8c16',
  D: '#cf1322',
};

export function gradeColor(grade: string): string {
  return GRADE_COLORS[grade] ?? '#8c8c8c';
}

export type GradeCount = { grade: string; count: number };

/**
 * The grades in the order the backend lists them (best first, the model's order), merged over
 * several distributions so a grade that is empty in one still has its place in the others.
 *
 * @example gradeOrder([[{ grade: 'A', count: 1 }], [{ grade: 'AA', count: 0 }, { grade: 'A', count: 2 }]]) // ['A', 'AA']
 */
export function gradeOrder(lists: readonly (readonly GradeCount[])[]): string[] {
  const order: string[] = [];
  for (const list of lists) for (const { grade } of list) if (!order.includes(grade)) order.push(grade);
  return order;
}

export function countOf(list: readonly GradeCount[], grade: string): number {
  return list.find((c) => c.grade === grade)?.count ?? 0;
}

/** Rows for a stacked bar per region or industry: `{ label, AAA: 3, AA: 5, … }`. */
export function stackedRows(groups: RunReport['byRegion'], grades: readonly string[]): Record<string, string | number>[] {
  return groups.map((g) => ({ label: g.label || g.key, ...Object.fromEntries(grades.map((grade) => [grade, countOf(g.counts, grade)])) }));
}

/**
 * Region names all begin with the same province (湖南省长沙市, 湖南省湘潭市…); the shared part up
 * to its last 省 or 区 is dropped so the chart's axis shows what tells the bars apart.
 *
 * @example sharedPrefix(['湖南省长沙市', '湖南省湘潭市']) // '湖南省'
 */
export function sharedPrefix(labels: readonly string[]): string {
  const first = labels[0];
  if (first === undefined || labels.length < 2) return '';
  let n = 0;
  while (n < first.length && labels.every((l) => l[n] === first[n])) n++;
  const head = first.slice(0, n);
  const cut = Math.max(head.lastIndexOf('省'), head.lastIndexOf('区'));
  return cut < 0 ? '' : head.slice(0, cut + 1);
}
