import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';

const t = tempDir('qcd-cli-');
afterAll(() => t.cleanup());
const pw = join(t.dir, 'pw');
writeFileSync(pw, `${PASSWORD}\n`);

describe('qcd', () => {
  it('init creates a workspace with the administrator, once', () => {
    const ws = join(t.dir, 'init');
    const r = qcd('init', '--workspace', ws, '--password-file', pw, '--json');
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, accounts: [{ username: 'admin', role: 'admin' }] });
    const again = qcd('init', '--workspace', ws, '--password-file', pw, '--json');
    expect(again.status).toBe(1);
    expect(again.json()).toMatchObject({ ok: false, error: { code: 'E_SETUP_DONE' } });
  });

  it('init without a password file generates one and prints it', () => {
    const r = qcd('init', '--workspace', join(t.dir, 'gen'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/已生成初始密码.*：\S{16,}/);
  });

  it('demo is deterministic: the same seed gives the same data', () => {
    const a = qcd('demo', '--workspace', join(t.dir, 'a'), '--enterprises', '300', '--seed', '42', '--password-file', pw, '--json');
    const b = qcd('demo', '--workspace', join(t.dir, 'b'), '--enterprises', '300', '--seed', '42', '--password-file', pw, '--json');
    const c = qcd('demo', '--workspace', join(t.dir, 'c'), '--enterprises', '300', '--seed', '43', '--password-file', pw, '--json');
    expect([a.status, b.status, c.status]).toEqual([0, 0, 0]);
    const digest = (ws: string) => {
      const r = qcd('audit', 'verify', '--workspace', join(t.dir, ws), '--json');
      expect(r.status).toBe(0);
      return r;
    };
    digest('a');
    expect(qcd('stats', '--workspace', join(t.dir, 'a'), '--json').json()).toEqual({ users: 3, enterprises: 300, audit_log: 5 });
    const rows = (ws: string) => {
      const db = new Database(join(t.dir, ws, 'qcd.sqlite'), { readonly: true });
      try {
        return db.prepare('SELECT uscc, name, region_code, industry_code, legal_representative, address, status FROM enterprises ORDER BY id').all();
      } finally {
        db.close();
      }
    };
    expect(rows('a')).toHaveLength(300);
    expect(rows('a')).toEqual(rows('b'));
    expect(rows('a')).not.toEqual(rows('c'));
    expect(a.json()).toMatchObject({ enterprises: 300, accounts: [{ username: 'admin' }, { username: 'reviewer' }, { username: 'officer' }] });
    expect(c.json()).toMatchObject({ enterprises: 300 });
  });

  it('demo on a workspace that has data is refused and changes nothing', () => {
    const ws = join(t.dir, 'a');
    const r = qcd('demo', '--workspace', ws, '--enterprises', '10', '--user', 'admin', '--password-file', pw, '--json');
    expect(r.status).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    // Only the sign-in is on record: the refused demo wrote nothing.
    expect(qcd('stats', '--workspace', ws, '--json').json()).toMatchObject({ enterprises: 300, audit_log: 6 });
  });

  it('a data-changing command with a wrong password fails with E_AUTH_FAILED', () => {
    const bad = join(t.dir, 'bad');
    writeFileSync(bad, 'wrong-pass-1\n');
    const r = qcd('demo', '--workspace', join(t.dir, 'init'), '--enterprises', '10', '--user', 'admin', '--password-file', bad, '--json');
    expect(r.status).toBe(1);
    expect(r.json()).toMatchObject({ error: { code: 'E_AUTH_FAILED' } });
  });

  it('usage errors exit with 2', () => {
    expect(qcd('stats').status).toBe(2);
    expect(qcd('frobnicate', '--workspace', t.dir).status).toBe(2);
    expect(qcd('stats', '--workspace', t.dir, '--bogus').status).toBe(2);
    expect(qcd('demo', '--workspace', t.dir, '--enterprises', 'many').status).toBe(2);
  });
});

describe('qcd check-code', () => {
  it('names the kind, validity and reason, without a workspace', () => {
    const ok = qcd('check-code', '９１３５０２００７７６０４９６５３ａ', '--json');
    expect(ok.status).toBe(0);
    expect(ok.json()).toMatchObject({ kind: 'uscc', valid: true, normalised: '91350200776049653A', parts: { regionCode: '350200' } });
    const bad = qcd('check-code', '91350200776049653B', '--json');
    expect(bad.status).toBe(1);
    expect(bad.json()).toMatchObject({ kind: 'uscc', valid: false, error: { code: 'E_USCC_CHECK' } });
    expect(qcd('check-code', '00251805-7').stdout).toContain('有效的组织机构代码');
    expect(qcd('check-code').status).toBe(2);
  });
});

describe('qcd backup / restore', () => {
  it('backs up, restores as an administrator only, and undoes the restore', () => {
    const ws = join(t.dir, 'br');
    expect(qcd('demo', '--workspace', ws, '--enterprises', '20', '--seed', '5', '--password-file', pw).status).toBe(0);
    const out = join(t.dir, 'br-copy.sqlite');
    const b = qcd('backup', '--workspace', ws, '--out', out, '--json');
    expect(b.status).toBe(0);
    expect(b.json()).toMatchObject({ ok: true, backup: out });
    const db = new Database(join(ws, 'qcd.sqlite'));
    db.prepare("UPDATE enterprises SET name = '改过的名称有限公司' WHERE id = 1").run();
    db.close();
    const officer = qcd('restore', '--workspace', ws, out, '--user', 'officer', '--password-file', pw, '--json');
    expect(officer.status).toBe(1);
    expect(officer.json()).toMatchObject({ error: { code: 'E_FORBIDDEN' } });
    const name = () => {
      const d = new Database(join(ws, 'qcd.sqlite'), { readonly: true });
      try { return d.prepare('SELECT name FROM enterprises WHERE id = 1').pluck().get(); } finally { d.close(); }
    };
    expect(name()).toBe('改过的名称有限公司');
    const r = qcd('restore', '--workspace', ws, out, '--user', 'admin', '--password-file', pw, '--json');
    expect(r.status).toBe(0);
    expect(name()).not.toBe('改过的名称有限公司');
    expect(qcd('audit', 'verify', '--workspace', ws, '--json').json()).toMatchObject({ ok: true, rows: 6 });
    expect(qcd('restore', '--workspace', ws, '--undo', '--user', 'admin', '--password-file', pw).status).toBe(0);
    expect(name()).toBe('改过的名称有限公司');
    expect(qcd('restore', '--workspace', ws, '--user', 'admin', '--password-file', pw).status).toBe(1);
  });
});
