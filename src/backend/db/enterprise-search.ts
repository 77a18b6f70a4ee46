import type Database from 'better-sqlite3';
import { normaliseCode } from '../../core/identifiers/normalise';
import { normaliseName } from '../../core/enterprises/enterprise';
import type { EnterpriseRow } from './schema';

export type EnterpriseQuery = { query: string; status?: EnterpriseRow['status'] | undefined; page: number; pageSize: number };

const COLUMNS = `e.id, e.uscc, e.uscc_check_ack AS usccCheckAcknowledged, e.name, e.region_code AS regionCode,
  e.industry_code AS industryCode, e.legal_representative AS legalRepresentative, e.address, e.status,
  e.created_at AS createdAt, e.updated_at AS updatedAt`;

type RawRow = Omit<EnterpriseRow, 'usccCheckAcknowledged'> & { usccCheckAcknowledged: number };

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
    } else if ([...text].length >= 3) {
      clauses.push('e.id IN (SELECT rowid FROM enterprises_fts WHERE enterprises_fts MATCH ?)');
      params.push(`name : ${ftsPhrase(text)}`);
    } else {
      clauses.push('instr(e.name, ?) > 0');
      params.push(text);
    }
  }
  if (q.status) {
    clauses.push('e.status = ?');
    params.push(q.status);
  }
  return { sql: `WHERE ${clauses.join(' AND ')}`, params };
}

export function searchEnterprises(db: Database.Database, q: EnterpriseQuery): { rows: EnterpriseRow[]; total: number } {
  const where = whereFor(q);
  const total = db.prepare(`SELECT count(*) FROM enterprises e ${where.sql}`).pluck().get(...where.params) as number;
  const raw = db.prepare(`SELECT ${COLUMNS} FROM enterprises e ${where.sql} ORDER BY e.id LIMIT ? OFFSET ?`)
    .all(...where.params, q.pageSize, (q.page - 1) * q.pageSize) as RawRow[];
  return { rows: raw.map((r) => ({ ...r, usccCheckAcknowledged: r.usccCheckAcknowledged === 1 })), total };
}
