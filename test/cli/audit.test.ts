import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';

const t = tempDir('qcd-audit-');
const ws = join(t.dir, 'ws');
const db = join(ws, 'qcd.sqlite');
const sqlite = (sql: string): string => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' });

beforeAll(() => {
  writeFileSync(join(t.dir, 'pw'), `${PASSWORD}\n`);
  expect(qcd('demo', '--workspace', ws, '--enterprises', '50', '--seed', '3', '--password-file', join(t.dir, 'pw')).status).toBe(0);
});
afterAll(() => t.cleanup());

type Verification = { ok: boolean; rows: number; problems: { seq: number; kind: string }[]; error?: { code: string } };

describe('qcd audit verify', () => {
  it('passes on an untouched workspace', () => {
    const r = qcd('audit', 'verify', '--workspace', ws, '--json');
    expect(r.status).toBe(0);
    // 1 setup, 2 sign-in, 3–4 accounts, 5 demo data.
    expect(r.json()).toMatchObject({ ok: true, rows: 5, problems: [] });
  });

  it('is protected by append-only triggers against casual edits', () => {
    expect(() => execFileSync('sqlite3', [db, "UPDATE audit_log SET username = 'x' WHERE seq = 3"], { stdio: 'pipe' })).toThrow(/append-only/);
  });

  it('reports a row edited directly in SQLite', () => {
    sqlite("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = replace(after_json, 'reviewer', 'mallory') WHERE seq = 3;");
    const r = qcd('audit', 'verify', '--workspace', ws, '--json');
    expect(r.status).toBe(1);
    const v = r.json() as Verification;
    expect(v).toMatchObject({ ok: false, error: { code: 'E_AUDIT_CHAIN_BROKEN' } });
    expect(v.problems).toEqual([expect.objectContaining({ seq: 3, kind: 'hash-mismatch' })]);
    const text = qcd('audit', 'verify', '--workspace', ws);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('第 3 条审计记录内容被修改');
  });

  it('reports a row deleted from the middle and rows cut off the end', () => {
    sqlite('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 4;');
    let v = qcd('audit', 'verify', '--workspace', ws, '--json').json() as Verification;
    expect(v.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['gap', 'chain-broken']));
    sqlite('DELETE FROM audit_log WHERE seq = 5;');
    v = qcd('audit', 'verify', '--workspace', ws, '--json').json() as Verification;
    expect(v.problems.map((p) => p.kind)).toContain('head-mismatch');
  });
});
