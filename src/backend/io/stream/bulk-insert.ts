import type Database from 'better-sqlite3';
import type { ImportKindName } from '../../../contract/imports';
import type { EnterpriseFields } from '../../../core/enterprises/enterprise';
import { fail } from '../../failure';
import { kindEntry } from '../kinds';

/** Writes a commit's records: `add` each in file order, then `flush` once at the end; `close` in any case. */
export type BulkInserter = { add(record: unknown, row: number): void; flush(): void; close(): void };

/**
 * Rows staged before one INSERT … SELECT moves them. The full-text index (FTS5) flushes its
 * pending terms at every statement that writes it inside a transaction, so a row-at-a-time
 * insert into `enterprises` writes a tiny index segment per row; a statement per 20,000 rows
 * writes it in bulk, which is what makes a million-row import several times faster.
 */
const STAGE_ROWS = 20_000;

const STAGE = 'temp.qcd_import_stage';

/** The enterprises columns the staged rows fill, exactly as `enterpriseInserter` (kinds/enterprises-store) fills them. */
const COLUMNS = ['uscc', 'uscc_check_ack', 'name', 'region_code', 'industry_code', 'legal_representative', 'address', 'status',
  'created_at', 'updated_at', 'org_code', 'registration_region_code', 'import_batch_id'] as const;

/**
 * The page cache a bulk write gets (KiB): every firm adds a dozen keys at random places of the name
 * gram index and the trigram index, and SQLite's default 2 MB cache rereads their pages from disk
 * for nearly every row. Well inside the import's memory budget; put back when the write ends.
 */
const BULK_CACHE_KIB = 64 * 1024;

/** Raises the connection's page cache for a bulk write; `restore` puts the previous size back. */
export function largerCache(db: Database.Database): { restore(): void } {
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-BULK_CACHE_KIB}`);
  return { restore: () => { db.pragma(`cache_size = ${before}`); } };
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Error && (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

const taken = (row: number): never =>
  fail('E_USCC_DUPLICATE', `第 ${row} 行的代码在预览之后已被登记，未导入任何数据，请重新预览`, { row });

/**
 * Enterprises through a staging table in the connection's temp schema (never in the workspace
 * file), moved into `enterprises` every STAGE_ROWS rows with the same values `enterpriseInserter`
 * writes — a test keeps the two equal. Triggers, constraints and indexes apply as for any insert.
 */
function stagedEnterprises(db: Database.Database, at: string, batchId: number): BulkInserter {
  const cache = largerCache(db);
  db.exec(`DROP TABLE IF EXISTS ${STAGE}; CREATE TABLE ${STAGE} (line INTEGER NOT NULL, ${COLUMNS.join(', ')})`);
  const stage = db.prepare(`INSERT INTO ${STAGE} VALUES (${['?', ...COLUMNS.map(() => '?')].join(', ')})`);
  const move = db.prepare(`INSERT INTO main.enterprises (${COLUMNS.join(', ')}) SELECT ${COLUMNS.join(', ')} FROM ${STAGE} ORDER BY rowid`);
  const clear = db.prepare(`DELETE FROM ${STAGE}`);
  const clash = db.prepare(`SELECT s.line FROM ${STAGE} s WHERE EXISTS (SELECT 1 FROM main.enterprises e WHERE e.uscc = s.uscc) ORDER BY s.rowid LIMIT 1`).pluck();
  let staged = 0;
  const flush = (): void => {
    if (staged === 0) return;
    try {
      move.run();
    } catch (e) {
      // The failed statement changed nothing; the staged row whose code is now taken is the one to name.
      if (isUniqueViolation(e)) taken((clash.get() as number | undefined) ?? 0);
      throw e;
    }
    clear.run();
    staged = 0;
  };
  return {
    add(record, row) {
      const e = record as EnterpriseFields;
      stage.run(row, e.uscc, e.usccCheckAcknowledged ? 1 : 0, e.name, e.regionCode, e.industryCode, e.legalRepresentative,
        e.address, e.status, at, at, e.uscc.slice(8, 17), e.uscc.slice(2, 8), batchId);
      if (++staged >= STAGE_ROWS) flush();
    },
    flush,
    close: () => {
      db.exec(`DROP TABLE IF EXISTS ${STAGE}`);
      cache.restore();
    },
  };
}

/** Any other kind: its own prepared-statement inserter, a row at a time (credit records have no full-text index). */
function rowByRow(kind: ImportKindName, db: Database.Database, at: string, batchId: number): BulkInserter {
  const insert = kindEntry(kind).store.inserter(db, at, batchId);
  return {
    add(record, row) {
      try {
        insert(record);
      } catch (e) {
        if (isUniqueViolation(e)) taken(row);
        throw e;
      }
    },
    flush: () => undefined,
    close: () => undefined,
  };
}

/** How a commit writes the records of a kind, inside the caller's transaction. */
export function bulkInserter(kind: ImportKindName, db: Database.Database, at: string, batchId: number): BulkInserter {
  return kind === 'enterprises' ? stagedEnterprises(db, at, batchId) : rowByRow(kind, db, at, batchId);
}
