import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { fail } from '../failure';

const JournalSchema = z.object({
  entries: z.array(z.object({ idx: z.number().int(), tag: z.string().regex(/^[\w-]+$/) })),
});

export type Migration = { idx: number; tag: string; sql: string; sha256: string };

/** Reads drizzle-kit's journal and the SQL files it names, in order. */
export function loadMigrations(dir: string): Migration[] {
  const journal = JournalSchema.parse(JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')));
  return journal.entries
    .toSorted((a, b) => a.idx - b.idx)
    .map((e, i) => {
      if (e.idx !== i) throw new Error(`migration journal is not contiguous at ${e.tag}`);
      const sql = readFileSync(join(dir, `${e.tag}.sql`), 'utf8');
      return { idx: e.idx, tag: e.tag, sql, sha256: createHash('sha256').update(sql).digest('hex') };
    });
}

const LEDGER = `CREATE TABLE IF NOT EXISTS __qcd_migrations (
  idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`;

type Applied = { idx: number; tag: string; sha256: string };

function appliedMigrations(db: Database.Database): Applied[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__qcd_migrations'").get();
  if (!exists) return [];
  return db.prepare('SELECT idx, tag, sha256 FROM __qcd_migrations ORDER BY idx').all() as Applied[];
}

/**
 * What must run to bring the database to this app's schema. Refuses a database that a newer app
 * migrated (it would be silently damaged by this one) or whose history differs from ours.
 */
export function pendingMigrations(db: Database.Database, known: Migration[]): Migration[] {
  const applied = appliedMigrations(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applied.length > known.length || version > known.length) {
    fail('E_DB_TOO_NEW', undefined, { databaseVersion: Math.max(applied.length, version), appVersion: known.length });
  }
  for (const a of applied) {
    const k = known[a.idx];
    if (!k || k.tag !== a.tag || k.sha256 !== a.sha256) {
      fail('E_DB_OUT_OF_SYNC', `数据库迁移记录与本程序不一致：${a.tag}`, { migration: a.tag });
    }
  }
  return known.slice(applied.length);
}

/**
 * Applies every pending migration in ONE transaction: either the database reaches the new
 * schema, or it stays exactly as it was (SQLite DDL is transactional).
 */
export function applyMigrations(db: Database.Database, pending: Migration[], appliedAt: string): void {
  if (pending.length === 0) return;
  const run = db.transaction(() => {
    db.exec(LEDGER);
    const record = db.prepare('INSERT INTO __qcd_migrations (idx, tag, sha256, applied_at) VALUES (?, ?, ?, ?)');
    for (const m of pending) {
      for (const statement of m.sql.split('--> statement-breakpoint')) {
        if (statement.trim()) db.exec(statement);
      }
      record.run(m.idx, m.tag, m.sha256, appliedAt);
    }
    db.pragma(`user_version = ${(pending.at(-1)?.idx ?? -1) + 1}`);
  });
  try {
    run.immediate();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    fail('E_MIGRATION_FAILED', `数据库升级失败（${reason}），数据库已保持原状`, { reason });
  }
}
