import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { toBeijingIso } from '../../core/shared/time';
import { appendAudit, type AuditActor } from '../audit/chain';
import { loadMigrations, pendingMigrations } from '../db/migrations';
import { AppFailure, fail } from '../failure';
import { createBackup } from './backups';
import { DB_FILE, openWorkspace } from './open';

export type RestoreOptions = { workspace: string; backupPath: string; resourcesDir: string; actor: AuditActor; now: Date };
export type RestoreResult = { restoredFrom: string; preRestoreBackup: string; migratedFrom: number; schemaVersion: number };

const LAST_RESTORE = 'last-restore.json';

/** Checks a backup before anything is touched: whole, ours, and not from a newer app. */
function inspectBackup(path: string, resourcesDir: string): number {
  if (!existsSync(path)) fail('E_BACKUP_INVALID', `找不到备份文件：${path}`);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') fail('E_BACKUP_INVALID', '备份文件未通过完整性检查');
    const known = loadMigrations(join(resourcesDir, 'migrations'));
    const pending = pendingMigrations(db, known);
    if (pending.length === known.length) fail('E_BACKUP_INVALID', '该文件不是本程序的工作区数据库');
    return known.length - pending.length;
  } catch (e) {
    if (e instanceof AppFailure) {
      if (e.error.code === 'E_DB_TOO_NEW') fail('E_DB_TOO_NEW', '该备份由更新版本的程序创建，请升级本程序后再恢复', e.error.details);
      throw e;
    }
    return fail('E_BACKUP_INVALID', `无法读取备份文件：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    db?.close();
  }
}

/**
 * Replaces the workspace's database with a backup, so that a crash at any moment leaves either the
 * old database or the whole restored one (audit row included): check the backup → back up the
 * current database → copy the backup beside the live file → migrate it and write the restore's
 * audit row into that copy → note how to undo → swap by rename, the one atomic step.
 */
export async function restoreWorkspace(o: RestoreOptions): Promise<RestoreResult> {
  const migratedFrom = inspectBackup(o.backupPath, o.resourcesDir);
  const current = await openWorkspace(o.workspace, { resourcesDir: o.resourcesDir });
  let preRestoreBackup: string;
  try {
    preRestoreBackup = await createBackup(current, 'pre-restore', o.now);
  } finally {
    current.close();
  }
  const live = join(o.workspace, DB_FILE);
  const stagingName = `${DB_FILE}.restoring`;
  const staging = join(o.workspace, stagingName);
  for (const f of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(f, { force: true });
  const source = new Database(o.backupPath, { readonly: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  const copy = await openWorkspace(o.workspace, { resourcesDir: o.resourcesDir, now: () => o.now, dbFile: stagingName });
  const schemaVersion = copy.schemaVersion;
  try {
    copy.db.transaction(() => appendAudit(copy.db, o.actor, toBeijingIso(o.now), {
      action: 'backup:restore', entity: 'workspace', entityId: null, before: { preRestoreBackup },
      after: { restoredFrom: o.backupPath, migratedFrom, schemaVersion },
    })).immediate();
    // One self-contained file before the swap: nothing of it may stay behind in a -wal file.
    copy.db.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  // Written before the swap: if the process dies between the two, "undo" restores the
  // pre-restore backup, which is then simply the current state again.
  const note = join(o.workspace, 'backups', LAST_RESTORE);
  writeFileSync(`${note}.tmp`, JSON.stringify({ restoredFrom: o.backupPath, preRestoreBackup, at: toBeijingIso(o.now) }, null, 2));
  renameSync(`${note}.tmp`, note);
  for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
  renameSync(staging, live);
  return { restoredFrom: o.backupPath, preRestoreBackup, migratedFrom, schemaVersion };
}

/** Undoes the last restore by restoring the backup taken just before it (itself undoable). */
export async function undoRestore(o: Omit<RestoreOptions, 'backupPath'>): Promise<RestoreResult> {
  const note = join(o.workspace, 'backups', LAST_RESTORE);
  if (!existsSync(note)) fail('E_NOTHING_TO_UNDO');
  const { preRestoreBackup } = JSON.parse(readFileSync(note, 'utf8')) as { preRestoreBackup: string };
  return restoreWorkspace({ ...o, backupPath: preRestoreBackup });
}
