import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fail } from '../failure';

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Copies the live database with SQLite's online backup, verifies the copy with
 * `PRAGMA integrity_check`, and only then gives it its final name — so a file in backups/
 * is always a whole, checked database.
 */
export async function backupDatabase(db: Database.Database, backupsDir: string, label: string, at: Date): Promise<string> {
  const finalPath = join(backupsDir, `${stamp(at)}-${label}.sqlite`);
  const tempPath = `${finalPath}.partial`;
  try {
    await db.backup(tempPath);
    const copy = new Database(tempPath, { readonly: true });
    try {
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`backup integrity check: ${String(result)}`);
    } finally {
      copy.close();
    }
    renameSync(tempPath, finalPath);
    return finalPath;
  } catch (e) {
    rmSync(tempPath, { force: true });
    return fail('E_WORKSPACE', `备份失败，未做任何修改：${e instanceof Error ? e.message : String(e)}`);
  }
}
