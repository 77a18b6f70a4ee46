import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend';
import { fail } from '../../backend/failure';
import { backupToFile } from '../../backend/workspace/backup';
import { createBackup } from '../../backend/workspace/backups';
import { restoreWorkspace, undoRestore, type RestoreResult } from '../../backend/workspace/restore';
import { call, type Out } from '../io';
import { signInAs } from './accounts';
import type { Flags } from './workspace-commands';

/** A verified copy made with SQLite's online backup; the workspace stays open for others meanwhile. */
export async function backupCommand(backend: Backend, flags: Flags, out: Out): Promise<void> {
  const now = new Date();
  const path = flags.out ? await backupToFile(backend.ws.db, resolve(flags.out)) : await createBackup(backend.ws, 'manual', now);
  out.result({ ok: true, backup: path }, `已备份并通过完整性检查：${path}`);
}

/**
 * Restores a backup (or, with --undo, the state before the last restore). Only an administrator
 * may, and the restore is recorded in the restored database's audit trail under their name.
 */
export async function restoreCommand(backend: Backend, flags: Flags, out: Out, resourcesDir: string): Promise<void> {
  if (!flags.undo && !flags.backup) fail('E_VALIDATION', '请给出要恢复的备份文件，或使用 --undo 撤销上一次恢复');
  const session = await signInAs(backend, flags.user, flags.passwordFile);
  const me = await call(backend, 'auth:me', {}, session);
  if (me.role !== 'admin') fail('E_FORBIDDEN', '只有管理员可以恢复备份');
  backend.close();
  const common = { workspace: backend.ws.dir, resourcesDir, actor: { userId: me.id, username: me.username }, now: new Date() };
  const r: RestoreResult = flags.undo ? await undoRestore(common) : await restoreWorkspace({ ...common, backupPath: resolve(flags.backup ?? '') });
  const migrated = r.migratedFrom < r.schemaVersion ? `，并已从第 ${r.migratedFrom} 版升级到第 ${r.schemaVersion} 版` : '';
  out.result({ ok: true, ...r },
    `${flags.undo ? '已撤销上一次恢复' : '已恢复'}：${r.restoredFrom}${migrated}\n恢复前的数据已备份到 ${r.preRestoreBackup}（可用 qcd restore --undo 撤销）`);
}
