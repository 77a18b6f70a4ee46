import type { EnterpriseEvaluation } from './types';

export const DEFAULT_GRADES = ['AAA', 'AA', 'A', 'B', 'C', 'D'] as const;

export type GradeMove = { enterpriseId: number; uscc: string; from: string; to: string; scoreFrom: string; scoreTo: string };

export type RunDiff = {
  upgrades: GradeMove[];
  downgrades: GradeMove[];
  /** Same grade, different score. */
  scoreChanges: GradeMove[];
  unchanged: number;
  /** Vetoes that hold now and did not before (by rule id). */
  newVetoes: { enterpriseId: number; uscc: string; ruleIds: string[] }[];
  liftedVetoes: { enterpriseId: number; uscc: string; ruleIds: string[] }[];
  added: { enterpriseId: number; uscc: string; grade: string }[];
  removed: { enterpriseId: number; uscc: string; grade: string }[];
};

const effective = (r: EnterpriseEvaluation): string => r.adjustedGrade?.grade ?? r.grade;

/**
 * What changed between two runs, by enterprise id: upgrades and downgrades of the effective grade
 * (the adjusted one where an officer adjusted it), new and lifted vetoes, enterprises that came
 * or went. `grades` is best first; a grade missing from it ranks below all others.
 *
 * @example diffRuns(previous.results, next.results).downgrades // [{ enterpriseId: 7, from: 'AA', to: 'D', … }]
 */
export function diffRuns(
  prev: readonly EnterpriseEvaluation[], next: readonly EnterpriseEvaluation[], grades: readonly string[] = DEFAULT_GRADES,
): RunDiff {
  const rank = (g: string): number => { const i = grades.indexOf(g); return i < 0 ? grades.length : i; };
  const before = new Map(prev.map((r) => [r.enterpriseId, r]));
  const after = new Map(next.map((r) => [r.enterpriseId, r]));
  const d: RunDiff = { upgrades: [], downgrades: [], scoreChanges: [], unchanged: 0, newVetoes: [], liftedVetoes: [], added: [], removed: [] };
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  for (const id of ids) {
    const a = before.get(id), b = after.get(id);
    if (!a && b) { d.added.push({ enterpriseId: id, uscc: b.uscc, grade: effective(b) }); continue; }
    if (a && !b) { d.removed.push({ enterpriseId: id, uscc: a.uscc, grade: effective(a) }); continue; }
    if (!a || !b) continue;
    const move: GradeMove = { enterpriseId: id, uscc: b.uscc, from: effective(a), to: effective(b), scoreFrom: a.score, scoreTo: b.score };
    const ra = rank(move.from), rb = rank(move.to);
    if (rb < ra) d.upgrades.push(move);
    else if (rb > ra) d.downgrades.push(move);
    else if (a.score !== b.score) d.scoreChanges.push(move);
    else d.unchanged++;
    const va = new Set(a.vetoes.map((v) => v.ruleId)), vb = new Set(b.vetoes.map((v) => v.ruleId));
    const gained = [...vb].filter((v) => !va.has(v)).sort(), lost = [...va].filter((v) => !vb.has(v)).sort();
    if (gained.length > 0) d.newVetoes.push({ enterpriseId: id, uscc: b.uscc, ruleIds: gained });
    if (lost.length > 0) d.liftedVetoes.push({ enterpriseId: id, uscc: b.uscc, ruleIds: lost });
  }
  // An enterprise new to the run that is vetoed is a new veto too.
  for (const x of d.added) {
    const b = after.get(x.enterpriseId);
    if (b && b.vetoes.length > 0) d.newVetoes.push({ enterpriseId: x.enterpriseId, uscc: b.uscc, ruleIds: b.vetoes.map((v) => v.ruleId).sort() });
  }
  d.newVetoes.sort((p, q) => p.enterpriseId - q.enterpriseId);
  return d;
}
