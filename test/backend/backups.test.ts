import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../src/backend/failure';
import { createBackup, dailyBackupIfDue, listBackups, RETENTION } from '../../src/backend/workspace/backups';
import { restoreWorkspace, undoRestore } from '../../src/backend/workspace/restore';
import { openWorkspace } from '../../src/backend/workspace/open';
import { verifyAuditChain } from '../../src/backend/audit/chain';
import { RESOURCES, tempDir } from '../helpers/workspace';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()?.(); });
const actor = { userId: 1, username: 'admin' };

async function workspaceWith(names: string[], resourcesDir = RESOURCES): Promise<string> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const ws = await openWorkspace(t.dir, { resourcesDir });
  for (const n of names) ws.db.prepare("INSERT INTO meta (key, value) VALUES (?, 'x')").run(n);
  ws.close();
  return t.dir;
}

function keys(dir: string): string[] {
  const db = new Database(join(dir, 'qcd.sqlite'), { readonly: true });
  try {
    return db.prepare("SELECT key FROM meta WHERE key LIKE 'k%' ORDER BY key").pluck().all() as string[];
  } finally {
    db.close();
  }
}

async function failureCode(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppFailure);
  return (e as AppFailure).error.code;
}

describe('backup and restore', () => {
  it('restores a backup, records it in the audit trail, and can undo the restore', async () => {
    const dir = await workspaceWith(['k1']);
    const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
    const backup = await createBackup(ws, 'manual', new Date());
    ws.db.prepare("INSERT INTO meta (key, value) VALUES ('k2', 'x')").run();
    ws.close();
    expect(readdirSync(join(dir, 'backups')).filter((f) => /-(wal|shm)$|partial/.test(f))).toEqual([]);

    const r = await restoreWorkspace({ workspace: dir, backupPath: backup, resourcesDir: RESOURCES, actor, now: new Date() });
    expect(keys(dir)).toEqual(['k1']);
    const restored = await openWorkspace(dir, { resourcesDir: RESOURCES });
    expect(verifyAuditChain(restored.db).problems).toEqual([]);
    expect(restored.db.prepare("SELECT username FROM audit_log WHERE action = 'backup:restore'").pluck().all()).toEqual(['admin']);
    restored.close();
    expect(listBackups(dir).map((b) => b.path)).toContain(r.preRestoreBackup);

    await undoRestore({ workspace: dir, resourcesDir: RESOURCES, actor, now: new Date() });
    expect(keys(dir)).toEqual(['k1', 'k2']);
  });

  it('migrates a backup made by an older version on restore', async () => {
    const old = tempDir();
    cleanups.push(old.cleanup);
    cpSync(RESOURCES, old.dir, { recursive: true });
    const journal = join(old.dir, 'migrations', 'meta', '_journal.json');
    const j = JSON.parse(readFileSync(journal, 'utf8')) as { entries: unknown[] };
    writeFileSync(journal, JSON.stringify({ ...j, entries: j.entries.slice(0, 1) }));
    const oldWs = await workspaceWith(['k-old'], old.dir);
    const target = await workspaceWith(['k-new']);
    const r = await restoreWorkspace({ workspace: target, backupPath: join(oldWs, 'qcd.sqlite'), resourcesDir: RESOURCES, actor, now: new Date() });
    expect(r.migratedFrom).toBe(1);
    expect(r.schemaVersion).toBeGreaterThan(1);
    expect(keys(target)).toEqual(['k-old']);
  });

  it('refuses a backup from a newer version and a file that is not one, leaving the workspace untouched', async () => {
    const newer = await workspaceWith(['k-newer']);
    const db = new Database(join(newer, 'qcd.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const target = await workspaceWith(['k-mine']);
    expect(await failureCode(restoreWorkspace({ workspace: target, backupPath: join(newer, 'qcd.sqlite'), resourcesDir: RESOURCES, actor, now: new Date() })))
      .toBe('E_DB_TOO_NEW');
    const junk = join(target, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all'.repeat(100));
    expect(await failureCode(restoreWorkspace({ workspace: target, backupPath: junk, resourcesDir: RESOURCES, actor, now: new Date() })))
      .toBe('E_BACKUP_INVALID');
    expect(await failureCode(undoRestore({ workspace: target, resourcesDir: RESOURCES, actor, now: new Date() }))).toBe('E_NOTHING_TO_UNDO');
    expect(keys(target)).toEqual(['k-mine']);
    expect(listBackups(target)).toEqual([]);
  });

  it('makes one daily backup a day and keeps only the newest of each automatic kind', async () => {
    const dir = await workspaceWith([]);
    const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
    expect(await dailyBackupIfDue(ws, new Date())).not.toBeNull();
    expect(await dailyBackupIfDue(ws, new Date())).toBeNull();
    for (let i = 0; i < RETENTION.daily + 3; i++) await createBackup(ws, 'daily', new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    await createBackup(ws, 'manual', new Date(Date.UTC(2020, 0, 1)));
    ws.close();
    expect(listBackups(dir).filter((b) => b.kind === 'daily')).toHaveLength(RETENTION.daily);
    expect(listBackups(dir).filter((b) => b.kind === 'manual')).toHaveLength(1);
  });
});
