import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previews } from '../../src/backend/io/preview-store';
import { grantLocalFile } from '../../src/backend/io/stream/local-files';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { csvText, HEADER, previewTables, row } from './io/import-fixtures';

// Where a preview's staged rows live and when they go: the connection's temp schema, a file, one
// table per preview, dropped whenever the preview leaves the store or fails.

let b: TestBackend;
let officer: string;
beforeEach(async () => {
  b = await testBackend();
  officer = await b.login('officer');
});
afterEach(() => b.cleanup());

function csvFile(rows: number, header = true): string {
  const path = join(b.dir, `e-${randomUUID()}.csv`);
  writeFileSync(path, `\uFEFF${csvText([...(header ? [HEADER] : []), ...Array.from({ length: rows }, (_, i) => row(i + 1))])}`);
  return path;
}

const input = (path: string) => ({ kind: 'enterprises' as const, fileName: 'e.csv', localFile: grantLocalFile(path) });

async function previewId(rows = 3): Promise<string> {
  return ((await b.value('imports:preview', input(csvFile(rows)), officer)) as { previewId: string }).previewId;
}

const stagedRows = (): number =>
  previewTables(b).reduce((n, t) => n + (b.ws.db.prepare(`SELECT count(*) FROM temp.${t}`).pluck().get() as number), 0);

describe('imports: the staging tables of previews', () => {
  it('live in a temp file of the workspace connection, not in memory', () => {
    expect(b.ws.db.pragma('temp_store', { simple: true })).toBe(1);
  });

  it('while a preview stages rows inside its read snapshot, another connection can write the workspace; a cancel drops the partial table', async () => {
    const requestId = randomUUID();
    const pending = b.router.call({ requestId, channel: 'imports:preview', input: input(csvFile(60_000)), session: officer });
    for (let i = 0; i < 100_000 && stagedRows() === 0; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(stagedRows()).toBeGreaterThan(0);
    expect(b.ws.db.inTransaction).toBe(true);

    // No waiting allowed: the write fails at once if the preview held main's write lock.
    const other = new Database(b.ws.dbPath);
    try {
      other.pragma('busy_timeout = 0');
      other.prepare("INSERT INTO meta (key, value) VALUES ('test-other-writer', 'during')").run();
      expect(await b.call('jobs:cancel', { requestId }, officer)).toMatchObject({ ok: true });
      expect(await pending).toMatchObject({ ok: false, error: { code: 'E_CANCELLED' } });
      expect(previewTables(b)).toEqual([]);
      expect(b.ws.db.inTransaction).toBe(false);
      other.prepare("UPDATE meta SET value = 'after' WHERE key = 'test-other-writer'").run();
    } finally {
      other.close();
    }
    expect(b.ws.db.prepare("SELECT value FROM meta WHERE key = 'test-other-writer'").pluck().get()).toBe('after');
  });

  it('are dropped when the preview fails', async () => {
    expect(await b.call('imports:preview', input(csvFile(3, false)), officer)).toMatchObject({ ok: false, error: { code: 'E_IMPORT_HEADER' } });
    expect(previewTables(b)).toEqual([]);
  });

  it('are dropped after the commit, and one per preview meanwhile', async () => {
    const first = await previewId();
    const second = await previewId();
    expect(previewTables(b)).toHaveLength(2);
    await b.value('imports:commit', { previewId: first, rejectRows: [] }, officer);
    expect(previewTables(b)).toEqual([previews.get(second, Date.now())?.staged?.name]);
  });

  it('are dropped when newer previews push theirs out, and when it expires', async () => {
    const first = await previewId();
    const name = previews.get(first, Date.now())?.staged?.name;
    const newer = [await previewId(), await previewId(), await previewId(), await previewId()];
    expect(previews.get(first, Date.now())).toBeUndefined();
    expect(previewTables(b)).not.toContain(name);
    expect(previewTables(b)).toHaveLength(4);

    // 31 minutes on: every preview has expired.
    expect(previews.get(newer[3] ?? '', Date.now() + 31 * 60 * 1000)).toBeUndefined();
    expect(previewTables(b)).toEqual([]);
  });

  it('went with a closed connection: forgetting the preview then is quiet', async () => {
    const id = await previewId();
    b.ws.close();
    const warn = vi.spyOn(console, 'warn');
    try {
      previews.drop(id);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(previews.get(id, Date.now())).toBeUndefined();
  });

  it('left behind by a drop that was rolled back are cleared by the next preview', async () => {
    const kept = await previewId();
    b.ws.db.exec('CREATE TABLE temp.qcd_preview_999999 (line INTEGER PRIMARY KEY)');
    const next = await previewId();
    expect(previewTables(b).sort()).toEqual([kept, next].map((id) => previews.get(id, Date.now())?.staged?.name).sort());
  });
});
