import type { Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { EvaluationInput, ListEntryInput, PreviousGrade } from '../../../core/evaluation/types';
import { regionGlob } from '../../db/enterprise-search';
import { DATE_PRECISIONS, RECORD_EFFECTS, RECORD_KINDS, RECORD_OUTCOMES, SEVERITIES, type CreditRecord } from '../../../core/records/record';

export type Scope = { regionPrefix?: string | undefined; industryCode?: string | undefined };

type FirmRow = EvaluationInput['enterprise'];

/**
 * A record as RECORDS_SQL returns it with `.raw()`: positional, so that ten million rows create
 * no keyed row object before the record itself (the positions are the constants below).
 */
type RecordRaw = [
  id: number, enterpriseId: number, kind: string, effect: string, occurredOn: string, datePrecision: string, endsOn: string | null,
  outcome: string | null, severity: string | null, state: string | null, seriousFail: unknown, certification: unknown, type: unknown, level: unknown,
];
const ID = 0, FIRM = 1, KIND = 2, EFFECT = 3, OCCURRED = 4, PRECISION = 5, ENDS = 6, OUTCOME = 7, SEVERITY = 8, STATE = 9;
const SERIOUS_FAIL = 10, CERTIFICATION = 11, TYPE = 12, LEVEL = 13;

/**
 * Only the detail members evaluation models may read (core/evaluation RecordFilter) are taken out
 * of the JSON, in SQL: parsing ten million details objects would cost more than the whole run.
 */
const RECORDS_SQL = `SELECT id, enterprise_id, kind, effect, occurred_on, date_precision, ends_on, outcome, severity, state,
  CASE kind WHEN 'spot-checks' THEN json_extract(details, '$.seriousFail') END,
  CASE kind WHEN 'licences' THEN json_extract(details, '$.certificationType') END,
  CASE kind WHEN 'accidents' THEN json_extract(details, '$.type') END,
  CASE kind WHEN 'awards' THEN json_extract(details, '$.level') END
  FROM credit_records WHERE enterprise_id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY enterprise_id, id`;

/**
 * A stored column's value mapped to its vocabulary's own string (a Map lookup, not a scan per
 * record); a value outside the vocabulary is a damaged database, and stops the run.
 */
function vocabulary<T extends string>(values: readonly T[], column: string): (v: string) => T {
  const known = new Map<string, T>(values.map((x) => [x, x]));
  return (v) => known.get(v) ?? unknownValue(column, v);
}

function unknownValue(column: string, v: string): never {
  throw new Error(`credit_records.${column} holds an unknown value: ${v}`);
}

const kindOf = vocabulary(RECORD_KINDS, 'kind');
const effectOf = vocabulary(RECORD_EFFECTS, 'effect');
const precisionOf = vocabulary(DATE_PRECISIONS, 'date_precision');
const outcomeOf = vocabulary(RECORD_OUTCOMES, 'outcome');
const severityOf = vocabulary(SEVERITIES, 'severity');

/** Most records carry none of the detail members a model reads: they share one frozen empty object. */
const NO_DETAILS: Record<string, unknown> = Object.freeze({});

function toRecord(r: RecordRaw): CreditRecord {
  const seriousFail = r[SERIOUS_FAIL], certification = r[CERTIFICATION], type = r[TYPE], level = r[LEVEL];
  let details = NO_DETAILS;
  if (seriousFail !== null || certification !== null || type !== null || level !== null) {
    details = {};
    if (seriousFail !== null) details.seriousFail = seriousFail === 1;
    if (certification !== null) details.certification = certification;
    if (type !== null) details.type = type;
    if (level !== null) details.level = level;
  }
  const outcome = r[OUTCOME], severity = r[SEVERITY];
  return {
    id: r[ID], kind: kindOf(r[KIND]), enterpriseId: r[FIRM], personId: null, productId: null,
    effect: effectOf(r[EFFECT]), authority: '', authorityCode: null, docNo: null, occurredOn: r[OCCURRED],
    datePrecision: precisionOf(r[PRECISION]), endsOn: r[ENDS],
    outcome: outcome === null ? null : outcomeOf(outcome), severity: severity === null ? null : severityOf(severity),
    state: r[STATE], summary: '', details,
  };
}

/** The line of a record in the run's input digest: every value the evaluation can read, in a fixed order. */
const digestLine = (r: RecordRaw): string =>
  `${r[ID]}|${r[KIND]}|${r[EFFECT]}|${r[OCCURRED]}|${r[PRECISION]}|${r[ENDS] ?? ''}|${r[OUTCOME] ?? ''}|${r[SEVERITY] ?? ''}|${String(r[SERIOUS_FAIL] ?? '')}|${String(r[CERTIFICATION] ?? '')}|${String(r[TYPE] ?? '')}|${String(r[LEVEL] ?? '')}\n`;

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

const NO_ENTRIES: readonly ListRow[] = [];

/**
 * Enterprises per chunk. A chunk's records stay alive while its firms are evaluated, so every
 * young-generation collection in between copies them: at 5,000 firms (50,000 records) they were
 * promoted to the old generation and collecting them cost about as much as reading them; at 100
 * firms the copies are small. A chunk's queries cost far less than that.
 */
const CHUNK = 100;

/**
 * Reads a run's inputs a chunk of enterprises at a time (no statement stays open while results are
 * written), and feeds a canonical line per enterprise and record into `digest`, so that the same
 * data always give the same input digest.
 */
export function inputReader(
  db: Database.Database, scope: Scope, previous: (ids: number[]) => Map<number, PreviousGrade[]>, digest: Hash, chunk = CHUNK, startAfter = 0,
): InputReader {
  const where = ['deleted_at IS NULL'];
  const params: string[] = [];
  if (scope.regionPrefix) { where.push('region_code GLOB ?'); params.push(regionGlob(scope.regionPrefix)); }
  if (scope.industryCode) { where.push('industry_code GLOB ?'); params.push(`${scope.industryCode}*`); }
  const firms = db.prepare(`SELECT id, uscc, region_code AS regionCode, industry_code AS industryCode FROM enterprises
    WHERE ${where.join(' AND ')} AND id > ? ORDER BY id LIMIT ?`);
  const count = db.prepare(`SELECT count(*) FROM enterprises WHERE ${where.join(' AND ')}`).pluck();
  let total: number | null = null;
  const records = db.prepare(RECORDS_SQL).raw();
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
      const entriesBy = new Map<number, ListRow[]>();
      for (const r of lists.all(first, last) as ListRow[]) {
        const list = entriesBy.get(r.enterpriseId);
        if (list) list.push(r); else entriesBy.set(r.enterpriseId, [r]);
      }
      const grades = previous(batch.map((f) => f.id));
      // A firm's digest lines, hashed once per firm: the same bytes, in the same order, as a
      // line-by-line update, with a tenth of the calls into the hash.
      let text = '';
      const out = new Array<EvaluationInput>(batch.length);
      let at = 0;
      let firm = batch[0] as FirmRow;
      let held: CreditRecord[] = [];
      text += `E|${firm.id}|${firm.uscc}|${firm.regionCode}|${firm.industryCode}\n`;
      // Closes the firm at `at` (its list entries and previous grades follow its records in the
      // digest) and opens the next one.
      const advance = (): void => {
        const listed = entriesBy.get(firm.id) ?? NO_ENTRIES;
        for (const l of listed) text += `L|${l.listType}|${l.state}|${l.source}|${l.from}|${l.to ?? ''}\n`;
        const prev = grades.get(firm.id) ?? [];
        for (const g of prev) text += `G|${g.grade}|${g.validFrom}|${g.validTo}\n`;
        digest.update(text);
        out[at] = { enterprise: firm, records: held, listEntries: listed.map(toListEntry), previousGrades: prev };
        held = [];
        if (++at < batch.length) {
          firm = batch[at] as FirmRow;
          text = `E|${firm.id}|${firm.uscc}|${firm.regionCode}|${firm.industryCode}\n`;
        }
      };
      // Records come in enterprise-id order, as the firms do: one merge pass. A record of a firm
      // outside the batch (out of scope, or deleted) between two of its firms is skipped.
      for (const r of records.iterate(first, last) as IterableIterator<RecordRaw>) {
        const id = r[FIRM];
        while (at < batch.length && firm.id < id) advance();
        if (at === batch.length) break;
        if (firm.id !== id) continue;
        text += digestLine(r);
        held.push(toRecord(r));
      }
      while (at < batch.length) advance();
      return out;
    },
  };
}
