import type Database from 'better-sqlite3';
import type { EnterpriseFields } from '../../../core/enterprises/enterprise';
import { enterpriseStage, STAGE_ROWS, stageMover } from './enterprise-stage';

/**
 * The valid rows of an enterprise preview, kept in a table of the workspace connection's temp
 * schema so that the commit moves them instead of reading and checking the file again. The temp
 * schema is a file SQLite deletes when the connection closes (`temp_store = FILE`, set when the
 * workspace opens): a million rows cost the disk, not the memory — only its page cache is held.
 */
export type PreviewStage = {
  /** The connection the rows are on: another connection (a restore reopens it) cannot see them. */
  readonly db: Database.Database;
  /** Unqualified name, in `temp`. */
  readonly name: string;
  /** Rows staged. */
  readonly rows: number;
  /** Whether the table is still there (nothing but `drop` removes it, short of a closed connection). */
  exists(): boolean;
  /** Drops the table; nothing to do once the connection is closed, which took the table with it. */
  drop(): void;
};

const PREFIX = 'qcd_preview_';
/** Names are unique in the process, so that a stale preview never reaches a newer preview's rows. */
let counter = 0;

function dropTable(db: Database.Database, name: string): void {
  if (db.open) db.exec(`DROP TABLE IF EXISTS temp.${name}`);
}

export type PreviewStaging = {
  add(row: number, e: EnterpriseFields): void;
  /** What the preview store keeps, or null (the table dropped) when staging failed. */
  done(): PreviewStage | null;
  drop(): void;
};

/**
 * A new staging table on `db`: `add` each valid row in file order, then `done`; `drop` if the
 * preview fails. A write the temp file refuses (a full disk) stops the staging, not the preview:
 * the commit then reads the file again, as it does for other kinds.
 */
export function openPreviewStage(db: Database.Database): PreviewStaging {
  const name = `${PREFIX}${++counter}`;
  const stage = enterpriseStage(db, `temp.${name}`);
  const exists = db.prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?").pluck();
  let rows = 0;
  let failed = false;
  const drop = (): void => dropTable(db, name);
  return {
    add(row, e) {
      if (failed) return;
      try {
        stage.add(row, e);
        rows++;
      } catch (err) {
        if (!(err instanceof Error && err.name === 'SqliteError')) throw err;
        failed = true;
      }
    },
    done() {
      if (failed) {
        drop();
        return null;
      }
      return { db, name, rows, exists: () => db.open && exists.get(name) === 1, drop };
    },
    drop,
  };
}

/**
 * Drops the staging tables on `db` that no live preview holds. A drop made inside a transaction
 * that then rolls back (a commit refused after the store swept an expired preview) brings its
 * table back with nobody to drop it; the next preview clears it.
 */
export function dropStrayStages(db: Database.Database, live: ReadonlySet<string>): void {
  const names = db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'").pluck()
    .all(`${PREFIX.replace(/_/g, '\\_')}%`) as string[];
  for (const name of names) if (!live.has(name)) dropTable(db, name);
}

/**
 * Moves the staged rows into `main.enterprises` in file order, STAGE_ROWS rows per statement,
 * leaving out the rows in `skip`; answers how many it moved. The rows left out are deleted from
 * the staging table in the caller's transaction, so a rollback puts them back for another try.
 * `between` runs after each statement (progress, cancel).
 */
export async function moveStaged(
  stage: PreviewStage, skip: Iterable<number>, at: string, batchId: number, between: (moved: number, total: number) => Promise<void>,
): Promise<number> {
  const { db } = stage;
  const table = `temp.${stage.name}`;
  const unstage = db.prepare(`DELETE FROM ${table} WHERE line = ?`);
  let total = stage.rows;
  for (const row of skip) total -= unstage.run(row).changes;
  // The line that ends the next STAGE_ROWS rows; none when fewer are left.
  const end = db.prepare(`SELECT line FROM ${table} WHERE line > ? ORDER BY line LIMIT 1 OFFSET ${STAGE_ROWS - 1}`).pluck();
  const move = stageMover(db, table, at, batchId);
  let moved = 0;
  for (let after = 0; ;) {
    const upTo = end.get(after) as number | undefined;
    moved += move(after, upTo ?? Number.MAX_SAFE_INTEGER);
    await between(moved, total);
    if (upTo === undefined) return moved;
    after = upTo;
  }
}
