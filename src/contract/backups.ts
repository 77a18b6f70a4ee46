import { z } from 'zod';
import { defineCall } from './define';

export const BackupSchema = z.object({
  name: z.string(),
  kind: z.enum(['daily', 'manual', 'pre-migrate', 'pre-restore', 'other']),
  bytes: z.number().int(),
  /** When it was taken, Beijing time. */
  takenAt: z.string(),
});
export type Backup = z.infer<typeof BackupSchema>;

export const RestoreResultSchema = z.object({
  restoredFrom: z.string(),
  preRestoreBackup: z.string(),
  migratedFrom: z.number().int(),
  schemaVersion: z.number().int(),
});

/** Backups are named, never given as paths: the UI can only restore what is in the workspace. */
const BackupNameSchema = z.string().regex(/^\d{8}T\d{9}Z-[a-z0-9-]+\.sqlite$/, '备份文件名无效');

export const backupsList = defineCall({
  channel: 'backups:list', summary: '备份列表', access: ['admin'], mutates: false,
  input: z.object({}), output: z.array(BackupSchema), errors: [],
});

export const backupsCreate = defineCall({
  channel: 'backups:create', summary: '立即备份', access: ['admin'], mutates: false,
  input: z.object({}), output: BackupSchema, errors: ['E_WORKSPACE'],
});

export const backupsRestore = defineCall({
  channel: 'backups:restore', summary: '恢复备份（之后需重新登录）', access: ['admin'], mutates: false,
  input: z.object({ name: BackupNameSchema }), output: RestoreResultSchema,
  errors: ['E_NOT_FOUND', 'E_BACKUP_INVALID', 'E_DB_TOO_NEW'],
});

export const backupsUndoRestore = defineCall({
  channel: 'backups:undo-restore', summary: '撤销上一次恢复（之后需重新登录）', access: ['admin'], mutates: false,
  input: z.object({}), output: RestoreResultSchema, errors: ['E_NOTHING_TO_UNDO', 'E_BACKUP_INVALID'],
});
