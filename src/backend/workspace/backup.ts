import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fail } from '../failure';

/** 20261128T021530123Z: sorts by time, safe in file names, unique to the millisecond. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * Copies the live database with SQLite's online backup, verifies the copy with
 * `PRAGMA integrity_check`, and only then gives it its final name — so a file in backups/
 * is always a whole, checked database.
 */
export async function backupDatabase(db: Database.Database, backupsDir: string, label: string, at: Date): Promise<string> {
  return backupToFile(db, join(backupsDir, `${backupStamp(at)}-${label}.sqlite`));
}

/** The same, to a path of the caller's choosing (`qcd backup --out`). */
export async function backupToFile(db: Database.Database, finalPath: string): Promise<string> {
  const tempPath = `${finalPath}.partial`;
  try {
    await db.backup(tempPath);
    // A backup is one self-contained file: rollback-journal mode, so opening it never leaves
    // -wal/-shm companions behind that would have to travel with it.
    const copy = new Database(tempPath);
    try {
      copy.pragma('journal_mode = DELETE');
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`backup integrity check: ${String(result)}`);
    } finally {
      copy.close();
    }
    renameSync(tempPath, finalPath);
    return finalPath;
  } catch (e) {
    for (const f of [tempPath, `${tempPath}-wal`, `${tempPath}-shm`]) rmSync(f, { force: true });
    return fail('E_WORKSPACE', `备份失败，未做任何修改：${e instanceof Error ? e.message : String(e)}`);
  }
}
