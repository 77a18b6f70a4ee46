import type Database from 'better-sqlite3';
import { normaliseCode } from '../../core/identifiers/normalise';
import { normaliseName } from '../../core/enterprises/enterprise';
import { codePlan, namePlan, representativePlan, type Census, type TextPlan } from './enterprise-search-text';
import type { EnterpriseRow } from './schema';

export type EnterpriseQuery = {
  query: string;
  status?: EnterpriseRow['status'] | undefined;
  /** Part of the legal representative's name. */
  legalRepresentative?: string | undefined;
  /** GB/T 2260 prefix of the current region (digits only, checked by the contract). */
  regionPrefix?: string | undefined;
  /** GB/T 4754 code; finds it and everything under it (checked by the contract). */
  industryCode?: string | undefined;
  /** Record facts: e.g. a failed spot check (kind spot-checks, outcome fail) since a date. */
  recordKind?: string | undefined;
  recordOutcome?: string | undefined;
  recordSince?: string | undefined;
  sort?: 'id' | 'name' | 'uscc' | 'regionCode' | 'updatedAt' | undefined;
  order?: 'asc' | 'desc' | undefined;
  page: number;
  pageSize: number;
};

/** Counting stops here: "more than 10,000" is what a person needs, and an exact count of a one-character match over a million names is not worth 100 ms. */
export const TOTAL_CAP = 10_000;

const SORT_COLUMNS = { id: 'e.id', name: 'e.name', uscc: 'e.uscc', regionCode: 'e.region_code', updatedAt: 'e.updated_at' } as const;

const COLUMNS = `e.id, e.uscc, e.uscc_check_ack AS usccCheckAcknowledged, e.name, e.region_code AS regionCode,
  e.industry_code AS industryCode, e.legal_representative AS legalRepresentative, e.address, e.status,
  e.created_at AS createdAt, e.updated_at AS updatedAt, e.org_code AS orgCode, e.registration_number AS registrationNumber,
  e.entity_type AS entityType, e.registration_region_code AS registrationRegionCode, e.size,
  e.chief_quality_officer AS chiefQualityOfficer, e.key_product AS keyProduct, e.deleted_at AS deletedAt,
  e.deleted_by AS deletedBy, e.import_batch_id AS importBatchId`;

type RawRow = Omit<EnterpriseRow, 'usccCheckAcknowledged' | 'keyProduct'> & { usccCheckAcknowledged: number; keyProduct: number };

/**
 * "430100" means the whole of Changsha, as "4301" does: GB/T 2260 pads a prefecture or province
 * with 00 pairs, so those are dropped before matching by prefix.
 */
export function regionGlob(prefix: string): string {
  let p = prefix;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return `${p}*`;
}

/** `census`: the text condition's index-only count, while it is the only condition (see countOf). */
type Where = { from: string; id: string; clauses: string[]; params: unknown[]; census?: Census | undefined };

/**
 * What to read and which conditions to apply for a search box that takes either a (partial) code
 * or part of a name, plus the filters. The search text picks the index the query starts from.
 */
function whereFor(db: Database.Database, q: EnterpriseQuery): Where {
  // Enterprises in the trash are not found by the search; the trash lists them.
  const w: Where = { from: 'enterprises e', id: 'e.id', clauses: ['e.deleted_at IS NULL'], params: [] };
  const add = (plan: TextPlan): void => {
    if (plan.kind === 'driver') { w.from = plan.from; w.id = plan.id; }
    w.clauses.push(...plan.where);
    w.params.push(...plan.params);
  };
  const text = normaliseName(q.query);
  if (text) {
    const code = normaliseCode(q.query);
    const looksLikeCode = /^[0-9A-Z]{4,18}$/.test(code) && /\d/.test(code);
    const plan = looksLikeCode ? codePlan(code) : namePlan(db, text);
    add(plan);
    w.census = plan.census;
  }
  const textOnly = w.clauses.length;
  if (q.status) {
    w.clauses.push('e.status = ?');
    w.params.push(q.status);
  }
  const representative = normaliseName(q.legalRepresentative ?? '');
  if (representative) add(representativePlan(representative));
  // Both prefixes are digits or one letter and digits (the contract's regexes): no GLOB syntax.
  if (q.regionPrefix) {
    w.clauses.push('e.region_code GLOB ?');
    w.params.push(regionGlob(q.regionPrefix));
  }
  if (q.industryCode) {
    w.clauses.push('e.industry_code GLOB ?');
    w.params.push(`${q.industryCode}*`);
  }
  if (q.recordKind) {
    const facts = ['r.enterprise_id = e.id', 'r.deleted_at IS NULL', 'r.kind = ?'];
    w.params.push(q.recordKind);
    if (q.recordOutcome) { facts.push('r.outcome = ?'); w.params.push(q.recordOutcome); }
    if (q.recordSince) { facts.push('r.occurred_on >= ?'); w.params.push(q.recordSince); }
    w.clauses.push(`EXISTS (SELECT 1 FROM credit_records r WHERE ${facts.join(' AND ')})`);
  }
  if (w.clauses.length !== textOnly) w.census = undefined;
  return w;
}

/** Beyond this many firms in the trash, asking each of them costs more than the census saves. */
const TRASH_CENSUS_LIMIT = 2_000;

/**
 * How many firms match, up to TOTAL_CAP + 1. A text condition alone is counted in its index —
 * all matching firms, less those of them in the trash (counted one by one through the trash's own
 * index, when the trash is small) — instead of reading each hit's row to see it is not trashed.
 */
function countOf(db: Database.Database, w: Where, body: string): number {
  const census = w.census;
  if (census) {
    const trash = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM enterprises INDEXED BY enterprises_trashed_idx WHERE deleted_at IS NOT NULL LIMIT ${TRASH_CENSUS_LIMIT + 1})`).pluck().get() as number;
    if (trash <= TRASH_CENSUS_LIMIT) {
      const trashed = trash === 0 ? 0 : db.prepare(`SELECT count(*) FROM enterprises e INDEXED BY enterprises_trashed_idx WHERE e.deleted_at IS NOT NULL AND ${census.one.sql}`)
        .pluck().get(...census.one.params) as number;
      const all = db.prepare(`SELECT count(*) FROM (${census.all.sql} LIMIT ?)`).pluck().get(...census.all.params, TOTAL_CAP + 1 + trashed) as number;
      return all - trashed;
    }
  }
  return db.prepare(`SELECT count(*) FROM (SELECT 1 ${body} LIMIT ?)`).pluck().get(...w.params, TOTAL_CAP + 1) as number;
}

/**
 * One page of enterprises and how many there are (counted up to TOTAL_CAP; `capped` says there
 * are more). In id order the rows are read in the order of the index the search starts from (the
 * same ids), so the page and the count stop as soon as they have enough.
 */
export function searchEnterprises(db: Database.Database, q: EnterpriseQuery): { rows: EnterpriseRow[]; total: number; capped: boolean } {
  const w = whereFor(db, q);
  const body = `FROM ${w.from} WHERE ${w.clauses.join(' AND ')}`;
  const counted = countOf(db, w, body);
  const column = SORT_COLUMNS[q.sort ?? 'id'];
  const direction = q.order === 'desc' ? 'DESC' : 'ASC';
  // The id breaks ties, so that paging through equal names neither repeats nor skips a row.
  const order = column === 'e.id' ? `${w.id} ${direction}` : `${column} ${direction}, e.id ${direction}`;
  const raw = db.prepare(`SELECT ${COLUMNS} ${body} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...w.params, q.pageSize, (q.page - 1) * q.pageSize) as RawRow[];
  return {
    rows: raw.map((r) => ({ ...r, usccCheckAcknowledged: r.usccCheckAcknowledged === 1, keyProduct: r.keyProduct === 1 })),
    total: Math.min(counted, TOTAL_CAP), capped: counted > TOTAL_CAP,
  };
}
