import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from './backup';
import type { Workspace } from './open';

export const BACKUP_KINDS = ['daily', 'manual', 'pre-migrate', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export type BackupFile = { path: string; name: string; kind: BackupKind | 'other'; bytes: number; stamp: string };

/** How many of each automatic kind are kept; manual backups are the officer's and never pruned. */
export const RETENTION: Record<Exclude<BackupKind, 'manual'>, number> = { daily: 14, 'pre-migrate': 10, 'pre-restore': 10 };

const NAME = /^(\d{8}T\d{9}Z)-(daily|manual|pre-migrate(?:-v\d+)?|pre-restore)\.sqlite$/;

function kindOf(label: string): BackupKind {
  return label.startsWith('pre-migrate') ? 'pre-migrate' : (label as BackupKind);
}

/** Finished backups, newest first (a `.partial` file is an interrupted copy and never listed). */
export function listBackups(workspaceDir: string): BackupFile[] {
  const dir = join(workspaceDir, 'backups');
  return readdirSync(dir)
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      const path = join(dir, name);
      return [{ path, name, kind: kindOf(m[2] ?? ''), bytes: statSync(path).size, stamp: m[1] ?? '' }];
    })
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

/** Deletes the oldest automatic backups beyond each kind's retention. */
export function pruneBackups(workspaceDir: string): string[] {
  const removed: string[] = [];
  for (const [kind, keep] of Object.entries(RETENTION)) {
    for (const old of listBackups(workspaceDir).filter((b) => b.kind === kind).slice(keep)) {
      rmSync(old.path, { force: true });
      removed.push(old.name);
    }
  }
  return removed;
}

export async function createBackup(ws: Workspace, kind: BackupKind, at: Date): Promise<string> {
  const path = await backupDatabase(ws.db, join(ws.dir, 'backups'), kind, at);
  pruneBackups(ws.dir);
  return path;
}

/** One automatic backup a day, made when the app opens a workspace that has not had one in 24 h. */
export async function dailyBackupIfDue(ws: Workspace, now: Date): Promise<string | null> {
  const last = listBackups(ws.dir).find((b) => b.kind === 'daily');
  if (last && now.getTime() - statSync(last.path).mtimeMs < 24 * 60 * 60 * 1000) return null;
  return createBackup(ws, 'daily', now);
}
