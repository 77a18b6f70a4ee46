import { basename } from 'node:path';
import type { Backup } from '../../contract';
import { toBeijingIso } from '../../core/shared/time';
import { fail } from '../failure';
import { requireUser, type CallContext, type Handler } from '../router/context';
import { createBackup, listBackups, type BackupFile } from '../workspace/backups';
import { restoreWorkspace, undoRestore, type RestoreResult } from '../workspace/restore';

function toBackup(b: BackupFile): Backup {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(b.stamp);
  const at = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`) : new Date(0);
  return { name: b.name, kind: b.kind, bytes: b.bytes, takenAt: toBeijingIso(at) };
}

const named = (r: RestoreResult): RestoreResult => ({ ...r, restoredFrom: basename(r.restoredFrom), preRestoreBackup: basename(r.preRestoreBackup) });

export const backupsList: Handler<'backups:list'> = (_input, ctx) => listBackups(ctx.ws.dir).map(toBackup);

export const backupsCreate: Handler<'backups:create'> = async (_input, ctx) => {
  const path = await createBackup(ctx.ws, 'manual', ctx.now());
  const made = listBackups(ctx.ws.dir).find((b) => b.path === path);
  return made ? toBackup(made) : fail('E_WORKSPACE', '备份已写入但未能列出');
};

function actorOf(ctx: CallContext) {
  const user = requireUser(ctx);
  return { userId: user.id, username: user.username };
}

export const backupsRestore: Handler<'backups:restore'> = async (input, ctx) => {
  const file = listBackups(ctx.ws.dir).find((b) => b.name === input.name) ?? fail('E_NOT_FOUND', `没有名为 ${input.name} 的备份`);
  const actor = actorOf(ctx);
  let result: RestoreResult | undefined;
  await ctx.replaceDatabase(async (workspace) => {
    result = await restoreWorkspace({ workspace, backupPath: file.path, resourcesDir: ctx.resourcesDir, actor, now: ctx.now() });
  });
  return named(result ?? fail('E_INTERNAL'));
};

export const backupsUndoRestore: Handler<'backups:undo-restore'> = async (_input, ctx) => {
  const actor = actorOf(ctx);
  let result: RestoreResult | undefined;
  await ctx.replaceDatabase(async (workspace) => {
    result = await undoRestore({ workspace, resourcesDir: ctx.resourcesDir, actor, now: ctx.now() });
  });
  return named(result ?? fail('E_INTERNAL'));
};

