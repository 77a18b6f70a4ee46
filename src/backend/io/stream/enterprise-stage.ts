import type Database from 'better-sqlite3';
import type { EnterpriseFields } from '../../../core/enterprises/enterprise';
import { fail } from '../../failure';

/**
 * Rows moved by one INSERT … SELECT. The full-text index (FTS5) flushes its pending terms at
 * every statement that writes it inside a transaction, so a row-at-a-time insert into
 * `enterprises` writes a tiny index segment per row; a statement per 20,000 rows writes it in
 * bulk, which is what makes a million-row import several times faster.
 */
export const STAGE_ROWS = 20_000;

/**
 * The enterprises columns a staged row carries, exactly as `enterpriseInserter`
 * (kinds/enterprises-store) fills them — a test keeps the two equal. The times and the batch are
 * not staged: they are known only at the commit and bound by the statement that moves the rows.
 */
const FIELDS = ['uscc', 'uscc_check_ack', 'name', 'region_code', 'industry_code', 'legal_representative', 'address', 'status',
  'org_code', 'registration_region_code'] as const;
const BOUND = ['created_at', 'updated_at', 'import_batch_id'] as const;

export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Error && (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export const taken = (row: number): never =>
  fail('E_USCC_DUPLICATE', `第 ${row} 行的代码在预览之后已被登记，未导入任何数据，请重新预览`, { row });

/** Checked enterprises in a temp table, keyed by their row in the file (so kept in file order). */
export type EnterpriseStage = {
  /** The table's qualified name, `temp.…`. */
  readonly table: string;
  add(row: number, e: EnterpriseFields): void;
};

/**
 * (Re)creates `table` — a name in the connection's temp schema, never in the workspace file — and
 * fills it with one prepared statement. `line` is the rowid: rows added in file order are
 * appended, and a row is found or left out by its number without another index.
 */
export function enterpriseStage(db: Database.Database, table: string): EnterpriseStage {
  db.exec(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (line INTEGER PRIMARY KEY, ${FIELDS.join(', ')})`);
  const put = db.prepare(`INSERT INTO ${table} VALUES (?, ${FIELDS.map(() => '?').join(', ')})`);
  return {
    table,
    add(row, e) {
      put.run(row, e.uscc, e.usccCheckAcknowledged ? 1 : 0, e.name, e.regionCode, e.industryCode, e.legalRepresentative,
        e.address, e.status, e.uscc.slice(8, 17), e.uscc.slice(2, 8));
    },
  };
}

/**
 * Moves the staged rows with `after < line <= upTo` into `main.enterprises`, in file order, by one
 * statement; answers how many. Triggers, constraints and indexes apply as for any insert. A code
 * registered since the check makes the statement fail whole (it changed nothing): the first
 * staged row whose code is now taken is the one named.
 */
export function stageMover(db: Database.Database, table: string, at: string, batchId: number): (after: number, upTo: number) => number {
  const move = db.prepare(`INSERT INTO main.enterprises (${[...FIELDS, ...BOUND].join(', ')})
    SELECT ${FIELDS.join(', ')}, ?, ?, ? FROM ${table} WHERE line > ? AND line <= ? ORDER BY line`);
  const clash = db.prepare(`SELECT s.line FROM ${table} s WHERE s.line > ? AND s.line <= ?
    AND EXISTS (SELECT 1 FROM main.enterprises e WHERE e.uscc = s.uscc) ORDER BY s.line LIMIT 1`).pluck();
  return (after, upTo) => {
    try {
      return move.run(at, at, batchId, after, upTo).changes;
    } catch (e) {
      if (isUniqueViolation(e)) taken((clash.get(after, upTo) as number | undefined) ?? 0);
      throw e;
    }
  };
}
