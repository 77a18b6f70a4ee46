import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/backend/db/migrations';
import { DB_FILE, openWorkspace } from '../../src/backend/workspace/open';
import { AppFailure } from '../../src/backend/failure';
import { RESOURCES, tempDir } from '../helpers/workspace';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()?.(); });

function scratch(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A copy of resources/ whose journal stops after `count` migrations, or gains extra ones. */
function resourcesWith(count: number, extra: { tag: string; sql: string }[] = []): string {
  const dir = scratch();
  cpSync(RESOURCES, dir, { recursive: true });
  const journalPath = join(dir, 'migrations', 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  journal.entries = journal.entries.slice(0, count);
  for (const e of extra) {
    writeFileSync(join(dir, 'migrations', `${e.tag}.sql`), e.sql);
    journal.entries.push({ idx: journal.entries.length, tag: e.tag });
  }
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

function schemaOf(dbPath: string): { objects: string[]; version: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const objects = (db.prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
    return { objects, version: db.pragma('user_version', { simple: true }) as number };
  } finally {
    db.close();
  }
}

async function expectFailure(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppFailure);
  expect((e as AppFailure).error.code).toBe(code);
}

const ALL = loadMigrations(join(RESOURCES, 'migrations'));

describe('migrations', () => {
  it('builds the latest schema from empty', async () => {
    const dir = scratch();
    const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
    expect(ws.schemaVersion).toBe(ALL.length);
    expect(ws.preMigrationBackup).toBeNull();
    ws.close();
    expect(schemaOf(join(dir, DB_FILE)).version).toBe(ALL.length);
    for (const sub of ['attachments', 'backups', 'keys']) expect(existsSync(join(dir, sub))).toBe(true);
  });

  it.each(ALL.map((m) => [m.tag, m.idx] as const))('upgrades from just before %s to the same schema as a fresh database', async (_tag, idx) => {
    const fresh = scratch();
    (await openWorkspace(fresh, { resourcesDir: RESOURCES })).close();
    const old = scratch();
    (await openWorkspace(old, { resourcesDir: resourcesWith(idx) })).close();
    expect(schemaOf(join(old, DB_FILE)).version).toBe(idx);
    const upgraded = await openWorkspace(old, { resourcesDir: RESOURCES });
    upgraded.close();
    expect(schemaOf(join(old, DB_FILE))).toEqual(schemaOf(join(fresh, DB_FILE)));
    if (idx > 0) {
      // An existing database gets a verified backup before it is touched.
      expect(upgraded.preMigrationBackup).not.toBeNull();
      expect(schemaOf(upgraded.preMigrationBackup ?? '').version).toBe(idx);
    }
  });

  it('leaves the database exactly as it was when a migration fails part-way', async () => {
    const dir = scratch();
    const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
    ws.db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
    ws.close();
    const before = schemaOf(join(dir, DB_FILE));
    const broken = resourcesWith(ALL.length, [{
      tag: '9999_broken',
      sql: 'CREATE TABLE half_done (x INTEGER);\n--> statement-breakpoint\nALTER TABLE enterprises ADD COLUMN extra TEXT;\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);',
    }]);
    await expectFailure(openWorkspace(dir, { resourcesDir: broken }), 'E_MIGRATION_FAILED');
    expect(schemaOf(join(dir, DB_FILE))).toEqual(before);
    const again = await openWorkspace(dir, { resourcesDir: RESOURCES });
    expect(again.db.prepare("SELECT value FROM meta WHERE key = 'probe'").pluck().get()).toBe('kept');
    again.close();
  });

  it('refuses to open a database made by a newer version of the app', async () => {
    const dir = scratch();
    const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
    ws.db.pragma(`user_version = ${ALL.length + 1}`);
    ws.close();
    await expectFailure(openWorkspace(dir, { resourcesDir: RESOURCES }), 'E_DB_TOO_NEW');
    expect(schemaOf(join(dir, DB_FILE)).version).toBe(ALL.length + 1);
  });

  it('refuses a database whose migration history differs from the app', async () => {
    const dir = scratch();
    const ws = await openWorkspace(dir, { resourcesDir: RESOURCES });
    ws.db.prepare("UPDATE __qcd_migrations SET sha256 = 'x' WHERE idx = 0").run();
    ws.close();
    await expectFailure(openWorkspace(dir, { resourcesDir: RESOURCES }), 'E_DB_OUT_OF_SYNC');
  });

  it('refuses a file that is not a database, and a corrupt one', async () => {
    const dir = scratch();
    writeFileSync(join(dir, DB_FILE), 'this is not sqlite '.repeat(500));
    await expectFailure(openWorkspace(dir, { resourcesDir: RESOURCES }), 'E_DB_CORRUPT');
    expect(readdirSync(join(dir)).includes(DB_FILE)).toBe(true);
  });
});
