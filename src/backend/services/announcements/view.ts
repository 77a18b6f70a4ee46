import type { z } from 'zod';
import type { AnnouncementCountsSchema, FirmMatchSchema, PreviewRowSchema, RowProblem } from '../../../contract/announcements';
import { messageFor } from '../../../core/shared/errors';
import type { Plan } from './plan';
import { valuesOf } from './rows';

type PreviewRow = z.infer<typeof PreviewRowSchema>;
type Counts = z.infer<typeof AnnouncementCountsSchema>;

/** A row the person left out, with the reason stated like any other. */
export function excludedProblem(row: number): RowProblem {
  return { row, column: '', field: '', code: 'E_IMPORT_ROW_EXCLUDED', message: messageFor('E_IMPORT_ROW_EXCLUDED'), original: '', blocking: true };
}

/**
 * Each row's status and problems, and the counts: rows = importable + review + rejected, always.
 * A record waits for review unless its firm is surely identified; a follow-up row is importable
 * when its earlier check was found and the steps are allowed (or already recorded).
 */
export function planRows(plan: Plan, exclude: ReadonlySet<number> = new Set()): { rows: PreviewRow[]; counts: Counts } {
  const rows: PreviewRow[] = [];
  if (plan.read.mode === 'follow-up') {
    const byRow = new Map(plan.followUps.map((f) => [f.row, f]));
    for (const parsed of plan.read.rows) {
      const f = byRow.get(parsed.rowNumber);
      const excluded = exclude.has(parsed.rowNumber) || !f;
      const problems = excluded ? [excludedProblem(parsed.rowNumber)] : [...parsed.problems.map((p) => ({ row: parsed.rowNumber, column: p.header, field: p.field, code: p.code, message: p.message, original: p.original, blocking: false })), ...f.problems];
      const plan_ = excluded ? null : f.plan;
      const status = excluded || !plan_ ? 'rejected' : plan_.events.length > 0 ? 'update' : 'unchanged';
      rows.push({
        row: parsed.rowNumber, status, values: valuesOf(parsed), problems, firmKey: null,
        followUp: f?.recordId != null && plan_ ? { recordId: f.recordId, from: plan_.from, to: plan_.to, events: plan_.events.map((e) => e.type) } : null,
      });
    }
  } else {
    for (const d of plan.drafts) {
      const key = plan.firmOfRow.get(d.row) ?? null;
      const verdict = key === null ? null : plan.firms.get(key)?.outcome.verdict;
      const excluded = exclude.has(d.row);
      const status = excluded || !d.draft ? 'rejected' : verdict === 'sure' ? 'import' : 'review';
      rows.push({ row: d.row, status, values: d.values, problems: excluded ? [...d.problems, excludedProblem(d.row)] : d.problems, firmKey: key, followUp: null });
    }
  }
  const count = (s: PreviewRow['status'][]) => rows.filter((r) => s.includes(r.status)).length;
  return { rows, counts: { rows: rows.length, importable: count(['import', 'update', 'unchanged']), review: count(['review']), rejected: count(['rejected']) } };
}

export function firmViews(plan: Plan): z.infer<typeof FirmMatchSchema>[] {
  return [...plan.firms.values()].map((g) => ({ key: g.key, name: g.firm.name, place: g.firm.place, rows: g.rows, ...g.outcome }));
}
