import type Database from 'better-sqlite3';
import { DATE_PRECISIONS, RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES, type CreditRecord } from '../../../core/records/record';
import { oneOf } from '../records-read';

/** The columns the red-list rules read; the award level is taken out of the JSON in SQL. */
export const RED_RECORD_COLUMNS = `r.id, r.enterprise_id AS enterpriseId, r.kind, r.effect, r.occurred_on AS occurredOn, r.date_precision AS datePrecision,
  r.ends_on AS endsOn, r.outcome, r.severity, r.state, r.summary, CASE r.kind WHEN 'awards' THEN json_extract(r.details, '$.level') END AS level`;

export type RedRecordRow = {
  id: number; enterpriseId: number; kind: string; effect: string; occurredOn: string; datePrecision: string; endsOn: string | null;
  outcome: string | null; severity: string | null; state: string | null; summary: string; level: string | null;
};

export function toCoreRecord(r: RedRecordRow): CreditRecord {
  return {
    id: r.id, kind: oneOf(RECORD_KINDS, r.kind, 'kind'), enterpriseId: r.enterpriseId, personId: null, productId: null,
    effect: oneOf(RECORD_EFFECTS, r.effect, 'effect'), authority: '', authorityCode: null, docNo: null, occurredOn: r.occurredOn,
    datePrecision: oneOf(DATE_PRECISIONS, r.datePrecision, 'date_precision'), endsOn: r.endsOn,
    outcome: r.outcome === null ? null : oneOf(RECORD_OUTCOMES, r.outcome, 'outcome'),
    severity: r.severity === null ? null : oneOf(SEVERITIES, r.severity, 'severity'), state: r.state, summary: r.summary,
    details: r.level === null ? {} : { level: r.level },
  };
}

/** Groups rows by enterprise id, keeping their order. */
export function byEnterprise<T extends { enterpriseId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.enterpriseId);
    if (list) list.push(r); else out.set(r.enterpriseId, [r]);
  }
  return out;
}

/**
 * The live records from `since` on of a chunk of firms, in one statement: candidates are judged a
 * chunk at a time, never one query per firm. Year- and month-precision dates compare as prefixes.
 */
export function recordsOf(db: Database.Database, ids: readonly number[], since: string): Map<number, CreditRecord[]> {
  const rows = db.prepare(`SELECT ${RED_RECORD_COLUMNS} FROM credit_records r
    WHERE r.enterprise_id IN (SELECT value FROM json_each(?)) AND r.deleted_at IS NULL AND r.occurred_on >= ? ORDER BY r.enterprise_id, r.id`)
    .all(JSON.stringify(ids), since.slice(0, 4)) as RedRecordRow[];
  const out = new Map<number, CreditRecord[]>();
  for (const [id, list] of byEnterprise(rows)) out.set(id, list.map(toCoreRecord));
  return out;
}

/** The lists each firm of a chunk is on now (local and received entries alike). */
export function activeListsOf(db: Database.Database, ids: readonly number[]): Map<number, string[]> {
  const rows = db.prepare(`SELECT enterprise_id AS enterpriseId, list_type AS listType FROM list_entries
    WHERE enterprise_id IN (SELECT value FROM json_each(?)) AND state IN ('active', 'removal-requested')`)
    .all(JSON.stringify(ids)) as { enterpriseId: number; listType: string }[];
  const out = new Map<number, string[]>();
  for (const [id, list] of byEnterprise(rows)) out.set(id, list.map((r) => r.listType));
  return out;
}
