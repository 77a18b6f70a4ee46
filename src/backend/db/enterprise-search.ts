import type Database from 'better-sqlite3';
import { normaliseCode } from '../../core/identifiers/normalise';
import { normaliseName } from '../../core/enterprises/enterprise';
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
/** A one-character query with more hits than this is answered by scanning names in id order, where hits are dense. */
const RARE_CHAR_LIMIT = 20_000;

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

/** The end of the key range of grams that start with `ch`. */
const after = (ch: string): string => `${ch}\u{10FFFF}`;

/**
 * Names of 3+ characters use the trigram index. Two characters are one key of the gram index; one
 * character a key range of it — unless the character is so common that scanning names in id order
 * finds a page of hits sooner than collecting them from the index.
 */
function textClause(db: Database.Database, column: 'name' | 'legal_representative', text: string): { sql: string; params: unknown[] } {
  const length = [...text].length;
  if (length >= 3) {
    return { sql: 'e.id IN (SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?)', params: [`${column} : ${ftsPhrase(text)}`] };
  }
  if (column === 'name' && length === 2) {
    return { sql: 'e.id IN (SELECT enterprise_id FROM enterprise_name_grams WHERE gram = ?)', params: [text] };
  }
  if (column === 'name') {
    const hits = db.prepare('SELECT count(*) FROM (SELECT 1 FROM enterprise_name_grams WHERE gram >= ? AND gram < ? LIMIT ?)')
      .pluck().get(text, after(text), RARE_CHAR_LIMIT) as number;
    if (hits < RARE_CHAR_LIMIT) {
      return { sql: 'e.id IN (SELECT enterprise_id FROM enterprise_name_grams WHERE gram >= ? AND gram < ?)', params: [text, after(text)] };
    }
  }
  return { sql: `instr(e.${column}, ?) > 0`, params: [text] };
}

/** Quotes a string as one FTS5 phrase, so that user input is never read as query syntax. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Builds the WHERE clause for a search box that takes either a (partial) code or part of a name.
 * Names of 3+ characters go through the trigram index; shorter ones use instr() over the table,
 * because trigram cannot match fewer than three characters.
 */
function whereFor(db: Database.Database, q: EnterpriseQuery): { sql: string; params: unknown[] } {
  // Enterprises in the trash are not found by the search; the trash lists them.
  const clauses: string[] = ['e.deleted_at IS NULL'];
  const params: unknown[] = [];
  const text = normaliseName(q.query);
  if (text) {
    const code = normaliseCode(q.query);
    const looksLikeCode = /^[0-9A-Z]{4,18}$/.test(code) && /\d/.test(code);
    if (looksLikeCode) {
      clauses.push('(e.uscc GLOB ? OR instr(e.uscc, ?) > 0)');
      params.push(`${code}*`, code);
    } else {
      const c = textClause(db, 'name', text);
      clauses.push(c.sql);
      params.push(...c.params);
    }
  }
  if (q.status) {
    clauses.push('e.status = ?');
    params.push(q.status);
  }
  const representative = normaliseName(q.legalRepresentative ?? '');
  if (representative) {
    const c = textClause(db, 'legal_representative', representative);
    clauses.push(c.sql);
    params.push(...c.params);
  }
  // Both prefixes are digits or one letter and digits (the contract's regexes): no GLOB syntax.
  if (q.regionPrefix) {
    clauses.push('e.region_code GLOB ?');
    params.push(regionGlob(q.regionPrefix));
  }
  if (q.industryCode) {
    clauses.push('e.industry_code GLOB ?');
    params.push(`${q.industryCode}*`);
  }
  if (q.recordKind) {
    const facts = ['r.enterprise_id = e.id', 'r.deleted_at IS NULL', 'r.kind = ?'];
    params.push(q.recordKind);
    if (q.recordOutcome) { facts.push('r.outcome = ?'); params.push(q.recordOutcome); }
    if (q.recordSince) { facts.push('r.occurred_on >= ?'); params.push(q.recordSince); }
    clauses.push(`EXISTS (SELECT 1 FROM credit_records r WHERE ${facts.join(' AND ')})`);
  }
  return { sql: `WHERE ${clauses.join(' AND ')}`, params };
}

/**
 * One page of enterprises and how many there are (counted up to TOTAL_CAP; `capped` says there
 * are more).
 */
export function searchEnterprises(db: Database.Database, q: EnterpriseQuery): { rows: EnterpriseRow[]; total: number; capped: boolean } {
  const where = whereFor(db, q);
  const counted = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM enterprises e ${where.sql} LIMIT ?)`).pluck()
    .get(...where.params, TOTAL_CAP + 1) as number;
  const column = SORT_COLUMNS[q.sort ?? 'id'];
  const direction = q.order === 'desc' ? 'DESC' : 'ASC';
  // The id breaks ties, so that paging through equal names neither repeats nor skips a row.
  const order = column === 'e.id' ? `e.id ${direction}` : `${column} ${direction}, e.id ${direction}`;
  const raw = db.prepare(`SELECT ${COLUMNS} FROM enterprises e ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...where.params, q.pageSize, (q.page - 1) * q.pageSize) as RawRow[];
  return {
    rows: raw.map((r) => ({ ...r, usccCheckAcknowledged: r.usccCheckAcknowledged === 1, keyProduct: r.keyProduct === 1 })),
    total: Math.min(counted, TOTAL_CAP), capped: counted > TOTAL_CAP,
  };
}
