import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema';
import { applyMigrations, loadMigrations, pendingMigrations } from '../db/migrations';
import { AppFailure, fail } from '../failure';
import { toBeijingIso } from '../../core/shared/time';
import { backupDatabase } from './backup';

export type Orm = BetterSQLite3Database<typeof schema>;

export type Workspace = {
  dir: string;
  dbPath: string;
  db: Database.Database;
  orm: Orm;
  /** Number of migrations applied: the schema version. */
  schemaVersion: number;
  /** Backup written before migrating, if one was needed. */
  preMigrationBackup: string | null;
  close(): void;
};

export type OpenOptions = {
  resourcesDir: string;
  now?: () => Date;
  /** Another database file in the workspace folder (a restore prepares its copy under a side name). */
  dbFile?: string;
};

export const WORKSPACE_DIRS = ['attachments', 'backups', 'keys'] as const;
export const DB_FILE = 'qcd.sqlite';

function openDatabase(dbPath: string): Database.Database {
  try {
    const db = new Database(dbPath);
    // WAL keeps readers off the writer's back; FULL sync because these rows are legal evidence
    // and must survive a power cut, not only a crash.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Temp tables (an import preview stages up to millions of rows there) live in a file SQLite
    // deletes on close, holding only a page cache in memory. better-sqlite3's build already
    // defaults to that (SQLITE_TEMP_STORE=1); said here so that it does not depend on the build.
    // It is a connection-wide setting (changing it later would drop every temp table), hence here.
    db.pragma('temp_store = FILE');
    return db;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail(reason.includes('not a database') ? 'E_DB_CORRUPT' : 'E_WORKSPACE', `无法打开数据库：${reason}`, { reason });
  }
}

function quickCheck(db: Database.Database): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (e) {
    fail('E_DB_CORRUPT', undefined, { reason: e instanceof Error ? e.message : String(e) });
  }
  if (result !== 'ok') fail('E_DB_CORRUPT', undefined, { reason: String(result) });
}

/**
 * Opens (or creates) a workspace folder: the database, attachments, backups and keys. Checks the
 * database, refuses one from a newer app, and applies pending migrations in one transaction
 * after a verified backup.
 */
export async function openWorkspace(dir: string, options: OpenOptions): Promise<Workspace> {
  const now = options.now ?? (() => new Date());
  try {
    mkdirSync(dir, { recursive: true });
    for (const sub of WORKSPACE_DIRS) mkdirSync(join(dir, sub), { recursive: true });
  } catch (e) {
    fail('E_WORKSPACE', `无法创建工作区目录：${e instanceof Error ? e.message : String(e)}`);
  }
  const dbPath = join(dir, options.dbFile ?? DB_FILE);
  const isNew = !existsSync(dbPath);
  const db = openDatabase(dbPath);
  try {
    quickCheck(db);
    const migrations = loadMigrations(join(options.resourcesDir, 'migrations'));
    const pending = pendingMigrations(db, migrations);
    let preMigrationBackup: string | null = null;
    if (pending.length > 0 && !isNew) {
      const from = migrations.length - pending.length;
      preMigrationBackup = await backupDatabase(db, join(dir, 'backups'), `pre-migrate-v${from}`, now());
    }
    applyMigrations(db, pending, toBeijingIso(now()));
    return {
      dir, dbPath, db, orm: drizzle(db, { schema }), schemaVersion: migrations.length, preMigrationBackup,
      close: () => { if (db.open) db.close(); },
    };
  } catch (e) {
    db.close();
    if (e instanceof AppFailure) throw e;
    return fail('E_WORKSPACE', `无法打开工作区：${e instanceof Error ? e.message : String(e)}`);
  }
}
