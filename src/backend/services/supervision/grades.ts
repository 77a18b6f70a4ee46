import type { SupervisionClass } from '../../../contract/supervision';
import { supervisionMode } from '../../../core/supervision/matrix';
import type { RiskGrade, SupervisionMatrix } from '../../../core/supervision/schema';
import { regionGlob } from '../../db/enterprise-search';
import { adjustedGradeSql, latestApprovedRun } from '../evaluation/approved';
import { fail } from '../../failure';
import type { CallContext } from '../../router/context';

const RISKS: readonly RiskGrade[] = ['I', 'II', 'III'];

type ClassRow = Omit<SupervisionClass, 'mode' | 'riskGrade'> & { riskRank: number | null };

/**
 * Every active enterprise of the region (all when null) with its grade, highest product risk and
 * supervision mode, in id order. The grade is the approved run's, an approved adjustment winning
 * (as evaluation:results shows it); an enterprise outside the run is ungraded. An enterprise with
 * no risk-graded product counts as Ⅲ 一般风险: nothing on record puts it higher.
 */
export function classify(ctx: CallContext, matrix: SupervisionMatrix, region: string | null): { runId: number | null; items: SupervisionClass[] } {
  const run = latestApprovedRun(ctx.ws.db);
  const rows = ctx.ws.db.prepare(`SELECT e.id AS enterpriseId, e.uscc, e.name, e.region_code AS regionCode,
      coalesce(${adjustedGradeSql('r.run_id', 'e.id')}, r.grade) AS grade,
      (SELECT min(CASE p.risk_grade WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 END) FROM products p
        WHERE p.enterprise_id = e.id AND p.deleted_at IS NULL) AS riskRank
    FROM enterprises e LEFT JOIN evaluation_results r ON r.run_id = @run AND r.enterprise_id = e.id
    WHERE e.deleted_at IS NULL AND e.status = 'active' AND e.region_code GLOB @glob
    ORDER BY e.id`).all({ run: run?.id ?? 0, glob: region === null ? '*' : regionGlob(region) }) as ClassRow[];
  const items = rows.map(({ riskRank, ...r }): SupervisionClass => {
    const riskGrade = riskRank === null ? null : (RISKS[riskRank - 1] ?? null);
    const mode = supervisionMode(matrix, r.grade, riskGrade ?? 'III');
    if (!mode.ok) fail(mode.error.code, mode.error.message, mode.error.details);
    return { ...r, riskGrade, mode: mode.value };
  });
  return { runId: run?.id ?? null, items };
}
