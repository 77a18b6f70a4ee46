import type Database from 'better-sqlite3';
import type { ImportKindName } from '../../../contract/imports';
import type { EnterpriseFields } from '../../../core/enterprises/enterprise';
import { kindEntry } from '../kinds';
import { enterpriseStage, isUniqueViolation, STAGE_ROWS, stageMover, taken } from './enterprise-stage';

/** Writes a commit's records: `add` each in file order, then `flush` once at the end; `close` in any case. */
export type BulkInserter = { add(record: unknown, row: number): void; flush(): void; close(): void };

const STAGE = 'temp.qcd_import_stage';

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

/**
 * Enterprises through a staging table in the connection's temp schema, moved into `enterprises`
 * every STAGE_ROWS rows (see enterprise-stage). The commit's path when it cannot use what its
 * preview staged (see preview-stage).
 */
function stagedEnterprises(db: Database.Database, at: string, batchId: number): BulkInserter {
  const cache = largerCache(db);
  const stage = enterpriseStage(db, STAGE);
  const move = stageMover(db, STAGE, at, batchId);
  const clear = db.prepare(`DELETE FROM ${STAGE}`);
  let staged = 0;
  const flush = (): void => {
    if (staged === 0) return;
    move(0, Number.MAX_SAFE_INTEGER);
    clear.run();
    staged = 0;
  };
  return {
    add(record, row) {
      stage.add(row, record as EnterpriseFields);
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
