import type { Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { EvaluationInput, ListEntryInput, PreviousGrade } from '../../../core/evaluation/types';
import { regionGlob } from '../../db/enterprise-search';
import { oneOf } from '../records-read';
import { DATE_PRECISIONS, RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES, type CreditRecord } from '../../../core/records/record';

export type Scope = { regionPrefix?: string | undefined; industryCode?: string | undefined };

type FirmRow = { id: number; uscc: string; regionCode: string; industryCode: string };
type RecordRow = {
  id: number; enterpriseId: number; kind: string; effect: string; occurredOn: string; datePrecision: string; endsOn: string | null;
  outcome: string | null; severity: string | null; state: string | null; seriousFail: number | null; certification: string | null;
  type: string | null; level: string | null;
};

/**
 * Only the detail members evaluation models may read (core/evaluation RecordFilter) are taken out
 * of the JSON, in SQL: parsing ten million details objects would cost more than the whole run.
 */
const RECORDS_SQL = `SELECT id, enterprise_id AS enterpriseId, kind, effect, occurred_on AS occurredOn, date_precision AS datePrecision,
  ends_on AS endsOn, outcome, severity, state,
  CASE kind WHEN 'spot-checks' THEN json_extract(details, '$.seriousFail') END AS seriousFail,
  CASE kind WHEN 'licences' THEN json_extract(details, '$.certificationType') END AS certification,
  CASE kind WHEN 'accidents' THEN json_extract(details, '$.type') END AS type,
  CASE kind WHEN 'awards' THEN json_extract(details, '$.level') END AS level
  FROM credit_records WHERE enterprise_id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY enterprise_id, id`;

function toRecord(r: RecordRow): CreditRecord {
  const details: Record<string, unknown> = {};
  if (r.seriousFail !== null) details.seriousFail = r.seriousFail === 1;
  if (r.certification !== null) details.certification = r.certification;
  if (r.type !== null) details.type = r.type;
  if (r.level !== null) details.level = r.level;
  return {
    id: r.id, kind: oneOf(RECORD_KINDS, r.kind, 'kind'), enterpriseId: r.enterpriseId, personId: null, productId: null,
    effect: oneOf(RECORD_EFFECTS, r.effect, 'effect'), authority: '', authorityCode: null, docNo: null, occurredOn: r.occurredOn,
    datePrecision: oneOf(DATE_PRECISIONS, r.datePrecision, 'date_precision'), endsOn: r.endsOn,
    outcome: r.outcome === null ? null : oneOf(RECORD_OUTCOMES, r.outcome, 'outcome'),
    severity: r.severity === null ? null : oneOf(SEVERITIES, r.severity, 'severity'), state: r.state, summary: '', details,
  };
}

/** The line of a record in the run's input digest: every value the evaluation can read, in a fixed order. */
const digestLine = (r: RecordRow): string =>
  `${r.id}|${r.kind}|${r.effect}|${r.occurredOn}|${r.datePrecision}|${r.endsOn ?? ''}|${r.outcome ?? ''}|${r.severity ?? ''}|${r.seriousFail ?? ''}|${r.certification ?? ''}|${r.type ?? ''}|${r.level ?? ''}\n`;

type ListRow = { enterpriseId: number; listType: string; state: string; source: string; from: string; to: string | null };

/**
 * List entries linked to the firms, local and received from other agencies (source 'exchange':
 * 联合惩戒, formats.md), as the models' `list-entry` conditions read them: from the listing date
 * to the removal (or, while on the list, the planned end). Entries never listed (drafts) have no date.
 */
const LIST_SQL = `SELECT enterprise_id AS enterpriseId, list_type AS listType, state, source, listed_on AS "from", coalesce(removed_on, planned_end) AS "to"
  FROM list_entries WHERE enterprise_id BETWEEN ? AND ? AND listed_on IS NOT NULL ORDER BY enterprise_id, id`;

const toListEntry = (r: ListRow): ListEntryInput => ({ listType: r.listType, state: r.state, from: r.from, to: r.to, source: r.source === 'local' ? 'local' : 'external' });

export type InputReader = {
  /** The next chunk of inputs in enterprise-id order, or null when done; each also feeds the digest. */
  next(): EvaluationInput[] | null;
  /** How many enterprises the scope holds (counted on demand: a one-firm preview never pays for it). */
  total(): number;
};

/**
 * Reads a run's inputs a chunk of enterprises at a time (no statement stays open while results are
 * written), and feeds a canonical line per enterprise and record into `digest`, so that the same
 * data always give the same input digest.
 */
export function inputReader(
  db: Database.Database, scope: Scope, previous: (ids: number[]) => Map<number, PreviousGrade[]>, digest: Hash, chunk = 5000, startAfter = 0,
): InputReader {
  const where = ['deleted_at IS NULL'];
  const params: string[] = [];
  if (scope.regionPrefix) { where.push('region_code GLOB ?'); params.push(regionGlob(scope.regionPrefix)); }
  if (scope.industryCode) { where.push('industry_code GLOB ?'); params.push(`${scope.industryCode}*`); }
  const firms = db.prepare(`SELECT id, uscc, region_code AS regionCode, industry_code AS industryCode FROM enterprises
    WHERE ${where.join(' AND ')} AND id > ? ORDER BY id LIMIT ?`);
  const count = db.prepare(`SELECT count(*) FROM enterprises WHERE ${where.join(' AND ')}`).pluck();
  let total: number | null = null;
  const records = db.prepare(RECORDS_SQL);
  const lists = db.prepare(LIST_SQL);
  let after = startAfter;
  return {
    total: () => (total ??= count.get(...params) as number),
    next() {
      const batch = firms.all(...params, after, chunk) as FirmRow[];
      if (batch.length === 0) return null;
      const first = batch[0]?.id ?? 0;
      const last = batch[batch.length - 1]?.id ?? 0;
      after = last;
      const byFirm = new Map<number, RecordRow[]>();
      for (const r of records.all(first, last) as RecordRow[]) {
        const list = byFirm.get(r.enterpriseId);
        if (list) list.push(r); else byFirm.set(r.enterpriseId, [r]);
      }
      const entriesBy = new Map<number, ListRow[]>();
      for (const r of lists.all(first, last) as ListRow[]) {
        const list = entriesBy.get(r.enterpriseId);
        if (list) list.push(r); else entriesBy.set(r.enterpriseId, [r]);
      }
      const grades = previous(batch.map((f) => f.id));
      return batch.map((f) => {
        const rows = byFirm.get(f.id) ?? [];
        digest.update(`E|${f.id}|${f.uscc}|${f.regionCode}|${f.industryCode}\n`);
        for (const r of rows) digest.update(digestLine(r));
        const listed = entriesBy.get(f.id) ?? [];
        for (const l of listed) digest.update(`L|${l.listType}|${l.state}|${l.source}|${l.from}|${l.to ?? ''}\n`);
        const prev = grades.get(f.id) ?? [];
        for (const g of prev) digest.update(`G|${g.grade}|${g.validFrom}|${g.validTo}\n`);
        return { enterprise: { id: f.id, uscc: f.uscc, regionCode: f.regionCode, industryCode: f.industryCode }, records: rows.map(toRecord), listEntries: listed.map(toListEntry), previousGrades: prev };
      });
    },
  };
}
