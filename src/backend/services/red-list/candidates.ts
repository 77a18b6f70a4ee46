import type Database from 'better-sqlite3';
import type { RedCandidate } from '../../../contract/red-list';
import { addMonths } from '../../../core/calendar/working-days';
import { OPEN_RED_STATES } from '../../../core/lists/red-cycle';
import { AWARD_RANK, DEFAULT_RED_LIST_RULES, redListCandidate, type RedListRules, type RedListVerdict } from '../../../core/lists/red-list';
import type { Handler } from '../../router/context';
import { latestApprovedRun, type ApprovedRun } from '../evaluation/approved';
import { firmsGraded, gradesOf } from './grades';
import { activeListsOf, recordsOf } from './records';

const CHUNK = 500;

export type Judged = { enterpriseId: number; name: string; uscc: string; grade: string | null; gradeValidTo: string | null; verdict: RedListVerdict };

/** The awards that could count: of a qualifying level, from the award window on. */
function firmsAwarded(db: Database.Database, asOf: string, rules: RedListRules): number[] {
  if (rules.minAwardLevel === null) return [];
  const levels = AWARD_RANK.slice(AWARD_RANK.indexOf(rules.minAwardLevel));
  return db.prepare(`SELECT DISTINCT enterprise_id FROM credit_records WHERE kind = 'awards' AND deleted_at IS NULL AND enterprise_id IS NOT NULL
    AND occurred_on >= ? AND occurred_on <= ? AND json_extract(details, '$.level') IN (SELECT value FROM json_each(?))`)
    .pluck().all(addMonths(asOf, -12 * rules.awardYears).slice(0, 4), asOf, JSON.stringify(levels)) as number[];
}

/** Firms that hold a red entry already (proposed, on the list or suspended). */
function firmsOnRedList(db: Database.Database): Set<number> {
  return new Set(db.prepare(`SELECT enterprise_id FROM list_entries WHERE list_type = 'red' AND enterprise_id IS NOT NULL
    AND state IN (SELECT value FROM json_each(?))`).pluck().all(JSON.stringify(OPEN_RED_STATES)) as number[]);
}

/**
 * Judges the given firms by the red-list rules, a chunk at a time: one statement each for the
 * firms, their grades, records and lists per chunk, so 50,000 firms cost a hundred-odd queries.
 */
export function judgeFirms(db: Database.Database, ids: readonly number[], asOf: string, run: ApprovedRun | null, rules: RedListRules = DEFAULT_RED_LIST_RULES): Judged[] {
  const since = [addMonths(asOf, -12 * rules.cleanYears), addMonths(asOf, -12 * rules.awardYears)].sort()[0] ?? asOf;
  const firm = `SELECT id, name, uscc FROM enterprises WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY id`;
  const out: Judged[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const firms = db.prepare(firm).all(JSON.stringify(chunk)) as { id: number; name: string; uscc: string }[];
    const grades = run ? gradesOf(db, run, chunk) : new Map();
    const records = recordsOf(db, chunk, since);
    const lists = activeListsOf(db, chunk);
    for (const f of firms) {
      const grade = grades.get(f.id) ?? null;
      const verdict = redListCandidate({ grade, records: records.get(f.id) ?? [], activeLists: lists.get(f.id) ?? [] }, asOf, rules);
      out.push({ enterpriseId: f.id, name: f.name, uscc: f.uscc, grade: grade?.grade ?? null, gradeValidTo: grade?.validTo ?? null, verdict });
    }
  }
  return out;
}

/** Every candidate on `asOf`, in enterprise-id order; firms already holding a red entry are left out. */
export function candidatesOn(db: Database.Database, asOf: string, rules: RedListRules = DEFAULT_RED_LIST_RULES): { run: ApprovedRun | null; candidates: Judged[] } {
  const run = latestApprovedRun(db, asOf);
  const listed = firmsOnRedList(db);
  const pool = new Set([...(run ? firmsGraded(db, run, rules.grades) : []), ...firmsAwarded(db, asOf, rules)]);
  const ids = [...pool].filter((id) => !listed.has(id)).sort((a, b) => a - b);
  return { run, candidates: judgeFirms(db, ids, asOf, run, rules).filter((j) => j.verdict.candidate) };
}

const toCandidate = (j: Judged): RedCandidate => ({
  enterpriseId: j.enterpriseId, name: j.name, uscc: j.uscc, grade: j.grade, gradeValidTo: j.gradeValidTo, reasons: j.verdict.reasons,
});

export const redCandidates: Handler<'red:candidates'> = (input, ctx) => {
  const { run, candidates } = candidatesOn(ctx.ws.db, input.asOf);
  const start = (input.page - 1) * input.pageSize;
  return {
    items: candidates.slice(start, start + input.pageSize).map(toCandidate), total: candidates.length, page: input.page, pageSize: input.pageSize,
    runId: run?.id ?? null, runAsOf: run?.asOf ?? null,
  };
};
