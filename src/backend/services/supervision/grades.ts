import type { SupervisionClass } from '../../../contract/supervision';
import { supervisionMode } from '../../../core/supervision/matrix';
import type { RiskGrade, SupervisionMatrix } from '../../../core/supervision/schema';
import type { EvaluationRunRow } from '../../db/schema';
import { fail } from '../../failure';
import type { CallContext } from '../../router/context';

/** The approved run in force: the latest as-of date, then the latest id (as the evaluation report orders them). */
export function latestApprovedRun(ctx: CallContext): Pick<EvaluationRunRow, 'id' | 'modelRowId'> | null {
  const row = ctx.ws.db.prepare(`SELECT id, model_row_id AS modelRowId FROM evaluation_runs WHERE status = 'approved'
    ORDER BY as_of DESC, id DESC LIMIT 1`).get() as Pick<EvaluationRunRow, 'id' | 'modelRowId'> | undefined;
  return row ?? null;
}

/** The prefix a region code's enterprises share: 430000 → 43, 430100 → 4301, 430102 → 430102. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

const RISKS: readonly RiskGrade[] = ['I', 'II', 'III'];

type ClassRow = Omit<SupervisionClass, 'mode' | 'riskGrade'> & { riskRank: number | null };

/**
 * Every active enterprise of the region (all when null) with its grade, highest product risk and
 * supervision mode, in id order. The grade is the approved run's, an approved adjustment winning
 * (as evaluation:results shows it); an enterprise outside the run is ungraded. An enterprise with
 * no risk-graded product counts as Ⅲ 一般风险: nothing on record puts it higher.
 */
export function classify(ctx: CallContext, matrix: SupervisionMatrix, region: string | null): { runId: number | null; items: SupervisionClass[] } {
  const run = latestApprovedRun(ctx);
  const rows = ctx.ws.db.prepare(`SELECT e.id AS enterpriseId, e.uscc, e.name, e.region_code AS regionCode,
      coalesce((SELECT g.to_grade FROM grade_adjustments g WHERE g.run_id = r.run_id AND g.enterprise_id = e.id AND g.status = 'approved'
        ORDER BY g.id DESC LIMIT 1), r.grade) AS grade,
      (SELECT min(CASE p.risk_grade WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 END) FROM products p
        WHERE p.enterprise_id = e.id AND p.deleted_at IS NULL) AS riskRank
    FROM enterprises e LEFT JOIN evaluation_results r ON r.run_id = @run AND r.enterprise_id = e.id
    WHERE e.deleted_at IS NULL AND e.status = 'active' AND substr(e.region_code, 1, length(@prefix)) = @prefix
    ORDER BY e.id`).all({ run: run?.id ?? 0, prefix: region === null ? '' : regionPrefix(region) }) as ClassRow[];
  const items = rows.map(({ riskRank, ...r }): SupervisionClass => {
    const riskGrade = riskRank === null ? null : (RISKS[riskRank - 1] ?? null);
    const mode = supervisionMode(matrix, r.grade, riskGrade ?? 'III');
    if (!mode.ok) fail(mode.error.code, mode.error.message, mode.error.details);
    return { ...r, riskGrade, mode: mode.value };
  });
  return { runId: run?.id ?? null, items };
}
