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
  page: number;
  pageSize: number;
};

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
function regionGlob(prefix: string): string {
  let p = prefix;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return `${p}*`;
}

/** Names of 3+ characters use the trigram index on one FTS column; shorter ones instr(). */
function textClause(column: 'name' | 'legal_representative', text: string): { sql: string; param: string } {
  return [...text].length >= 3
    ? { sql: 'e.id IN (SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?)', param: `${column} : ${ftsPhrase(text)}` }
    : { sql: `instr(e.${column}, ?) > 0`, param: text };
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
function whereFor(q: EnterpriseQuery): { sql: string; params: unknown[] } {
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
      const c = textClause('name', text);
      clauses.push(c.sql);
      params.push(c.param);
    }
  }
  if (q.status) {
    clauses.push('e.status = ?');
    params.push(q.status);
  }
  const representative = normaliseName(q.legalRepresentative ?? '');
  if (representative) {
    const c = textClause('legal_representative', representative);
    clauses.push(c.sql);
    params.push(c.param);
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
  return { sql: `WHERE ${clauses.join(' AND ')}`, params };
}

export function searchEnterprises(db: Database.Database, q: EnterpriseQuery): { rows: EnterpriseRow[]; total: number } {
  const where = whereFor(q);
  const total = db.prepare(`SELECT count(*) FROM enterprises e ${where.sql}`).pluck().get(...where.params) as number;
  const raw = db.prepare(`SELECT ${COLUMNS} FROM enterprises e ${where.sql} ORDER BY e.id LIMIT ? OFFSET ?`)
    .all(...where.params, q.pageSize, (q.page - 1) * q.pageSize) as RawRow[];
  return { rows: raw.map((r) => ({ ...r, usccCheckAcknowledged: r.usccCheckAcknowledged === 1, keyProduct: r.keyProduct === 1 })), total };
}
